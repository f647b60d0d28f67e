import type { Meilisearch, MultiSearchResult, SearchResponse as MeiliResponse } from 'meilisearch';
import { facetKey, type FacetCache } from './facet-cache';
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
  /** Recent facet counts to reuse (the running app's); without it every search counts afresh. */
  facetCache?: FacetCache;
}

function facetCounts(distribution: Record<string, Record<string, number>> | undefined): FacetCounts {
  const counts: FacetCounts = {};
  for (const facet of FACET_NAMES) {
    const values = distribution?.[FACET_ATTRIBUTES[facet]];
    if (values) counts[facet] = values;
  }
  return counts;
}

async function federated(deps: MeiliDeps, params: SearchParams, signal: AbortSignal, withFacets: boolean) {
  const response: MeiliResponse<FoundDoc> = await deps.client.multiSearch<ReturnType<typeof federatedRequest>, FoundDoc>(
    federatedRequest(params, deps.names, withFacets),
    { signal },
  );
  return {
    docs: response.hits,
    totalHits: response.estimatedTotalHits ?? response.totalHits ?? response.hits.length,
    distribution: response.facetsByIndex?.[deps.names.activities]?.distribution,
  };
}

async function near(deps: MeiliDeps, params: SearchParams, signal: AbortSignal, withFacets: boolean) {
  const { results } = await deps.client.multiSearch<ReturnType<typeof nearRequest>, FoundDoc>(nearRequest(params, deps.names, withFacets), {
    signal,
  });
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
 *
 * With a facet cache, counts of the same search made in the last seconds are reused and only the
 * hits are asked for. `facetsOnly` is for the widened searches of disjunctive facets, which need
 * nothing but the counts: with the counts cached they ask Meilisearch nothing at all (their
 * answer then has no hits and a total of 0).
 */
export async function searchMeilisearch(
  deps: MeiliDeps,
  params: SearchParams,
  reference: ReferenceData,
  options: { facetsOnly?: boolean } = {},
): Promise<SearchResponse> {
  const key = deps.facetCache ? facetKey(deps.names.activities, params) : undefined;
  const cached = key === undefined ? undefined : deps.facetCache?.get(key);
  const answer = (counts: FacetCounts, totalHits: number, docs: FoundDoc[]): SearchResponse => ({
    query: params.q,
    source: 'meilisearch',
    totalHits,
    page: params.page,
    perPage: params.perPage,
    hits: docs.map((doc) => toHit(doc, params.locale, reference)),
    facets: labelFacets(counts, params, reference),
  });
  if (cached && options.facetsOnly) return answer(await cached, 0, []);

  const signal = AbortSignal.timeout(deps.timeoutMs ?? SEARCH_TIMEOUT_MS);
  const found = params.near ? near(deps, params, signal, !cached) : federated(deps, params, signal, !cached);
  if (key !== undefined && !cached) deps.facetCache?.set(key, found.then((f) => facetCounts(f.distribution)));
  const { docs, totalHits, distribution } = await found;
  return answer(cached ? await cached : facetCounts(distribution), totalHits, docs);
}
