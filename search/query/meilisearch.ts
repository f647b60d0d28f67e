import type { Meilisearch, MultiSearchResult, SearchResponse as MeiliResponse } from 'meilisearch';
import { FACET_ATTRIBUTES, FACET_NAMES, labelFacets, type FacetCounts } from './facets';
import { toHit, type FoundDoc } from './hits';
import type { ReferenceData } from './reference';
import type { IndexNames } from '../indexes';
import { listingTypesFor } from './filters';
import { federatedRequest, mergeByDistance, nearRequest } from './request';
import type { SearchParams, SearchResponse } from '../types';

/**
 * How long a search may take before the portal answers from PostgreSQL instead. A Meilisearch that
 * is down refuses the connection at once, so this only matters for one that hangs or is overloaded.
 * It is generous on purpose: under a burst of traffic a busy Meilisearch answers in a few hundred
 * milliseconds, while the fallback over 100 000 activities takes seconds; with 1 s, a burst tipped
 * every search into the fallback and throughput collapsed (measured: 7 requests/s at 50 clients).
 */
export const SEARCH_TIMEOUT_MS = 5_000;

export interface MeiliDeps {
  client: Meilisearch;
  names: IndexNames;
  timeoutMs?: number;
}

function facetCounts(distribution: Record<string, Record<string, number>> | undefined): FacetCounts {
  const counts: FacetCounts = {};
  for (const facet of FACET_NAMES) {
    const values = distribution?.[FACET_ATTRIBUTES[facet]];
    if (values) counts[facet] = values;
  }
  return counts;
}

async function federated(deps: MeiliDeps, params: SearchParams, signal: AbortSignal) {
  const response: MeiliResponse<FoundDoc> = await deps.client.multiSearch<ReturnType<typeof federatedRequest>, FoundDoc>(
    federatedRequest(params, deps.names),
    { signal },
  );
  return {
    docs: response.hits,
    totalHits: response.estimatedTotalHits ?? response.totalHits ?? response.hits.length,
    distribution: response.facetsByIndex?.[deps.names.activities]?.distribution,
  };
}

async function near(deps: MeiliDeps, params: SearchParams, signal: AbortSignal) {
  const { results } = await deps.client.multiSearch<ReturnType<typeof nearRequest>, FoundDoc>(nearRequest(params, deps.names), { signal });
  const offset = (params.page - 1) * params.perPage;
  const total = (r: MultiSearchResult<FoundDoc>) => r.estimatedTotalHits ?? r.totalHits ?? r.hits.length;
  const merged = mergeByDistance(results.map((r) => r.hits));
  // Per-index totals overlap when a corrected query ran beside the typed one: the larger is the estimate.
  const types = listingTypesFor(params).length;
  const typed = results.slice(0, types).reduce((sum, r) => sum + total(r), 0);
  const again = results.slice(types).reduce((sum, r) => sum + total(r), 0);
  return {
    docs: merged.slice(offset, offset + params.perPage),
    totalHits: Math.max(typed, again, merged.length),
    distribution: results[0]?.facetDistribution,
  };
}

/**
 * Searches the activities, associations and public contacts in one request to Meilisearch and
 * answers in the shared response shape. Throws the client's errors (unreachable, timed out,
 * refused): the caller decides whether to fall back to PostgreSQL.
 */
export async function searchMeilisearch(deps: MeiliDeps, params: SearchParams, reference: ReferenceData): Promise<SearchResponse> {
  const signal = AbortSignal.timeout(deps.timeoutMs ?? SEARCH_TIMEOUT_MS);
  const { docs, totalHits, distribution } = params.near ? await near(deps, params, signal) : await federated(deps, params, signal);
  return {
    query: params.q,
    source: 'meilisearch',
    totalHits,
    page: params.page,
    perPage: params.perPage,
    hits: docs.map((doc) => toHit(doc, params.locale, reference)),
    facets: labelFacets(facetCounts(distribution), params, reference),
  };
}
