import type { Meilisearch } from 'meilisearch';
import { sharedSearchClient } from '../../search/client';
import { config } from './config/config';

/** The Meilisearch client of the running app (see `db()` for why a missing URL is a wiring error). */
export function searchClient(): Meilisearch {
  const { MEILI_URL, MEILI_MASTER_KEY } = config();
  if (!MEILI_URL || !MEILI_MASTER_KEY) throw new Error('MEILI_URL er ikke sat: start Indgang med "npm start"');
  return sharedSearchClient(MEILI_URL, MEILI_MASTER_KEY);
}
