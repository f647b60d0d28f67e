/**
 * How old a listing's confirmation is. The anchor is when it was last confirmed, or created when
 * it never was: reminders count 11 and 12 months from it, and after 15 months the listing is
 * stale (a warning on its page, lower in search). The job computes the same in SQL (reminders.ts).
 */

/** First reminder: a month before the year is up. */
export const FIRST_REMINDER_MONTHS = 11;
/** Second and last reminder: the year is up. */
export const SECOND_REMINDER_MONTHS = 12;
/** From here the public page warns and search ranks the listing lower. */
export const STALE_MONTHS = 15;

/** When the confirmation age counts from. */
export function anchorOf(listing: { lastVerifiedAt: Date | null; createdAt: Date }): Date {
  return listing.lastVerifiedAt ?? listing.createdAt;
}

/**
 * `date` moved back by whole calendar months in UTC; the 31st of a shorter month becomes its
 * last day (as PostgreSQL's `- interval '1 month'` does), so that JavaScript and SQL agree.
 */
export function monthsBefore(date: Date, months: number): Date {
  const result = new Date(date.getTime());
  const day = result.getUTCDate();
  result.setUTCDate(1);
  result.setUTCMonth(result.getUTCMonth() - months);
  const lastDay = new Date(Date.UTC(result.getUTCFullYear(), result.getUTCMonth() + 1, 0)).getUTCDate();
  result.setUTCDate(Math.min(day, lastDay));
  return result;
}

/** Whole months from `anchor` to `now` (0 for a future anchor). */
export function monthsSince(anchor: Date, now: Date): number {
  let months = (now.getUTCFullYear() - anchor.getUTCFullYear()) * 12 + now.getUTCMonth() - anchor.getUTCMonth();
  if (months > 0 && monthsBefore(now, months) < anchor) months -= 1;
  return Math.max(0, months);
}

/** Whether a listing confirmed (or created) at `anchor` has gone unconfirmed for 15 months at `now`. */
export function isStale(anchor: Date, now: Date): boolean {
  return anchor <= monthsBefore(now, STALE_MONTHS);
}
