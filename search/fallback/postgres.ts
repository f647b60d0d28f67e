import type { Database } from '../../db/client';
import { buildActivityDocs, buildAssociationDocs, buildContactDocs, buildSessionDocs } from '../documents';
import { labelFacets } from '../query/facets';
import { toHit, type FoundDoc } from '../query/hits';
import { referenceData } from '../query/reference';
import type { ListingType, SearchParams, SearchResponse } from '../types';
import { textMatch } from './sql-ctes';
import { facetCounts } from './sql-facets';
import { type HitRow, pageStatement } from './sql-hits';

/** The found page's documents, built as the indexes build them, so that hits look the same. */
async function documents(db: Database, rows: HitRow[]): Promise<Map<string, FoundDoc>> {
  const ids = (type: ListingType) => rows.flatMap((r) => (r.type === type && r.id ? [r.id] : []));
  const none = Promise.resolve([]);
  const [activities, associations, contacts, sessions] = await Promise.all([
    ids('activity').length ? buildActivityDocs(db, ids('activity')) : none,
    ids('association').length ? buildAssociationDocs(db, ids('association')) : none,
    ids('contact').length ? buildContactDocs(db, ids('contact')) : none,
    ids('session').length ? buildSessionDocs(db, ids('session')) : none,
  ]);
  return new Map<string, FoundDoc>([...activities, ...associations, ...contacts, ...sessions].map((doc) => [doc.id, doc]));
}

/**
 * Search answered by PostgreSQL, for when Meilisearch cannot answer: the same response shape with
 * `source: 'postgres'`. Danish full text over folded text (stemming: "ensomme" finds "ensom"),
 * the synonym groups of search/settings expanded on the query side, the English labels of target
 * groups and categories, trigram similarity for names spelled nearly right, the same filters,
 * distance, paging and facet counts; advisory sessions by the rules of their documents. Less
 * precise than Meilisearch (no typo tolerance inside descriptions, no compound splitting beyond
 * prefixes), which the search page says.
 */
export async function searchPostgres(db: Database, params: SearchParams): Promise<SearchResponse> {
  const sql = db.$client;
  const match = params.q === '' ? null : textMatch(params.q);
  const [rows, counts, reference] = await Promise.all([
    pageStatement(sql, params, match),
    facetCounts(sql, params, match),
    referenceData(db),
  ]);
  const docs = await documents(db, rows);
  const hits = rows.flatMap((row) => {
    const doc = row.id ? docs.get(row.id) : undefined;
    if (!doc) return []; // unpublished between the two queries
    const found: FoundDoc = row.distance === null ? doc : { ...doc, _geoDistance: row.distance * 1000 };
    return [toHit(found, params.locale, reference)];
  });
  return {
    query: params.q,
    source: 'postgres',
    totalHits: Number(rows[0]?.total ?? 0),
    page: params.page,
    perPage: params.perPage,
    hits,
    facets: labelFacets(counts, params, reference),
  };
}
