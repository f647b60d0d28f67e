/**
 * Repeated groups of an edit form (contacts, places, schedules): rows named `<group>.N.<field>`.
 * A row keeps its index from the form to the end, so that a message lands beside its own field.
 */
import { z } from 'zod';
import { field } from './fields';
import type { RawRow } from './read';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The id of an existing row (hidden field), or undefined for a new row. */
export const rowId = field<string | undefined>((v) => ({ value: UUID.test(v) ? v : undefined }));

/** Whether a row's visible fields are all empty (an unused "new" row). */
export function isBlankRow(row: unknown, fields: readonly string[]): boolean {
  if (typeof row !== 'object' || row === null) return true;
  const values = row as RawRow;
  return fields.every((name) => {
    const value = values[name];
    return value === undefined || (typeof value === 'string' ? value.trim() === '' : value.length === 0);
  });
}

/** Whether a row is to be left out: "Fjern" ticked, or a new row nobody filled in. */
export function skipRow(row: unknown, fields: readonly string[]): boolean {
  if (typeof row !== 'object' || row === null) return true;
  const values = row as RawRow;
  const removed = typeof values.remove === 'string' && values.remove !== '';
  const isNew = typeof values.id !== 'string' || values.id === '';
  return removed || (isNew && isBlankRow(row, fields));
}

/** Keeps the rows to save and drops the skipped ones, keeping each row's index for its messages. */
export function rowList<T extends z.ZodType>(row: T, fields: readonly string[]) {
  return z
    .array(z.preprocess((value) => (skipRow(value, fields) ? null : value), row.nullable()))
    .optional()
    .transform((list) => (list ?? []).filter((value): value is NonNullable<typeof value> => value !== null));
}

/** `count` new rows with the given defaults. */
export function emptyRows(count: number, defaults: RawRow = {}): RawRow[] {
  return Array.from({ length: count }, () => ({ ...defaults }));
}
