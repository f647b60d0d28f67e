import type postgres from 'postgres';
import type { SearchParams } from '../types';
import { fold } from '../query/fold';
import { groupTsquery, queryGroups } from './terms';

type Fragment = postgres.PendingQuery<postgres.Row[]>;

/** Below this many matches by the words, names spelled nearly like the query are looked for too. */
const FEW = 100;

/** The words of a query as the SQL needs them; null when there are none (browsing). */
export interface TextMatch {
  /** One `to_tsquery` text per meaningful word, its synonyms ORed. */
  groups: string[];
  /** The whole query folded, for trigram similarity with names. */
  folded: string;
}

export function textMatch(q: string): TextMatch | null {
  const groups = queryGroups(q).map(groupTsquery).filter((g) => g !== '');
  return groups.length === 0 ? null : { groups, folded: fold(q) };
}

/** Every word's tsquery ORed: what ts_rank ranks by. */
export const anyWord = (match: TextMatch) => match.groups.map((g) => `(${g})`).join(' | ');

/**
 * The matching, done set-wise through the indexes so that nothing is computed per activity that
 * does not match: `g` (word number, tsquery); `gt` the taxonomy terms each word names ("lonely" →
 * Ensomme); `ga` the associations each word finds; `m` one row per (activity, word) found by its
 * text, a term or its association; `named`, when those are few, the activities whose name is
 * spelled nearly like the query (trigram index); `cand` per activity: how many words it answers, whether a term answered
 * one, and how close its name is.
 */
function matchCtes(sql: postgres.Sql, match: TextMatch): Fragment[] {
  return [
    sql`g as (select idx::int as idx, to_tsquery('danish', qt) as q from unnest(${match.groups}::text[]) with ordinality as u(qt, idx))`,
    sql`gt as (select g.idx, t.id from g join taxonomy_terms t on to_tsvector('danish', indgang_fold(t.name_da || ' ' || t.name_en)) @@ g.q)`,
    sql`ga as (select g.idx, s.id from g join associations s on s.status = 'published' and s.search_vector @@ g.q)`,
    sql`m as (
      select a.id, g.idx, false as by_term from g join activities a on a.search_vector @@ g.q where a.status = 'published'
      union all select at.activity_id, gt.idx, true from gt join activity_terms at on at.term_id = gt.id
      union all select a.id, ga.idx, false from ga join activities a on a.association_id = ga.id where a.status = 'published')`,
    // Only when the words found little: a name spelled nearly right is how a typo is found, and
    // comparing the query with every similar name costs more than all the rest when words match.
    // Word similarity: the query against the most similar stretch of the name, so that "natlinien"
    // finds "Natlinjen: anonym samtale i telefonen" however long the rest of the name is.
    sql`named as (
      select a.id, word_similarity(${match.folded}, indgang_fold(a.name)) as sim, indgang_fold(a.name) = ${match.folded} as exact
      from activities a where a.status = 'published' and ${match.folded} <% indgang_fold(a.name)
        and (select count(*) from (select 1 from m limit ${FEW}) few) < ${FEW})`,
    sql`cand as (
      select id, count(distinct idx) as matched, bool_or(by_term) as by_term, max(sim) as sim, bool_or(exact) as exact
      from (select id, idx, by_term, 0::real as sim, false as exact from m
            union all select id, null, false, sim, exact from named) x
      group by id)`,
  ];
}

/** Places in a box around the search point (index on latitude, longitude); the exact distance comes after. */
function nearCte(sql: postgres.Sql, near: NonNullable<SearchParams['near']>): Fragment {
  const dLat = near.radiusKm / 111.2;
  const dLng = near.radiusKm / (111.2 * Math.max(Math.cos((near.lat * Math.PI) / 180), 0.01));
  return sql`near_places as (
    select p.id, p.association_id from places p
    where p.latitude between ${near.lat - dLat}::float8 and ${near.lat + dLat}::float8
      and p.longitude between ${near.lng - dLng}::float8 and ${near.lng + dLng}::float8)`;
}

/** The `with …` that every statement of a search starts with (empty when it needs none), plus `extra`. */
export function withCtes(sql: postgres.Sql, params: SearchParams, match: TextMatch | null, extra: Fragment[] = []): Fragment {
  const ctes = [...(match ? matchCtes(sql, match) : []), ...(params.near ? [nearCte(sql, params.near)] : []), ...extra];
  if (ctes.length === 0) return sql``;
  return sql`with ${ctes.reduce((all, cte) => sql`${all}, ${cte}`)}`;
}
