import type { Meilisearch } from 'meilisearch';
import { sharedSearchClient } from '../../search/client';
import { FacetCache } from '../../search/query/facet-cache';
import { config } from './config/config';

/** The Meilisearch client of the running app (see `db()` for why a missing URL is a wiring error). */
export function searchClient(): Meilisearch {
  const { MEILI_URL, MEILI_MASTER_KEY } = config();
  if (!MEILI_URL || !MEILI_MASTER_KEY) throw new Error('MEILI_URL er ikke sat: start Indgang med "npm start"');
  return sharedSearchClient(MEILI_URL, MEILI_MASTER_KEY);
}

let facetCache: FacetCache | undefined;

/** The facet counts this instance reuses for a few seconds under load (search/query/facet-cache.ts). */
export function searchFacetCache(): FacetCache {
  facetCache ??= new FacetCache();
  return facetCache;
}
