import type postgres from 'postgres';
import type { FacetCounts } from '../query/facets';
import { listingTypesFor } from '../query/filters';
import type { FacetName, SearchParams } from '../types';
import { activityFilters } from './sql-filters';
import { type TextMatch, withCtes } from './sql-ctes';

interface FacetRow {
  facet: FacetName;
  value: string;
  count: string | number;
}

/**
 * Facet counts over the activities that match the query and the filters, in one statement: the
 * matching activities once (`found`), then one GROUP BY per facet. What a value means is what the search
 * documents say (districts of the places, else the association's; '1TU' is a Tuesday).
 */
export function facetStatement(sql: postgres.Sql, params: SearchParams, match: TextMatch | null): postgres.PendingQuery<FacetRow[]> {
  const found = sql`found as materialized (
      select a.id, a.kind, a.is_free, a.languages, a.administration_id, s.district_id as owner_district
      from ${match ? sql`cand c join activities a on a.id = c.id` : sql`activities a`}
      join associations s on s.id = a.association_id
      ${params.near ? sql`left join lateral (select p.latitude, p.longitude from activity_places ap join places p on p.id = ap.place_id
                                              where ap.activity_id = a.id order by p.created_at, p.id limit 1) geo on true` : sql``}
      where ${activityFilters(sql, params)})`;
  return sql<FacetRow[]>`
    ${withCtes(sql, params, match, [found])}
    select 'kind' as facet, m.kind::text as value, count(*) as count from found m group by m.kind
    union all
    -- (activity, term) is the key of activity_terms: count(*) counts activities.
    select case t.taxonomy when 'target_group' then 'targetGroup' else 'category' end, t.slug, count(*)
      from found m join activity_terms at on at.activity_id = m.id join taxonomy_terms t on t.id = at.term_id
      group by t.taxonomy, t.slug
    union all
    select 'administration', ad.slug, count(*) from found m join administrations ad on ad.id = m.administration_id group by ad.slug
    union all
    select 'district', d.slug, count(*)
      from (select ap.activity_id as id, p.district_id from found m join activity_places ap on ap.activity_id = m.id
              join places p on p.id = ap.place_id where p.district_id is not null
            union
            select m.id, m.owner_district from found m where m.owner_district is not null and m.id not in (
              select ap.activity_id from activity_places ap join places p on p.id = ap.place_id where p.district_id is not null)
           ) x join districts d on d.id = x.district_id
      group by d.slug
    union all
    select 'weekday', day, count(*)
      from (select distinct sc.activity_id, right(b, 2) as day from found m join schedules sc on sc.activity_id = m.id cross join unnest(sc.byday) b) x
      group by day
    union all
    select 'free', 'true', count(*) from found m where m.is_free having count(*) > 0
    union all
    select 'lang', l, count(*) from (select distinct m.id, l from found m cross join unnest(m.languages) l) x group by l
    union all
    select 'wheelchair', 'true', count(*) from found m
      where m.id in (select ap.activity_id from activity_places ap join places p on p.id = ap.place_id where p.wheelchair_accessible)
      having count(*) > 0`;
}

async function count(sql: postgres.Sql, params: SearchParams, match: TextMatch | null): Promise<FacetCounts> {
  const rows = await facetStatement(sql, params, match);
  const counts: FacetCounts = {};
  for (const row of rows) (counts[row.facet] ??= {})[row.value] = Number(row.count);
  return counts;
}

/**
 * The counts of the whole directory (the search page before anything is typed or chosen) are the
 * dearest, up to a second with 100 000 activities, and the same for everyone: kept for a while per
 * database. Only the fallback uses them, so they may be as old as this while Meilisearch is down.
 */
const BROWSE_TTL_MS = 30_000;
const browseCache = new WeakMap<postgres.Sql, { at: number; counts: Promise<FacetCounts> }>();

function isBrowse(params: SearchParams, match: TextMatch | null): boolean {
  return !match && !params.near && listingTypesFor(params).length === 2 && params.targetGroup.length === 0
    && params.category.length === 0 && params.district.length === 0 && params.administration.length === 0;
}

/** The facet counts of a search (see facetStatement). */
export function facetCounts(sql: postgres.Sql, params: SearchParams, match: TextMatch | null, now = Date.now()): Promise<FacetCounts> {
  if (!isBrowse(params, match)) return count(sql, params, match);
  const hit = browseCache.get(sql);
  if (hit && now - hit.at < BROWSE_TTL_MS) return hit.counts;
  const counts = count(sql, params, match);
  browseCache.set(sql, { at: now, counts });
  counts.catch(() => browseCache.delete(sql));
  return counts;
}
