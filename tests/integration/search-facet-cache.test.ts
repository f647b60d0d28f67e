import { beforeAll, describe, expect, it } from 'vitest';
import { seedDemoData } from '../../db/seed/seed';
import { FacetCache } from '../../search/query/facet-cache';
import { search } from '../../search/search';
import { drainBatch } from '../../search/sync/drain';
import { indexAll } from '../../search/sync/index-all';
import { parseSearchParams } from '../../src/lib/search/params';
import { useTestDatabase } from '../support/database';
import { createActivity, createAssociation } from '../support/fixtures';
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

  it('finds an activity as soon as it is indexed, also while the counts of the search are cached', async () => {
    const cache = new FacetCache(60_000);
    expect((await run('q=zebrastrik', cache)).totalHits).toBe(0);
    // The demo data is indexed already (beforeAll); only the new rows are left for the worker.
    await t.db.$client`delete from search_outbox`;
    const association = await createAssociation(t.db);
    const activity = await createActivity(t.db, association, { name: 'Zebrastrik for begyndere' });
    const drain = { db: t.db, client: meili.client, prefix: meili.prefix, batchSize: 100, taskTimeoutMs: 30_000 };
    while ((await drainBatch(drain)) > 0);
    const again = await run('q=zebrastrik', cache);
    // The association is found too: its document names its activities.
    expect(again.hits.map((h) => h.url)).toContain(`/aktiviteter/${activity.slug}`);
    // Counted afresh (a new instance, or 3 s later in the app), the count includes it too.
    expect((await run('q=zebrastrik')).facets.kind).toEqual([expect.objectContaining({ value: 'offer', count: 1 })]);
  });
});
