import { sql } from 'drizzle-orm';
import type { Database } from '../../../db/client';
import { queueMail } from '../mail';
import { FIRST_REMINDER_MONTHS, SECOND_REMINDER_MONTHS, STALE_MONTHS } from './age';
import type { ListingKind } from './listing';
import { associationRecipients } from './recipients';
import { type DueListing, reminderMail } from './reminder-mail';
import { createConfirmToken, deleteOldConfirmTokens } from './tokens';

/** At most this many listings are reminded per run (hourly): a backlog is spread, not sent in one transaction. */
const BATCH = 1000;

export interface FreshnessRun {
  /** Listings a reminder was sent for in this run. */
  reminded: number;
  /** Mails queued (one per recipient per association). */
  mails: number;
  /** Listings marked stale in this run. */
  markedStale: number;
}

interface SentRow extends Record<string, unknown> {
  listing_kind: ListingKind;
  listing_id: string;
  stage: number;
  anchor: Date | string;
  never_confirmed: boolean;
  name: string;
  association_id: string;
  association_name: string;
}

/** `now` minus whole months, computed in UTC so that it agrees with `monthsBefore` in age.ts. */
const monthsAgo = (now: Date, months: number) =>
  sql`((${now.toISOString()}::timestamptz at time zone 'UTC') - make_interval(months => ${months})) at time zone 'UTC'`;

/**
 * The freshness job, safe to run in every instance at once:
 * 1. Listings (published or paused) unconfirmed for 11 months get a reminder, from 12 months the
 *    last one. A reminder is a row in verification_reminders, unique per listing, stage and anchor:
 *    the insert ... on conflict do nothing returns only the rows this run added, and mails go out
 *    only for those, in the same transaction, so two runs never send the same reminder twice.
 *    One mail per association and recipient lists all its due listings, each with a new link.
 * 2. Listings unconfirmed for 15 months get `stale_since` (the outbox triggers reindex them).
 */
export async function runFreshness(db: Database, options: { now?: Date; baseUrl: string }): Promise<FreshnessRun> {
  const now = options.now ?? new Date();
  const sent = await db.transaction(async (tx) => {
    const rows = await tx.execute<SentRow>(sql`
      with due as (
        select 'activity'::listing_kind as kind, a.id, a.name, a.association_id, s.name as association_name,
               coalesce(a.last_verified_at, a.created_at) as anchor, a.last_verified_at is null as never_confirmed
        from activities a join associations s on s.id = a.association_id
        where a.status in ('published', 'paused') and coalesce(a.last_verified_at, a.created_at) <= ${monthsAgo(now, FIRST_REMINDER_MONTHS)}
        union all
        select 'association'::listing_kind, s.id, s.name, s.id, s.name,
               coalesce(s.last_verified_at, s.created_at), s.last_verified_at is null
        from associations s
        where s.status in ('published', 'paused') and coalesce(s.last_verified_at, s.created_at) <= ${monthsAgo(now, FIRST_REMINDER_MONTHS)}
      ),
      staged as (
        select due.*, case when anchor <= ${monthsAgo(now, SECOND_REMINDER_MONTHS)} then ${SECOND_REMINDER_MONTHS} else ${FIRST_REMINDER_MONTHS} end::smallint as stage
        from due
      ),
      todo as (
        select * from staged
        where not exists (select 1 from verification_reminders r
                          where r.listing_kind = staged.kind and r.listing_id = staged.id and r.stage = staged.stage and r.anchor = staged.anchor)
          -- An association nobody can be mailed at is not marked reminded: the stale list then says
          -- "none sent", so that the administration calls instead.
          and (exists (select 1 from associations s where s.id = staged.association_id and coalesce(trim(s.email), '') <> '')
               or exists (select 1 from association_memberships m join users u on u.id = m.user_id
                          where m.association_id = staged.association_id and u.disabled_at is null))
        order by anchor, id limit ${BATCH}
      ),
      inserted as (
        insert into verification_reminders (listing_kind, listing_id, stage, anchor, sent_at)
        select kind, id, stage, anchor, ${now.toISOString()}::timestamptz from todo
        on conflict do nothing
        returning listing_kind, listing_id, stage, anchor
      )
      select i.listing_kind, i.listing_id, i.stage, i.anchor, t.never_confirmed, t.name, t.association_id, t.association_name
      from inserted i join todo t on t.kind = i.listing_kind and t.id = i.listing_id
      order by t.association_name, t.kind, t.name`);
    return queueReminders(tx, [...rows], now, options.baseUrl);
  });
  const markedStale = await markStale(db, now);
  await deleteOldConfirmTokens(db, now);
  return { ...sent, markedStale };
}

type Tx = Parameters<Parameters<Database['transaction']>[0]>[0];

/** One mail per association and recipient, listing its newly due listings with a fresh link each. */
async function queueReminders(tx: Tx, rows: SentRow[], now: Date, baseUrl: string): Promise<Omit<FreshnessRun, 'markedStale'>> {
  const byAssociation = new Map<string, SentRow[]>();
  for (const row of rows) byAssociation.set(row.association_id, [...(byAssociation.get(row.association_id) ?? []), row]);
  const recipients = await associationRecipients(tx, [...byAssociation.keys()]);
  const url = (path: string) => new URL(path, baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`).toString();
  let mails = 0;
  for (const [associationId, due] of byAssociation) {
    const listings: DueListing[] = [];
    for (const row of due) {
      const token = await createConfirmToken(tx, row.listing_kind, row.listing_id, now);
      listings.push({
        name: row.name,
        anchor: new Date(row.anchor),
        neverConfirmed: row.never_confirmed,
        confirmUrl: url(`/bekraeft/${token}`),
        stage: row.stage === SECOND_REMINDER_MONTHS ? 12 : 11,
      });
    }
    const to = recipients.get(associationId) ?? [];
    const associationName = due[0]!.association_name;
    await queueMail(tx, ...to.map((address) => reminderMail({ associationName, listings, dashboardUrl: url('/forening'), to: address })));
    mails += to.length;
  }
  return { reminded: rows.length, mails };
}

/**
 * Sets `stale_since` on listings unconfirmed for 15 months, and clears it where a listing got a
 * newer confirmation some other way (an import, a fix by hand). Returns how many were marked.
 */
async function markStale(db: Database, now: Date): Promise<number> {
  const limit = monthsAgo(now, STALE_MONTHS);
  const at = sql`${now.toISOString()}::timestamptz`;
  let marked = 0;
  for (const table of [sql`activities`, sql`associations`]) {
    const rows = await db.execute(sql`update ${table} set stale_since = ${at}
                                      where stale_since is null and status in ('published', 'paused')
                                        and coalesce(last_verified_at, created_at) <= ${limit} returning id`);
    marked += rows.length;
    await db.execute(sql`update ${table} set stale_since = null
                         where stale_since is not null and coalesce(last_verified_at, created_at) > ${limit}`);
  }
  return marked;
}
