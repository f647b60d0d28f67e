import type postgres from 'postgres';
import { SESSION_WORDS } from '../documents/sessions';
import { WEIGHTS } from '../query/request';
import type { SearchParams } from '../types';
import { anyWord, type TextMatch } from './sql-ctes';
import { and, distanceKm } from './sql-filters';

type Fragment = postgres.PendingQuery<postgres.Row[]>;

/**
 * Advisory sessions in the PostgreSQL fallback, by the rules of their search documents
 * (search/documents/sessions.ts): published and not ended, one hit per series (its next date), the
 * same filters as the Meilisearch query (search/query/filters.ts). Alias `se` is a session.
 *
 * Sessions are few (the coming months of one municipality), so their text vector is computed per
 * query rather than stored: topic (weight A), hosts, topics and the words every session is found by
 * (B), English topic (B), description and place (C), folded and stemmed as the listings' vectors.
 */

/** The searchable text of a session as `indgang_search_vector` reads it. */
const vector = (sql: postgres.Sql) => sql`public.indgang_search_vector(
  se.topic,
  ${SESSION_WORDS.join(' ')}::text || ' ' || coalesce((
    select string_agg(x, ' ') from (
      select ha.name_da || ' ' || ha.name_en as x from advisory_session_hosts sh join administrations ha on ha.id = sh.administration_id
      where sh.session_id = se.id
      union all select hs.name from advisory_session_hosts sh join associations hs on hs.id = sh.association_id
      where sh.session_id = se.id and hs.status = 'published'
      union all select t.name_da || ' ' || t.name_en from advisory_session_terms st join taxonomy_terms t on t.id = st.term_id
      where st.session_id = se.id) parts), ''),
  se.topic_en,
  se.description || ' ' || coalesce(se.description_en, '') || ' ' || coalesce(se.place_name, ''))`;

/** Every filter of the params that applies to sessions (see `sessionsAnswer` for which do). */
export function sessionFilters(sql: postgres.Sql, params: SearchParams): Fragment {
  const parts: Fragment[] = [sql`se.status = 'published'`, sql`se.ends_at > now()`];
  if (params.category.length > 0) {
    parts.push(sql`exists (select 1 from advisory_session_terms st join taxonomy_terms t on t.id = st.term_id
                           where st.session_id = se.id and t.taxonomy = 'category' and t.slug = any(${params.category}::text[]))`);
  }
  if (params.district.length > 0) {
    parts.push(sql`se.district_id in (select id from districts where slug = any(${params.district}::text[]))`);
  }
  if (params.administration.length > 0) {
    // The publishing administration or a host administration, as the document's `administration`.
    parts.push(sql`(se.administration_id in (select id from administrations where slug = any(${params.administration}::text[]))
                    or exists (select 1 from advisory_session_hosts sh join administrations ha on ha.id = sh.administration_id
                               where sh.session_id = se.id and ha.slug = any(${params.administration}::text[])))`);
  }
  if (params.near) parts.push(sql`geo.latitude is not null and ${distanceKm(sql, params.near)} <= ${params.near.radiusKm}::float8`);
  return and(sql, parts);
}

/** A little below an activity that matches as well, as `kindRank` puts it in Meilisearch. */
const AFTER_EQUAL_OFFER = 0.01;

/**
 * The sessions that answer a search, one per series (the earliest), with their score and distance:
 * the words each answers count most, then text rank, then how close the topic is to the query.
 * A topic spelled nearly like the query is found too (trigram word similarity).
 */
export function sessionCandidates(sql: postgres.Sql, params: SearchParams, match: TextMatch | null): Fragment {
  const scored = match
    ? sql`(select count(*) from g where v.vec @@ g.q) as matched,
          ts_rank(v.vec, to_tsquery('danish', ${anyWord(match)}), 32) as text_rank,
          word_similarity(${match.folded}, indgang_fold(se.topic)) as sim,
          (indgang_fold(se.topic) = ${match.folded}) as exact`
    : sql`0 as matched, 0 as text_rank, 0 as sim, false as exact`;
  const distance = params.near ? distanceKm(sql, params.near) : sql`null::float8`;
  const found = match ? sql`and ((select count(*) from g where v.vec @@ g.q) > 0 or ${match.folded} <% indgang_fold(se.topic))` : sql``;
  return sql`(
    select distinct on (coalesce(se.series_id, se.id)) se.id, se.topic, ${scored}, ${distance} as distance
    from advisory_sessions se
    cross join lateral (select se.latitude, se.longitude) geo
    ${match ? sql`cross join lateral (select ${vector(sql)} as vec) v` : sql``}
    where ${sessionFilters(sql, params)} ${found}
    order by coalesce(se.series_id, se.id), se.starts_at, se.id)`;
}

/** The score column of a session candidate `sc`, weighted as the other listing types. */
export function sessionScore(sql: postgres.Sql, match: TextMatch | null): Fragment {
  const score = match ? sql`sc.matched + 0.5 * sc.text_rank + 0.5 * sc.sim + sc.exact::int - ${AFTER_EQUAL_OFFER}::float8` : sql`0`;
  return sql`(${score})::float8 * ${WEIGHTS.session}::float8`;
}
