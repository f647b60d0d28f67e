/** The years a report can be asked for: those with any dated figure, and the current one. */
import { sql } from 'drizzle-orm';
import type { Database } from '../../../db/client';

/** The first and last year a report exists for (the grants' check constraint; the annual report's URL). */
export const FIRST_YEAR = 2000;
export const LAST_YEAR = 2100;

/** The calendar year in Copenhagen at `now`. */
export function copenhagenYear(now: Date): number {
  return Number(new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Copenhagen', year: 'numeric' }).format(now));
}

/**
 * Years with grants, referrals created or advisory sessions held (in Copenhagen time), plus the
 * current year, newest first. Listings are counted as they stand now, so they add no year.
 */
export async function reportYears(db: Database, now = new Date()): Promise<number[]> {
  const rows = await db.execute<{ year: number | string }>(sql`
    select year from grants
    union select extract(year from created_at at time zone 'Europe/Copenhagen')::int from referrals
    union select extract(year from starts_at at time zone 'Europe/Copenhagen')::int from advisory_sessions where status <> 'cancelled'`);
  const years = new Set(rows.map((r) => Number(r.year)).filter((y) => y >= FIRST_YEAR && y <= LAST_YEAR));
  years.add(copenhagenYear(now));
  return [...years].sort((a, b) => b - a);
}
