import { eq, gte, inArray, lt, type SQL, sql } from 'drizzle-orm';
import type { Database } from '../../../db/client';
import { administrations, advisorySessions, associations, districts } from '../../../db/schema';
import { allOf, publicOnly, selectSessions } from './read';
import type { PublicSession, SessionFilters } from './types';

const s = advisorySessions;

const list = (values: string[]) => sql.join(values.map((v) => sql`${v}`), sql`, `);

/** Sessions with a host among `administration:<slug>` / `association:<slug>` values. */
function hostedByAny(values: string[]): SQL | undefined {
  const slugsOf = (kind: string) => values.filter((v) => v.startsWith(`${kind}:`)).map((v) => v.slice(kind.length + 1));
  const adm = slugsOf('administration');
  const assoc = slugsOf('association');
  if (adm.length === 0 && assoc.length === 0) return sql`false`;
  return sql`exists (select 1 from advisory_session_hosts h
    left join administrations a on a.id = h.administration_id
    left join associations o on o.id = h.association_id
    where h.session_id = ${s.id}
      and (${adm.length > 0 ? sql`a.slug in (${list(adm)})` : sql`false`} or ${assoc.length > 0 ? sql`o.slug in (${list(assoc)})` : sql`false`}))`;
}

/** The SQL of the public filters; empty lists mean "all". */
function filterWhere(f: SessionFilters): SQL | undefined {
  return allOf(
    gte(s.startsAt, f.from),
    lt(s.startsAt, f.to),
    f.topics.length > 0
      ? sql`exists (select 1 from advisory_session_terms st join taxonomy_terms t on t.id = st.term_id where st.session_id = ${s.id} and t.slug in (${list(f.topics)}))`
      : undefined,
    // An online-only session has no district, so a district filter never matches it.
    f.districts.length > 0 ? inArray(districts.slug, f.districts) : undefined,
    f.hosts.length > 0 ? hostedByAny(f.hosts) : undefined,
    f.audience === 'citizens' || f.audience === 'associations' ? inArray(s.audience, [f.audience, 'both']) : f.audience === 'both' ? eq(s.audience, 'both') : undefined,
  );
}

/** Published and cancelled sessions in the window, by start time. */
export async function listPublicSessions(db: Database, filters: SessionFilters): Promise<PublicSession[]> {
  return (await selectSessions(db, filterWhere(filters))).map(publicOnly);
}

/** One session by slug (published or cancelled), or null. */
export async function findPublicSession(db: Database, slug: string): Promise<PublicSession | null> {
  const [row] = await selectSessions(db, eq(s.slug, slug), undefined, 1);
  return row ? publicOnly(row) : null;
}

/** Sessions hosted by an administration or association (by slug) from `from` on: the iCal feeds. Null for an unknown slug. */
export async function hostedSessions(db: Database, host: { kind: 'administration' | 'association'; slug: string }, from: Date): Promise<PublicSession[] | null> {
  const table = host.kind === 'administration' ? administrations : associations;
  const [found] = await db.select({ id: table.id }).from(table).where(eq(table.slug, host.slug));
  if (!found) return null;
  const column = host.kind === 'administration' ? sql`h.administration_id` : sql`h.association_id`;
  const hosted = sql`exists (select 1 from advisory_session_hosts h where h.session_id = ${s.id} and ${column} = ${found.id})`;
  return (await selectSessions(db, allOf(gte(s.startsAt, from), hosted))).map(publicOnly);
}

/** The filter choices that have upcoming published sessions: topics, districts, hosts, each by name. */
export async function sessionFilterOptions(db: Database, from: Date): Promise<{
  topics: { slug: string; nameDa: string; nameEn: string }[];
  districts: { slug: string; name: string }[];
  hosts: { value: string; name: string; nameEn: string }[];
}> {
  const upcoming = sql`s.status = 'published' and s.starts_at >= ${from.toISOString()}::timestamptz`;
  const topics = await db.execute<{ slug: string; nameDa: string; nameEn: string }>(sql`
    select distinct t.slug, t.name_da as "nameDa", t.name_en as "nameEn"
    from advisory_sessions s join advisory_session_terms st on st.session_id = s.id join taxonomy_terms t on t.id = st.term_id
    where ${upcoming} order by t.name_da`);
  const places = await db.execute<{ slug: string; name: string }>(sql`
    select distinct d.slug, d.name from advisory_sessions s join districts d on d.id = s.district_id
    where ${upcoming} order by d.name`);
  const hosts = await db.execute<{ value: string; name: string; nameEn: string; kind: number }>(sql`
    select distinct case when a.id is not null then 'administration:' || a.slug else 'association:' || o.slug end as value,
      coalesce(a.name_da, o.name) as name, coalesce(a.name_en, o.name) as "nameEn", case when a.id is not null then 0 else 1 end as kind
    from advisory_sessions s join advisory_session_hosts h on h.session_id = s.id
    left join administrations a on a.id = h.administration_id left join associations o on o.id = h.association_id
    where ${upcoming} order by kind, name`);
  return {
    topics: [...topics],
    districts: [...places],
    hosts: hosts.map(({ value, name, nameEn }) => ({ value, name, nameEn })),
  };
}
