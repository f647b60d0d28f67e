import { and, asc, eq, getTableColumns, type SQL, sql } from 'drizzle-orm';
import { advisorySessions, districts } from '../../../db/schema';
import type { Runner } from '../referral/db';
import { seatsLeft } from './capacity';
import type { HostRef, PublicSession } from './types';

/**
 * The one query behind every public view of sessions (list, calendar, detail, iCal, the hosts'
 * overview): the session, its district, its hosts and topics as JSON arrays, and the confirmed and
 * waiting counts, each as a correlated subquery over an index, so a month of sessions is one
 * round trip and never one query per session.
 */

const s = advisorySessions;

const confirmedCount = sql<number>`(select count(*)::int from advisory_bookings b where b.session_id = ${s.id} and b.status = 'confirmed')`;
const waitingCount = sql<number>`(select count(*)::int from advisory_bookings b where b.session_id = ${s.id} and b.status = 'waiting')`;
const attendedCount = sql<number>`(select count(*)::int from advisory_bookings b where b.session_id = ${s.id} and b.attended is true)`;

// The owner first, then the other administrations, then the associations, each by name.
const hostsJson = sql<HostRef[]>`coalesce((
  select json_agg(json_build_object(
      'kind', case when h.administration_id is null then 'association' else 'administration' end,
      'id', coalesce(h.administration_id, h.association_id),
      'slug', coalesce(a.slug, o.slug),
      'name', coalesce(a.name_da, o.name),
      'nameEn', coalesce(a.name_en, o.name))
    order by (h.administration_id = ${s.administrationId}) desc nulls last, h.administration_id is null, coalesce(a.name_da, o.name))
  from advisory_session_hosts h
  left join administrations a on a.id = h.administration_id
  left join associations o on o.id = h.association_id
  where h.session_id = ${s.id}), '[]'::json)`;

const termsJson = sql<PublicSession['terms']>`coalesce((
  select json_agg(json_build_object('id', t.id, 'slug', t.slug, 'nameDa', t.name_da, 'nameEn', t.name_en) order by t.name_da)
  from advisory_session_terms st join taxonomy_terms t on t.id = st.term_id
  where st.session_id = ${s.id}), '[]'::json)`;

const columns = {
  ...getTableColumns(s),
  districtSlug: districts.slug,
  districtName: districts.name,
  confirmed: confirmedCount,
  waiting: waitingCount,
  attended: attendedCount,
  hosts: hostsJson,
  terms: termsJson,
};

function baseQuery(db: Runner) {
  return db.select(columns).from(s).leftJoin(districts, eq(districts.id, s.districtId));
}
type Row = Awaited<ReturnType<typeof baseQuery>>[number];

/** A session row with its counts, as the public sees it; `confirmed` and `attended` for the hosts. */
export type SessionWithCounts = PublicSession & { confirmed: number; attended: number };

function toPublic(row: Row): SessionWithCounts {
  return {
    id: row.id,
    slug: row.slug,
    seriesId: row.seriesId,
    topic: row.topic,
    topicEn: row.topicEn,
    description: row.description,
    descriptionEn: row.descriptionEn,
    administrationId: row.administrationId,
    hosts: row.hosts,
    terms: row.terms,
    place:
      row.address === null
        ? null
        : {
            name: row.placeName,
            address: row.address,
            postalCode: row.postalCode ?? '',
            city: row.city ?? '',
            districtId: row.districtId,
            latitude: row.latitude,
            longitude: row.longitude,
            districtSlug: row.districtSlug,
            districtName: row.districtName,
          },
    onlineUrl: row.onlineUrl,
    startsAt: row.startsAt,
    endsAt: row.endsAt,
    capacity: row.capacity,
    seatsLeft: seatsLeft({ confirmed: row.confirmed, capacity: row.capacity }),
    waitingList: row.waitingList,
    waiting: row.waiting,
    audience: row.audience,
    languages: row.languages,
    status: row.status,
    updatedAt: row.updatedAt,
    confirmed: row.confirmed,
    attended: row.attended,
  };
}

/** Sessions matching `where`, by start time (or `order`), with hosts, topics and counts. */
export async function selectSessions(db: Runner, where: SQL | undefined, order: SQL[] = [asc(s.startsAt), asc(s.id)], limit?: number): Promise<SessionWithCounts[]> {
  const query = baseQuery(db).where(where).orderBy(...order);
  const rows: Row[] = limit === undefined ? await query : await query.limit(limit);
  return rows.map(toPublic);
}

/** One session by id, or null. */
export async function sessionById(db: Runner, id: string): Promise<SessionWithCounts | null> {
  const [row] = await selectSessions(db, eq(s.id, id), undefined, 1);
  return row ?? null;
}

/** Drops the hosts' figures from a session before it goes to a public page. */
export function publicOnly({ confirmed: _c, attended: _a, ...session }: SessionWithCounts): PublicSession {
  return session;
}

/** `and` of the conditions that are set. */
export function allOf(...conditions: (SQL | undefined)[]): SQL | undefined {
  return and(...conditions.filter((c): c is SQL => c !== undefined));
}
