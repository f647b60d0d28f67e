/**
 * A history entry's changes in short words: per field its label and what it was and became,
 * values in words (describeValue: schedules as sentences, prices in kroner, terms by name). Lists
 * (places, times, contacts) show only the lines that went and came, long texts are shortened.
 */
import type { Locale } from '../../i18n';
import { describeValue, fieldLabel, type FieldKey, type ListingKind, type ValueNames } from '../../lib/listing';

export interface ChangeLine {
  label: string;
  /** What it was (lines that went, for lists). Empty when nothing was there. */
  from: string[];
  /** What it became (lines that came, for lists). */
  to: string[];
}

const LIST_FIELDS = new Set<string>(['places', 'schedules', 'contacts', 'languages', 'terms']);
/** Longer texts (a description) are cut here: the history says that it changed, not the whole text. */
const MAX_CHARS = 140;

function shorten(text: string): string {
  return text.length > MAX_CHARS ? `${text.slice(0, MAX_CHARS - 1).trimEnd()}…` : text;
}

/** The changes of one history entry as lines to show, in the catalogue's field order. */
export function changeLines(
  locale: Locale,
  kind: ListingKind,
  changes: Record<string, { from: unknown; to: unknown }> | null,
  names: ValueNames,
): ChangeLine[] {
  if (!changes) return [];
  return Object.entries(changes).map(([key, change]) => {
    const field = key as FieldKey;
    const from = describeValue(locale, kind, field, change.from, names).map(shorten);
    const to = describeValue(locale, kind, field, change.to, names).map(shorten);
    if (!LIST_FIELDS.has(key)) return { label: fieldLabel(locale, kind, field), from, to };
    const before = new Set(from);
    const after = new Set(to);
    return { label: fieldLabel(locale, kind, field), from: from.filter((l) => !after.has(l)), to: to.filter((l) => !before.has(l)) };
  });
}
