import { sql } from 'drizzle-orm';
import type { Database } from '../../../db/client';

/**
 * Below this many answered and closed referrals an activity shows no figures: with two or three
 * referrals, "one of them was declined" can point at a person (docs/decisions/013-personal-data.md).
 */
export const MIN_REFERRALS_FOR_FIGURES = 5;

/** How an activity's receivers usually answer referrals, for its public page. */
export interface ReferralFigures {
  /** Closed referrals that were answered: what the figures build on. */
  count: number;
  /** Median hours from sent to the first answer (accept, decline or forward). */
  medianReplyHours: number;
  /** Accepted (or got further) of those answered, 0–1. */
  acceptedShare: number;
}

interface Row extends Record<string, unknown> {
  count: number | string;
  median_hours: number | string | null;
  accepted: number | string;
}

/**
 * The figures of one activity: over its closed referrals that had an answer (a referral closed on
 * the citizen's request before any answer has none), the median time from sent to the first
 * answer and the share accepted ("accepted" is in the history: a referral that started and then
 * closed was accepted on the way). Null below five such referrals. Anonymous: only statuses and
 * times are read, so the figures stay after personal data is erased.
 */
export async function referralFiguresOf(db: Database, activityId: string): Promise<ReferralFigures | null> {
  const [row] = await db.execute<Row>(sql`
    select count(*) as count,
           percentile_cont(0.5) within group (order by extract(epoch from r.first_response_at - r.created_at)) / 3600 as median_hours,
           count(*) filter (where exists (
             select 1 from referral_events e where e.referral_id = r.id and e.to_status = 'accepted')) as accepted
    from referrals r
    where r.activity_id = ${activityId} and r.status = 'closed' and r.first_response_at is not null`);
  const count = Number(row?.count ?? 0);
  if (count < MIN_REFERRALS_FOR_FIGURES || row?.median_hours === null || row?.median_hours === undefined) return null;
  return { count, medianReplyHours: Number(row.median_hours), acceptedShare: Number(row.accepted) / count };
}

/**
 * A reply time in the words a reader takes in at once: "within an hour", "within 5 hours",
 * "within 2 days" (rounded up: a promise of "usually within" should not be too early).
 */
export function replyTimeInWords(hours: number): { unit: 'hour' | 'hours' | 'days'; count: number } {
  if (hours <= 1) return { unit: 'hour', count: 1 };
  if (hours < 24) return { unit: 'hours', count: Math.ceil(hours) };
  return { unit: 'days', count: Math.ceil(hours / 24) };
}

/** The accepted share as a whole percentage (80, not 0.8). */
export function percentOf(share: number): number {
  return Math.round(share * 100);
}
