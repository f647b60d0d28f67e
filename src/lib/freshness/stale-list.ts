import { sql } from 'drizzle-orm';
import type { Database } from '../../../db/client';
import { SECOND_REMINDER_MONTHS } from './age';
import type { ListingKind } from './listing';

/** A listing on the administration's list of listings not confirmed for a year. */
export interface StaleListing {
  kind: ListingKind;
  id: string;
  slug: string;
  name: string;
  status: 'published' | 'paused';
  associationName: string;
  associationEmail: string | null;
  associationPhone: string | null;
  lastVerifiedAt: Date | null;
  /** Last confirmation, or creation when never confirmed. */
  anchor: Date;
  /** Set once the listing shows a warning and ranks lower (15 months). */
  staleSince: Date | null;
  /** Reminders sent since the anchor, by stage. */
  reminders: { stage: 11 | 12; sentAt: Date }[];
}

interface Row extends Record<string, unknown> {
  kind: ListingKind;
  id: string;
  slug: string;
  name: string;
  status: 'published' | 'paused';
  association_name: string;
  association_email: string | null;
  association_phone: string | null;
  last_verified_at: string | Date | null;
  anchor: string | Date;
  stale_since: string | Date | null;
  reminders: { stage: number; sentAt: string }[];
}

const date = (value: string | Date | null) => (value === null ? null : new Date(value));

/**
 * Published and paused listings the administration is responsible for (its activities, and the
 * associations it is responsible for) that have gone more than 12 months unconfirmed, oldest
 * first, with the association's contact details and the reminders sent since that confirmation.
 */
export async function staleListings(db: Database, administrationId: string, now = new Date()): Promise<StaleListing[]> {
  const limit = sql`((${now.toISOString()}::timestamptz at time zone 'UTC') - make_interval(months => ${SECOND_REMINDER_MONTHS})) at time zone 'UTC'`;
  const rows = await db.execute<Row>(sql`
    with listed as (
      select 'activity'::listing_kind as kind, a.id, a.slug, a.name, a.status, s.name as association_name,
             s.email as association_email, s.phone as association_phone, a.last_verified_at,
             coalesce(a.last_verified_at, a.created_at) as anchor, a.stale_since
      from activities a join associations s on s.id = a.association_id
      where a.administration_id = ${administrationId} and a.status in ('published', 'paused')
      union all
      select 'association'::listing_kind, s.id, s.slug, s.name, s.status, s.name, s.email, s.phone, s.last_verified_at,
             coalesce(s.last_verified_at, s.created_at), s.stale_since
      from associations s
      where s.administration_id = ${administrationId} and s.status in ('published', 'paused')
    )
    select l.*,
           coalesce((select json_agg(json_build_object('stage', r.stage, 'sentAt', r.sent_at) order by r.stage)
                     from verification_reminders r
                     where r.listing_kind = l.kind and r.listing_id = l.id and r.anchor = l.anchor), '[]') as reminders
    from listed l
    where l.anchor <= ${limit}
    order by l.anchor, l.name`);
  return [...rows].map((r) => ({
    kind: r.kind,
    id: r.id,
    slug: r.slug,
    name: r.name,
    status: r.status,
    associationName: r.association_name,
    associationEmail: r.association_email,
    associationPhone: r.association_phone,
    lastVerifiedAt: date(r.last_verified_at),
    anchor: new Date(r.anchor),
    staleSince: date(r.stale_since),
    reminders: r.reminders.map((x) => ({ stage: x.stage === 12 ? 12 : 11, sentAt: new Date(x.sentAt) })),
  }));
}
