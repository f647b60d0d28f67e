import type { FederatedMultiSearchParams, MultiSearchParams, MultiSearchQuery } from 'meilisearch';
import { FACET_ATTRIBUTES } from './facets';
import { filtersFor, listingTypesFor } from './filters';
import { correctedQuery } from './spelling';
import { INDEX_OF, type IndexNames } from '../indexes';
import type { ListingType, SearchParams } from '../types';

/**
 * How much a hit from each index counts in the merged list. Activities and associations count the
 * same: Meilisearch's ranking scores of good matches lie close together (0.99–1.0), so even a
 * weight of 0.9 put an association searched by its exact name ("Gadens Stue Vesterbro") below
 * every activity that merely names it. A person to contact counts much less: contacts are found
 * when searched by name, and should not crowd out activities otherwise. An advisory session counts
 * as an activity: it is something a citizen can go to, and its `kindRank` already puts it after an
 * offer that matches as well.
 */
export const WEIGHTS: Record<ListingType, number> = { activity: 1.0, association: 1.0, contact: 0.6, session: 1.0 };

/** Only what a result line needs travels back: descriptions and folded text stay in the index. */
const RETRIEVE: Record<ListingType, string[]> = {
  activity: ['id', 'type', 'slug', 'name', 'summary', 'summaryEn', 'kind', 'associationName', 'administrationName', 'administrationNameEn', 'districtNames', 'when', 'whenEn', '_geo'],
  association: ['id', 'type', 'slug', 'name', 'description', 'administrationName', 'administrationNameEn', 'districtNames', '_geo'],
  contact: ['id', 'type', 'name', 'title', 'email', 'phone', 'associationName', 'associationSlug', 'activityName', 'activitySlug', 'administration', 'districts'],
  session: ['id', 'type', 'slug', 'topic', 'topicEn', 'description', 'descriptionEn', 'when', 'whenEn', 'hostNames', 'hostNamesEn', 'administrationName', 'administrationNameEn', 'districtNames', 'online', '_geo'],
};

/** The index that holds a listing type's documents. */
export function indexOf(names: IndexNames, type: ListingType): string {
  return names[INDEX_OF[type]];
}

function sortFor(type: ListingType, params: SearchParams): string[] | undefined {
  if (params.near) return [`_geoPoint(${params.near.lat}, ${params.near.lng}):asc`];
  // Browsing (no words): an alphabetical list, by the Danish sort key (Meilisearch puts Å with A).
  if (params.q === '' && type !== 'contact') return ['sortName:asc'];
  return undefined;
}

/** A match of the query as corrected counts a little less than the same match as typed. */
const CORRECTED_WEIGHT = 0.9;

interface Planned {
  type: ListingType;
  q: string;
  weight: number;
}

/**
 * The searches of one request: the query as typed in each index the params look in and, when a
 * word is probably a misspelling of a word of the synonym vocabulary (see spelling.ts), the
 * corrected query beside it in the activities and associations. Meilisearch removes the duplicates.
 */
export function plannedQueries(params: SearchParams): Planned[] {
  const types = listingTypesFor(params);
  const planned = types.map((type) => ({ type, q: params.q, weight: WEIGHTS[type] }));
  const corrected = params.q === '' ? null : correctedQuery(params.q);
  if (!corrected) return planned;
  const again = types.filter((type) => type !== 'contact').map((type) => ({ type, q: corrected, weight: WEIGHTS[type] * CORRECTED_WEIGHT }));
  return [...planned, ...again];
}

function query({ type, q }: Planned, params: SearchParams, names: IndexNames): MultiSearchQuery {
  const sort = sortFor(type, params);
  return {
    indexUid: indexOf(names, type),
    q,
    filter: filtersFor(type, params),
    // Short Danish queries are otherwise often taken for Swedish or Norwegian.
    locales: ['dan'],
    attributesToRetrieve: RETRIEVE[type],
    ...(sort ? { sort } : {}),
  };
}

const facetAttributes = () => Object.values(FACET_ATTRIBUTES);

/**
 * One federated multi-search over the indexes the params look in: one ranked list across them,
 * paged by the federation, with the facet counts of the activities unless `withFacets` is false
 * (the counts are known already).
 */
export function federatedRequest(params: SearchParams, names: IndexNames, withFacets = true): FederatedMultiSearchParams {
  return {
    federation: {
      offset: (params.page - 1) * params.perPage,
      limit: params.perPage,
      ...(withFacets ? { facetsByIndex: { [names.activities]: facetAttributes() } } : {}),
    },
    queries: plannedQueries(params).map((planned) => ({ ...query(planned, params, names), federationOptions: { weight: planned.weight } })),
  };
}

/**
 * Near a place, one multi-search without federation: Meilisearch 1.21 does not merge federated
 * hits by `_geoPoint` sort (a farther association came before a nearer activity when we tried),
 * so each index returns its nearest `page × perPage` hits and `mergeByDistance` merges them here
 * (without the duplicates a corrected query brings).
 */
export function nearRequest(params: SearchParams, names: IndexNames, withFacets = true): MultiSearchParams {
  const limit = params.page * params.perPage;
  return {
    queries: plannedQueries(params).map((planned, i) => ({
      ...query(planned, params, names),
      offset: 0,
      limit,
      // The first query is the activities as typed: its facets are the ones shown.
      ...(i === 0 && withFacets ? { facets: facetAttributes() } : {}),
    })),
  };
}

/**
 * Merges lists that are each sorted nearest first (or relevance first, then nearest) into one,
 * by always taking the nearer head: each list keeps its own order.
 */
export function mergeByDistance<T extends { id: string; type: string; _geoDistance?: number }>(lists: readonly (readonly T[])[]): T[] {
  const queues = lists.map((list) => [...list]);
  const distance = (hit: T | undefined) => hit?._geoDistance ?? Number.POSITIVE_INFINITY;
  const merged: T[] = [];
  const seen = new Set<string>();
  for (;;) {
    let nearest: T[] | undefined;
    for (const queue of queues) {
      if (queue.length > 0 && (!nearest || distance(queue[0]) < distance(nearest[0]))) nearest = queue;
    }
    const next = nearest?.shift();
    if (next === undefined) return merged;
    if (seen.has(`${next.type}:${next.id}`)) continue;
    seen.add(`${next.type}:${next.id}`);
    merged.push(next);
  }
}
