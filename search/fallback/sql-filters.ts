import type postgres from 'postgres';
import type { SearchParams } from '../types';

type Fragment = postgres.PendingQuery<postgres.Row[]>;

/**
 * SQL conditions that mirror the search documents (search/documents/*) and the Meilisearch
 * filters (search/query/filters.ts), so that both engines agree on what a filter means. Aliases:
 * `a` activity, `s` its association, `c` contact; `geo` is the listing's first place, and the CTE
 * `near_places` the places in a box around the search point (see sql-ctes.ts).
 */

/** AND of the fragments; `true` for none. */
export function and(sql: postgres.Sql, parts: Fragment[]): Fragment {
  return parts.reduce((all, part) => sql`${all} and ${part}`, sql`true`);
}

/**
 * The districts of an activity: those of its places, or its association's when none of its places
 * has one. Written as one uncorrelated set (not EXISTS … OR …), so that PostgreSQL builds it once
 * and joins, instead of asking per activity.
 */
function activityInDistricts(sql: postgres.Sql, slugs: string[]): Fragment {
  return sql`a.id in (
    select ap.activity_id from activity_places ap join places p on p.id = ap.place_id join districts d on d.id = p.district_id
    where d.slug = any(${slugs}::text[])
    union all
    select oa.id from activities oa join associations os on os.id = oa.association_id join districts d on d.id = os.district_id
    where d.slug = any(${slugs}::text[]) and not exists (
      select 1 from activity_places ap join places p on p.id = ap.place_id where ap.activity_id = oa.id and p.district_id is not null))`;
}

function activityHasTerm(sql: postgres.Sql, taxonomy: 'target_group' | 'category', slugs: string[]): Fragment {
  return sql`exists (select 1 from activity_terms at join taxonomy_terms t on t.id = at.term_id
                     where at.activity_id = a.id and t.taxonomy = ${taxonomy} and t.slug = any(${slugs}::text[]))`;
}

const wheelchairPlace = (sql: postgres.Sql) =>
  sql`exists (select 1 from activity_places ap join places p on p.id = ap.place_id where ap.activity_id = a.id and p.wheelchair_accessible)`;

/** Distance in km between the listing's first place (`geo`) and the search point, as Meilisearch measures it (haversine). */
export function distanceKm(sql: postgres.Sql, near: NonNullable<SearchParams['near']>): Fragment {
  return sql`(12742 * asin(sqrt(
    power(sin(radians(geo.latitude - ${near.lat}::float8) / 2), 2)
    + cos(radians(${near.lat}::float8)) * cos(radians(geo.latitude)) * power(sin(radians(geo.longitude - ${near.lng}::float8) / 2), 2))))`;
}

/** Every filter of the params on published activities of published associations. */
export function activityFilters(sql: postgres.Sql, params: SearchParams): Fragment {
  const parts: Fragment[] = [sql`a.status = 'published'`, sql`s.status = 'published'`];
  if (params.kind) parts.push(sql`a.kind = ${params.kind}`);
  if (params.targetGroup.length > 0) parts.push(activityHasTerm(sql, 'target_group', params.targetGroup));
  if (params.category.length > 0) parts.push(activityHasTerm(sql, 'category', params.category));
  if (params.district.length > 0) parts.push(activityInDistricts(sql, params.district));
  if (params.administration.length > 0) {
    parts.push(sql`a.administration_id in (select id from administrations where slug = any(${params.administration}::text[]))`);
  }
  if (params.weekday.length > 0) {
    // '1TU' (first Tuesday of the month) is a Tuesday too.
    parts.push(sql`exists (select 1 from schedules sc cross join unnest(sc.byday) b
                           where sc.activity_id = a.id and right(b, 2) = any(${params.weekday}::text[]))`);
  }
  if (params.free !== undefined) parts.push(sql`a.is_free = ${params.free}`);
  if (params.lang.length > 0) parts.push(sql`a.languages && ${params.lang}::text[]`);
  if (params.wheelchair !== undefined) parts.push(params.wheelchair ? wheelchairPlace(sql) : sql`not ${wheelchairPlace(sql)}`);
  if (params.near) {
    parts.push(sql`a.id in (select ap.activity_id from activity_places ap join near_places np on np.id = ap.place_id)`);
    parts.push(sql`${distanceKm(sql, params.near)} <= ${params.near.radiusKm}::float8`);
  }
  return and(sql, parts);
}

/** The filters that apply to associations: their own district and places, their activities' terms. */
export function associationFilters(sql: postgres.Sql, params: SearchParams): Fragment {
  const parts: Fragment[] = [sql`s.status = 'published'`];
  for (const [taxonomy, slugs] of [['target_group', params.targetGroup], ['category', params.category]] as const) {
    if (slugs.length === 0) continue;
    // One list of associations, built once from the term's activities (an InitPlan), rather than
    // a look through every association's activities.
    parts.push(sql`s.id = any(array(select distinct a.association_id from taxonomy_terms t join activity_terms at on at.term_id = t.id
                                    join activities a on a.id = at.activity_id
                                    where a.status = 'published' and t.taxonomy = ${taxonomy} and t.slug = any(${slugs}::text[])))`);
  }
  if (params.district.length > 0) {
    parts.push(sql`exists (select 1 from districts d where d.slug = any(${params.district}::text[])
                           and (d.id = s.district_id or d.id in (select p.district_id from places p where p.association_id = s.id)))`);
  }
  if (params.administration.length > 0) {
    parts.push(sql`s.administration_id in (select id from administrations where slug = any(${params.administration}::text[]))`);
  }
  if (params.near) {
    parts.push(sql`s.id in (select np.association_id from near_places np)`);
    parts.push(sql`${distanceKm(sql, params.near)} <= ${params.near.radiusKm}::float8`);
  }
  return and(sql, parts);
}

/** The filters that apply to contacts (district and administration), as their documents define them. */
export function contactFilters(sql: postgres.Sql, params: SearchParams): Fragment {
  const parts: Fragment[] = [
    sql`c.visibility = 'public'`,
    sql`s.status = 'published'`,
    sql`(c.activity_id is null or a.status = 'published')`,
  ];
  if (params.administration.length > 0) {
    parts.push(sql`coalesce(a.administration_id, s.administration_id)
                   in (select id from administrations where slug = any(${params.administration}::text[]))`);
  }
  if (params.district.length > 0) {
    parts.push(sql`exists (select 1 from districts d where d.slug = any(${params.district}::text[]) and (
      case when exists (select 1 from activity_places ap join places p on p.id = ap.place_id where ap.activity_id = a.id)
           then d.id in (select p.district_id from activity_places ap join places p on p.id = ap.place_id where ap.activity_id = a.id)
           else d.id = s.district_id or d.id in (select p.district_id from places p where p.association_id = s.id) end))`);
  }
  return and(sql, parts);
}
