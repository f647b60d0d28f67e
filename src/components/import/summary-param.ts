import { type Counts, type Kind, KINDS, type Summary } from '../../lib/import';

const FIELDS = ['created', 'updated', 'unchanged', 'deleted'] as const;

/**
 * The summary of a saved import in the address the page redirects to (PRG): four numbers per
 * kind, `2-0-0-0.3-0-0-0…`. Only counts, never content; a made-up address shows made-up counts to
 * the admin who typed it, and nothing else.
 */
export function encodeSummary(summary: Summary): string {
  return KINDS.map((kind) => FIELDS.map((f) => summary[kind][f]).join('-')).join('.');
}

/** The summary of an address, or null when it is not one. */
export function decodeSummary(value: string | null): Summary | null {
  if (!value || !/^\d{1,7}(-\d{1,7}){3}(\.\d{1,7}(-\d{1,7}){3}){4}$/.test(value)) return null;
  const groups = value.split('.').map((g) => g.split('-').map(Number));
  const counts = (i: number): Counts => ({ created: groups[i]![0]!, updated: groups[i]![1]!, unchanged: groups[i]![2]!, deleted: groups[i]![3]! });
  return Object.fromEntries(KINDS.map((kind, i) => [kind, counts(i)])) as Record<Kind, Counts>;
}
