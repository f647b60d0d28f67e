import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { activities } from '../../db/schema';
import { searchPostgres } from '../../search/fallback/postgres';
import { search } from '../../search/search';
import { indexAll } from '../../search/sync/index-all';
import type { SearchParams } from '../../search/types';
import { createActivity, createAssociation } from '../support/fixtures';
import { useTestDatabase } from '../support/database';
import { useTestSearch } from '../support/search';

const t = useTestDatabase();
const meili = useTestSearch();

const params = (over: Partial<SearchParams> = {}): SearchParams => ({
  q: '', targetGroup: [], category: [], district: [], administration: [], weekday: [], lang: [], page: 1, perPage: 20, locale: 'da', ...over,
});

let stale: string;
let fresh: string;
let staleButBetter: string;

beforeAll(async () => {
  const association = await createAssociation(t.db);
  // The stale one would win without the rule: it is an offer (kindRank 0, the fresh one is a
  // volunteer role) and names the word in its summary too.
  stale = (
    await createActivity(t.db, association, {
      slug: 'vaevestue-gammel',
      name: 'Vævestue Quillby',
      summary: 'Vævestue Quillby for alle, der vil lære at væve.',
      kind: 'offer',
      staleSince: new Date(),
    })
  ).slug;
  fresh = (
    await createActivity(t.db, association, {
      slug: 'vaevestue-frisk',
      name: 'Vævestue Quillby',
      summary: 'Kom og lær at væve sammen med andre.',
      kind: 'volunteer_role',
    })
  ).slug;
  // A stale listing that answers more of the query still comes first.
  staleButBetter = (
    await createActivity(t.db, association, {
      slug: 'vaevestue-mandag',
      name: 'Vævestue Quillby mandag',
      summary: 'Vævestue hver mandag.',
      kind: 'offer',
      staleSince: new Date(),
    })
  ).slug;
  await indexAll(t.db, meili.client, meili.prefix);
});

describe('a stale listing in search', () => {
  it('ranks below a fresh one that matches as well, in Meilisearch', async () => {
    const response = await search({ db: t.db, client: meili.client, prefix: meili.prefix }, params({ q: 'quillby' }));
    expect(response.source).toBe('meilisearch');
    const slugs = response.hits.map((h) => h.slug);
    expect(slugs.indexOf(fresh)).toBeLessThan(slugs.indexOf(stale));
  });

  it('ranks below a fresh one that matches as well, in the PostgreSQL fallback', async () => {
    const slugs = (await searchPostgres(t.db, params({ q: 'quillby' }))).hits.map((h) => h.slug);
    expect(slugs).toContain(stale);
    expect(slugs.indexOf(fresh)).toBeLessThan(slugs.indexOf(stale));
  });

  it('still comes first when it answers more of the query, in both engines', async () => {
    const ms = await search({ db: t.db, client: meili.client, prefix: meili.prefix }, params({ q: 'quillby mandag' }));
    const pg = await searchPostgres(t.db, params({ q: 'quillby mandag' }));
    // Among the activities (the association, which names all its activities, answers both words too).
    const first = (r: typeof ms) => r.hits.find((h) => h.type === 'activity')?.slug;
    expect(first(ms)).toBe(staleButBetter);
    expect(first(pg)).toBe(staleButBetter);
  });

  it('ranks by its match again once confirmed and reindexed (so the tests above can fail)', async () => {
    await t.db.update(activities).set({ staleSince: null }).where(eq(activities.slug, stale));
    await indexAll(t.db, meili.client, meili.prefix);
    const slugs = (await search({ db: t.db, client: meili.client, prefix: meili.prefix }, params({ q: 'quillby' }))).hits.map((h) => h.slug);
    expect(slugs.indexOf(stale)).toBeLessThan(slugs.indexOf(fresh));
    const fallback = (await searchPostgres(t.db, params({ q: 'quillby' }))).hits.map((h) => h.slug);
    expect(fallback.indexOf(stale)).toBeLessThan(fallback.indexOf(fresh));
  });
});
