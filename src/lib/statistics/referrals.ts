import { sql } from 'drizzle-orm';
import type { Database } from '../../../db/client';
import { flowMatrix, type FlowCount } from './flows';
import { inDanishOrder, inYear, labelOf, num, numOrNull, share } from './sql';
import type { CountRow, Label, ReferralFigures, StatisticsFilter } from './types';

interface SummaryRow extends Record<string, unknown> {
  total: string | number;
  answered: string | number;
  accepted: string | number;
  median_first_response: string | number | null;
  median_outcome: string | number | null;
}

/**
 * The referrals of the year (created in it, Copenhagen time) that the filter's administration
 * took part in: sent it, was its first receiver, was forwarded it, or holds it now. Each with its
 * first receiver (the first event records where it was sent; without one, the administration
 * that made the first forward, else the one holding it now). Only anonymous columns are read.
 */
function pickedReferrals(filter: StatisticsFilter) {
  const adm = filter.administrationId;
  return sql`
    year_referrals as (
      select r.id, r.source, r.sender_administration_id as sender, r.receiver_administration_id as receiver,
             r.status, r.created_at, r.first_response_at, r.due_at,
             coalesce(
               (select e.forwarded_to_administration_id from referral_events e
                 where e.referral_id = r.id and e.from_status is null and e.forwarded_to_administration_id is not null
                 order by e.at, e.id limit 1),
               (select e.actor_administration_id from referral_events e
                 where e.referral_id = r.id and e.to_status = 'forwarded' order by e.at, e.id limit 1),
               r.receiver_administration_id) as first_receiver
      from referrals r
      where ${inYear(sql`r.created_at`, filter.year)}),
    picked as (
      select y.* from year_referrals y
      where ${adm}::uuid is null or y.sender = ${adm}::uuid or y.receiver = ${adm}::uuid or y.first_receiver = ${adm}::uuid
         or exists (select 1 from referral_events e where e.referral_id = y.id and e.forwarded_to_administration_id = ${adm}::uuid))`;
}

/** Counts, accepted share and the two medians (in days) over the picked referrals. */
async function summary(db: Database, filter: StatisticsFilter): Promise<SummaryRow> {
  const [row] = await db.execute<SummaryRow>(sql`
    with ${pickedReferrals(filter)},
    timed as (
      select p.*,
             exists (select 1 from referral_events e where e.referral_id = p.id and e.to_status = 'accepted') as was_accepted,
             (select min(e.at) from referral_events e
               where e.referral_id = p.id and e.to_status in ('started', 'not_started', 'closed')) as outcome_at
      from picked p)
    select count(*) as total,
           count(*) filter (where first_response_at is not null) as answered,
           count(*) filter (where first_response_at is not null and was_accepted) as accepted,
           percentile_cont(0.5) within group (order by extract(epoch from first_response_at - created_at))
             filter (where first_response_at is not null) / 86400 as median_first_response,
           percentile_cont(0.5) within group (order by extract(epoch from outcome_at - created_at))
             filter (where outcome_at is not null) / 86400 as median_outcome
    from timed`);
  if (!row) throw new Error('referralFigures: the summary query returned no row');
  return row;
}

/** Sender → first receiver, one count per (source, sender, first receiver). */
async function flows(db: Database, filter: StatisticsFilter): Promise<FlowCount[]> {
  const rows = await db.execute<{ source: string; sender: string | null; receiver: string; count: string | number }>(sql`
    with ${pickedReferrals(filter)}
    select source::text, sender, first_receiver as receiver, count(*) as count
    from picked group by 1, 2, 3`);
  return [...rows].map((r) => ({ source: r.source, sender: r.sender, receiver: r.receiver, count: num(r.count) }));
}

/** Each forward of a picked referral: the administration it left (the receiver before) → the new one. */
async function forwards(db: Database, filter: StatisticsFilter): Promise<FlowCount[]> {
  const rows = await db.execute<{ sender: string | null; receiver: string; count: string | number }>(sql`
    with ${pickedReferrals(filter)},
    hops as (
      select e.to_status, e.forwarded_to_administration_id as receiver,
             lag(e.forwarded_to_administration_id) over (partition by e.referral_id order by e.at, e.id) as before,
             e.actor_administration_id as actor
      from referral_events e join picked p on p.id = e.referral_id
      where e.forwarded_to_administration_id is not null)
    select coalesce(before, actor) as sender, receiver, count(*) as count
    from hops where to_status = 'forwarded' group by 1, 2`);
  return [...rows].map((r) => ({ source: 'staff', sender: r.sender, receiver: r.receiver, count: num(r.count) }));
}

/** Picked referrals waiting for an answer past their due time at `now`, by the administration holding them. */
async function overdue(db: Database, filter: StatisticsFilter, now: Date): Promise<CountRow[]> {
  const rows = await db.execute<{ key: string; name_da: string; name_en: string; count: string | number }>(sql`
    with ${pickedReferrals(filter)}
    select ad.id as key, ad.name_da, ad.name_en, count(*) as count
    from picked p join administrations ad on ad.id = p.receiver
    where p.status in ('sent', 'received', 'forwarded') and p.due_at < ${now.toISOString()}::timestamptz
    group by ad.id, ad.name_da, ad.name_en`);
  return inDanishOrder([...rows].map((r) => ({ key: r.key, label: labelOf(r), count: num(r.count) })));
}

/** Every administration's names, for the flow matrices' labels. */
async function administrationLabels(db: Database): Promise<Map<string, Label & { abbreviation: string }>> {
  const rows = await db.execute<{ id: string; name_da: string; name_en: string; abbreviation: string }>(
    sql`select id, name_da, name_en, abbreviation from administrations`,
  );
  return new Map([...rows].map((r) => [r.id, { ...labelOf(r), abbreviation: r.abbreviation }]));
}

/**
 * Referrals created in the year: who refers to whom (to the first receiver; forwards in their own
 * matrix), the share accepted of those answered, the median days to the first response and to the
 * outcome, and how many wait past their due time `now`. With an administration: the referrals it
 * sent or received at any point. Anonymous: statuses, times and administrations only, so the
 * figures are unchanged when personal data is erased.
 */
export async function referralFigures(db: Database, filter: StatisticsFilter, now: Date = new Date()): Promise<ReferralFigures> {
  const [sum, flowCounts, forwardCounts, late, labels] = await Promise.all([
    summary(db, filter),
    flows(db, filter),
    forwards(db, filter),
    overdue(db, filter, now),
    administrationLabels(db),
  ]);
  const answered = num(sum.answered);
  const accepted = num(sum.accepted);
  return {
    total: num(sum.total),
    flows: flowMatrix(flowCounts, labels),
    forwards: flowMatrix(forwardCounts, labels),
    answered,
    accepted,
    acceptedShare: share(accepted, answered),
    medianDaysToFirstResponse: numOrNull(sum.median_first_response),
    medianDaysToOutcome: numOrNull(sum.median_outcome),
    overdue: late.reduce((n, r) => n + r.count, 0),
    overdueByReceiver: late,
  };
}
