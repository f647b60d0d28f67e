import { sql } from 'drizzle-orm';
import type { Database } from '../../../db/client';
import { inDanishOrder, labelOf, num } from './sql';
import { CITY_WIDE, type CountRow, type Label, type ListingCountRow, type ListingFigures, type StatisticsFilter } from './types';

/** The label of the row of listings that belong to no single district. */
export const CITY_WIDE_LABEL: Label = { da: 'Hele kommunen', en: 'Whole municipality' };

/** The two kinds of activity, in the order the tables show them. */
export const KIND_LABELS: Record<'offer' | 'volunteer_role', Label> = {
  offer: { da: 'Tilbud til borgere', en: 'Activities for citizens' },
  volunteer_role: { da: 'Frivilligjob', en: 'Volunteer roles' },
};

interface AdmRow extends Record<string, unknown> {
  key: string;
  name_da: string;
  name_en: string;
  associations: string | number;
  activities: string | number;
}

interface TermRow extends Record<string, unknown> {
  key: string;
  name_da: string;
  name_en: string;
  count: string | number;
}

/**
 * The public listings (what the public sees: a published activity of a published association),
 * optionally those one administration is responsible for. A CTE for each query below.
 */
function publicListings(administrationId: string | null) {
  const adm = administrationId;
  return sql`
    pub_associations as (
      select s.id, s.administration_id, s.district_id from associations s
      where s.status = 'published' and (${adm}::uuid is null or s.administration_id = ${adm}::uuid)),
    pub_activities as (
      select a.id, a.administration_id, a.kind from activities a join associations s on s.id = a.association_id
      where a.status = 'published' and s.status = 'published' and (${adm}::uuid is null or a.administration_id = ${adm}::uuid))`;
}

/** Published associations and activities by responsible administration (every administration in the filter, even with none). */
async function byAdministration(db: Database, adm: string | null): Promise<ListingCountRow[]> {
  const rows = await db.execute<AdmRow>(sql`
    with ${publicListings(adm)}
    select ad.id as key, ad.name_da, ad.name_en,
           (select count(*) from pub_associations p where p.administration_id = ad.id) as associations,
           (select count(*) from pub_activities p where p.administration_id = ad.id) as activities
    from administrations ad
    where ${adm}::uuid is null or ad.id = ${adm}::uuid`);
  return inDanishOrder([...rows].map((r) => ({ key: r.key, label: labelOf(r), associations: num(r.associations), activities: num(r.activities) })));
}

/**
 * By district: associations by their own district; activities once in each district one of their
 * places lies in. What has no district (a city-wide association, an activity held by phone or only
 * at places outside the districts) goes in "Hele kommunen".
 */
async function byDistrict(db: Database, adm: string | null): Promise<ListingCountRow[]> {
  const rows = await db.execute<AdmRow>(sql`
    with ${publicListings(adm)},
    activity_districts as (
      select distinct p.id, pl.district_id from pub_activities p
      join activity_places ap on ap.activity_id = p.id join places pl on pl.id = ap.place_id
      where pl.district_id is not null)
    select * from (
      select d.id::text as key, d.name as name_da, d.name as name_en,
             (select count(*) from pub_associations p where p.district_id = d.id) as associations,
             (select count(*) from activity_districts x where x.district_id = d.id) as activities
      from districts d
      union all
      select ${CITY_WIDE}::text, '', '',
             (select count(*) from pub_associations p where p.district_id is null),
             (select count(*) from pub_activities p where not exists (select 1 from activity_districts x where x.id = p.id))
    ) u`);
  const counted = [...rows].map((r) => ({
    key: r.key,
    label: r.key === CITY_WIDE ? CITY_WIDE_LABEL : labelOf(r),
    associations: num(r.associations),
    activities: num(r.activities),
  }));
  return inDanishOrder(counted, [CITY_WIDE]);
}

/** Activities by target group: every target group of the taxonomy, by Danish name. */
async function byTargetGroup(db: Database, adm: string | null): Promise<CountRow[]> {
  const rows = await db.execute<TermRow>(sql`
    with ${publicListings(adm)}
    select t.id as key, t.name_da, t.name_en,
           (select count(*) from activity_terms at join pub_activities p on p.id = at.activity_id where at.term_id = t.id) as count
    from taxonomy_terms t
    where t.taxonomy = 'target_group'`);
  return inDanishOrder([...rows].map((r) => ({ key: r.key, label: labelOf(r), count: num(r.count) })));
}

/** Activities by kind, both kinds always present. */
async function byKind(db: Database, adm: string | null): Promise<CountRow[]> {
  const rows = await db.execute<{ kind: string; count: string | number }>(sql`
    with ${publicListings(adm)}
    select kind::text, count(*) as count from pub_activities group by kind`);
  const counts = new Map([...rows].map((r) => [r.kind, num(r.count)]));
  return (['offer', 'volunteer_role'] as const).map((kind) => ({ key: kind, label: KIND_LABELS[kind], count: counts.get(kind) ?? 0 }));
}

/**
 * Published associations and activities as they stand now, by administration, district, target
 * group and kind. The year of the filter does not apply: a listing keeps no history of when it was
 * public, so the report says "as of today".
 */
export async function listingFigures(db: Database, filter: StatisticsFilter): Promise<ListingFigures> {
  const adm = filter.administrationId;
  const [administrations, districts, targetGroups, kinds] = await Promise.all([
    byAdministration(db, adm),
    byDistrict(db, adm),
    byTargetGroup(db, adm),
    byKind(db, adm),
  ]);
  return {
    byAdministration: administrations,
    byDistrict: districts,
    byTargetGroup: targetGroups,
    byKind: kinds,
    totals: {
      associations: administrations.reduce((sum, r) => sum + r.associations, 0),
      activities: kinds.reduce((sum, r) => sum + r.count, 0),
    },
  };
}
