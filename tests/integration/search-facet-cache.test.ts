import { beforeAll, describe, expect, it } from 'vitest';
import { seedDemoData } from '../../db/seed/seed';
import { FacetCache } from '../../search/query/facet-cache';
import { search } from '../../search/search';
import { indexAll } from '../../search/sync/index-all';
import { parseSearchParams } from '../../src/lib/search/params';
import { useTestDatabase } from '../support/database';
import { useTestSearch } from '../support/search';

/**
 * The running app reuses facet counts for a few seconds (search/query/facet-cache.ts): a reader
 * must not see other results or other counts because of it, on the first search or the next.
 */
const t = useTestDatabase();
const meili = useTestSearch();

beforeAll(async () => {
  await seedDemoData(t.db);
  await indexAll(t.db, meili.client, meili.prefix);
});

async function run(query: string, facetCache?: FacetCache) {
  const parsed = await parseSearchParams(new URLSearchParams(query), 'da', t.db);
  if (!parsed.ok) throw new Error(parsed.message.en);
  return search({ db: t.db, client: meili.client, prefix: meili.prefix, log: console, facetCache }, parsed.params);
}

describe('search with a facet cache', () => {
  const queries = ['q=besøgsven', 'q=besøgsven&page=2&perPage=5', 'district=valby&free=true', 'q=ensom&weekday=TU&weekday=WE', 'q=&lat=55.67&lng=12.52&radiusKm=3'];

  it.each(queries)('answers %s as without it, the first time and again', async (query) => {
    const cache = new FacetCache(60_000);
    const fresh = await run(query);
    expect(fresh.source).toBe('meilisearch');
    expect(await run(query, cache)).toEqual(fresh);
    expect(await run(query, cache)).toEqual(fresh);
  });

  it('gives another page of a search its own hits with the counts of the first', async () => {
    const cache = new FacetCache(60_000);
    const first = await run('q=besøgsven&perPage=5', cache);
    const second = await run('q=besøgsven&perPage=5&page=2', cache);
    expect(second.facets).toEqual(first.facets);
    expect(second.hits.map((h) => h.url)).toEqual((await run('q=besøgsven&perPage=5&page=2')).hits.map((h) => h.url));
    expect(second.hits[0]?.url).not.toBe(first.hits[0]?.url);
  });
});
