/**
 * Pieces the report queries share: the bounds of a calendar year in Copenhagen time, and turning
 * the strings postgres.js gives for counts and sums into numbers.
 */
import { type SQL, sql } from 'drizzle-orm';
import type { Label } from './types';

/**
 * `column` lies in the calendar year as Copenhagen counts it: a referral sent at 00:30 on
 * 1 January Danish time (23:30 UTC the day before) belongs to the new year.
 */
export function inYear(column: SQL, year: number): SQL {
  return sql`(${column} >= make_timestamptz(${year}::int, 1, 1, 0, 0, 0, 'Europe/Copenhagen')
          and ${column} < make_timestamptz(${year + 1}::int, 1, 1, 0, 0, 0, 'Europe/Copenhagen'))`;
}

/** A count or sum from the database (bigint and numeric arrive as strings) as a number; null stays 0. */
export function num(value: unknown): number {
  return value === null || value === undefined ? 0 : Number(value);
}

/** A number that may be missing (a median of nothing) as a number or null. */
export function numOrNull(value: unknown): number | null {
  return value === null || value === undefined ? null : Number(value);
}

/** `x / of`, or null when there is nothing to divide by. */
export function share(x: number, of: number): number | null {
  return of === 0 ? null : x / of;
}

/** The label of an administration row. */
export function labelOf(row: { name_da: string; name_en: string }): Label {
  return { da: row.name_da, en: row.name_en };
}

const danish = new Intl.Collator('da');

/**
 * Rows in Danish alphabetical order of their Danish label (æ, ø, å last, as a Danish reader
 * expects, whatever the database's collation); `last` keys (e.g. "Hele kommunen") go at the end.
 */
export function inDanishOrder<Row extends { key: string; label: Label }>(rows: Row[], last: string[] = []): Row[] {
  return [...rows].sort((a, b) => Number(last.includes(a.key)) - Number(last.includes(b.key)) || danish.compare(a.label.da, b.label.da));
}

/** Danish comparison of two texts, for sorting by name. */
export function compareDanish(a: string, b: string): number {
  return danish.compare(a, b);
}
