import { Meilisearch } from 'meilisearch';

/** Creates a Meilisearch client with a short timeout, so that a dead server fails fast. */
export function createSearchClient(url: string, apiKey: string): Meilisearch {
  return new Meilisearch({ host: url, apiKey, timeout: 2_000 });
}

let shared: Meilisearch | undefined;

/** The one search client of this process. */
export function sharedSearchClient(url: string, apiKey: string): Meilisearch {
  shared ??= createSearchClient(url, apiKey);
  return shared;
}
