import type { FacetName, SearchParams, SearchResponse } from './types';

/** The facets whose filter is in use, with the params field that holds it. */
const FILTER_OF: Record<FacetName, keyof SearchParams> = {
  kind: 'kind',
  targetGroup: 'targetGroup',
  category: 'category',
  district: 'district',
  administration: 'administration',
  weekday: 'weekday',
  free: 'free',
  lang: 'lang',
  wheelchair: 'wheelchair',
};

/** Facets the reader has chosen a value of. */
export function activeFacets(params: SearchParams): FacetName[] {
  return (Object.keys(FILTER_OF) as FacetName[]).filter((facet) => {
    const value = params[FILTER_OF[facet]];
    return Array.isArray(value) ? value.length > 0 : value !== undefined;
  });
}

/** The same search without one facet's own filter (and only one hit: just its counts are wanted). */
export function withoutFacet(params: SearchParams, facet: FacetName): SearchParams {
  const field = FILTER_OF[facet];
  const cleared = Array.isArray(params[field]) ? [] : undefined;
  return { ...params, [field]: cleared, page: 1, perPage: 1 };
}

/**
 * Gives each chosen facet the counts it would have without its own filter, so that a reader who
 * ticked Valby still sees "Østerbro (12)" and can add it (values within a facet are ORed), while the
 * other facets keep counting within every chosen filter. One extra search per chosen facet, run
 * side by side; none when nothing is chosen.
 */
export async function withDisjunctiveFacets(
  response: SearchResponse,
  params: SearchParams,
  run: (params: SearchParams) => Promise<SearchResponse>,
): Promise<SearchResponse> {
  const active = activeFacets(params);
  if (active.length === 0) return response;
  const widened = await Promise.all(active.map((facet) => run(withoutFacet(params, facet))));
  const facets = { ...response.facets };
  active.forEach((facet, i) => {
    facets[facet] = widened[i]!.facets[facet];
  });
  return { ...response, facets };
}
