import type postgres from 'postgres';
import { listingTypesFor } from '../query/filters';
import { WEIGHTS } from '../query/request';
import type { ListingType, SearchParams } from '../types';
import { anyWord, type TextMatch, withCtes } from './sql-ctes';
import { activityFilters, associationFilters, contactFilters, distanceKm } from './sql-filters';
import { sessionCandidates, sessionScore } from './sql-sessions';

type Fragment = postgres.PendingQuery<postgres.Row[]>;

/** One listing type of a search: the columns of a hit, and where they come from. */
interface Branch {
  columns: Fragment;
  from: Fragment;
}

export interface HitRow {
  type: ListingType | null;
  id: string | null;
  distance: number | null;
  total: string | number;
}

/** Browsing sorts by the Danish sort key (indexed); a search breaks ties by the plain name, which is cheaper. */
function sortKey(sql: postgres.Sql, column: Fragment, match: TextMatch | null): Fragment {
  return match ? sql`${column} collate "C"` : sql`indgang_sort_key(${column}) collate "C"`;
}

/**
 * What a listing nobody has confirmed for 15 months (`stale_since` set) loses from its score: less
 * than one query word, so that, as with Meilisearch's `staleRank` rule after `words`, a stale
 * listing that answers more of the query still comes first, but more than the small differences
 * in text rank and name similarity between listings that answer the same words.
 */
export const STALE_PENALTY = 0.75;

function stalePenalty(sql: postgres.Sql, stale: Fragment): Fragment {
  return sql`${STALE_PENALTY}::float8 * (${stale})::int`;
}

function distance(sql: postgres.Sql, params: SearchParams): Fragment {
  return params.near ? distanceKm(sql, params.near) : sql`null::float8`;
}

/** The first place of a listing, as its search document's `_geo`; joined only when distance matters. */
function geoJoin(sql: postgres.Sql, params: SearchParams, type: 'activity' | 'association'): Fragment {
  if (!params.near) return sql``;
  return type === 'activity'
    ? sql`left join lateral (select p.latitude, p.longitude from activity_places ap join places p on p.id = ap.place_id
                             where ap.activity_id = a.id order by p.created_at, p.id limit 1) geo on true`
    : sql`left join lateral (select p.latitude, p.longitude from places p where p.association_id = s.id
                             order by p.created_at, p.id limit 1) geo on true`;
}

/**
 * Activities: the number of query words an activity answers counts most (Meilisearch's `words`
 * rule); then whether a target group or category name answered one (a stronger sign than a word
 * in a description: "grief group" → Sorg og krise), how well the text matches (ts_rank over the
 * stored vector) and how close the name is to the query.
 */
function activities(sql: postgres.Sql, params: SearchParams, match: TextMatch | null): Branch {
  const score = match
    ? sql`(c.matched + 0.25 * c.by_term::int + 0.5 * ts_rank(a.search_vector, to_tsquery('danish', ${anyWord(match)}), 32)
           + 0.5 * c.sim + c.exact::int)::float8`
    : sql`0::float8`;
  return {
    columns: sql`'activity'::text as type, a.id,
                 (${score} - ${stalePenalty(sql, sql`a.stale_since is not null`)}) * ${WEIGHTS.activity}::float8 as score,
                 ${sortKey(sql, sql`a.name`, match)} as sort_key, ${distance(sql, params)} as distance`,
    from: sql`from ${match ? sql`cand c join activities a on a.id = c.id` : sql`activities a`}
              join associations s on s.id = a.association_id ${geoJoin(sql, params, 'activity')}
              where ${activityFilters(sql, params)}`,
  };
}

/** Associations, by their own name and description (fewer words than Meilisearch sees of them). */
function associations(sql: postgres.Sql, params: SearchParams, match: TextMatch | null): Branch {
  const score = match
    ? sql`((select count(*) from g where s.search_vector @@ g.q)
           + 0.5 * ts_rank(s.search_vector, to_tsquery('danish', ${anyWord(match)}), 32)
           + 0.5 * word_similarity(${match.folded}, indgang_fold(s.name))
           + (indgang_fold(s.name) = ${match.folded})::int)::float8`
    : sql`0::float8`;
  const found = match ? sql`(s.id in (select id from ga) or ${match.folded} <% indgang_fold(s.name)) and` : sql``;
  return {
    columns: sql`'association'::text as type, s.id,
                 (${score} - ${stalePenalty(sql, sql`s.stale_since is not null`)}) * ${WEIGHTS.association}::float8 as score,
                 ${sortKey(sql, sql`s.name`, match)} as sort_key, ${distance(sql, params)} as distance`,
    from: sql`from associations s ${geoJoin(sql, params, 'association')} where ${found} ${associationFilters(sql, params)}`,
  };
}

/** Public contacts whose name is (nearly) what was typed. */
function contacts(sql: postgres.Sql, params: SearchParams, match: TextMatch): Branch {
  const score = sql`((select count(*) from g where to_tsvector('danish', indgang_fold(c.name || ' ' || coalesce(c.title, ''))) @@ g.q)
                     + 0.5 * word_similarity(${match.folded}, indgang_fold(c.name)))::float8`;
  return {
    // A contact is as fresh as its listing, as in its search document.
    columns: sql`'contact'::text as type, c.id,
                 (${score} - ${stalePenalty(sql, sql`case when a.id is not null then a.stale_since is not null else s.stale_since is not null end`)})
                   * ${WEIGHTS.contact}::float8 as score,
                 ${sortKey(sql, sql`c.name`, match)} as sort_key, null::float8 as distance`,
    from: sql`from contacts c join associations s on s.id = c.association_id left join activities a on a.id = c.activity_id
              where (indgang_fold(c.name) % ${match.folded} or ${match.folded} <% indgang_fold(c.name)) and ${contactFilters(sql, params)}`,
  };
}

/** Advisory sessions, one per series (see sql-sessions.ts). */
function sessions(sql: postgres.Sql, params: SearchParams, match: TextMatch | null): Branch {
  return {
    columns: sql`'session'::text as type, sc.id, ${sessionScore(sql, match)} as score,
                 ${sortKey(sql, sql`sc.topic`, match)} as sort_key, sc.distance`,
    from: sql`from ${sessionCandidates(sql, params, match)} sc`,
  };
}

function branches(sql: postgres.Sql, params: SearchParams, match: TextMatch | null): Branch[] {
  return listingTypesFor(params).flatMap((type) => {
    if (type === 'activity') return [activities(sql, params, match)];
    if (type === 'association') return [associations(sql, params, match)];
    if (type === 'session') return [sessions(sql, params, match)];
    return match ? [contacts(sql, params, match)] : [];
  });
}

function order(sql: postgres.Sql, params: SearchParams, match: TextMatch | null): Fragment {
  if (params.near) return sql`distance asc nulls last, score desc, sort_key, id`;
  return match ? sql`score desc, sort_key, id` : sql`sort_key, id`;
}

/**
 * One statement for a page of hits across the listing types and the total. Each type gives only
 * its first `page × perPage` in the final order (so browsing 100 000 activities walks the sort-key
 * index instead of sorting them all); the page is cut from their merge. A search counts its
 * matches as it ranks them (a window count, one pass); browsing counts apart, to keep the index
 * walk. The total comes on every row, and on a single row of nulls when the page is empty.
 */
export function pageStatement(sql: postgres.Sql, params: SearchParams, match: TextMatch | null): postgres.PendingQuery<HitRow[]> {
  const parts = branches(sql, params, match);
  const by = order(sql, params, match);
  const upTo = params.page * params.perPage;
  const ranked = match !== null || params.near !== undefined;
  const hits = parts
    .map((b) => sql`(select ${b.columns}${ranked ? sql`, count(*) over () as n` : sql``} ${b.from} order by ${by} limit ${upTo})`)
    .reduce((union, next) => sql`${union} union all ${next}`);
  const total = ranked
    ? sql`(select coalesce(sum(n), 0) from (select max(n) as n from hits group by type) per_type)`
    : parts.map((b) => sql`(select count(*) ${b.from})`).reduce((sum, next) => sql`${sum} + ${next}`);
  return sql<HitRow[]>`
    ${withCtes(sql, params, match, [sql`hits as (${hits})`, sql`total as (select ${total} as n)`])}
    select h.type, h.id, h.distance, t.n as total
    from total t left join lateral (select * from hits order by ${by} limit ${params.perPage} offset ${upTo - params.perPage}) h on true
    order by ${by}`;
}
