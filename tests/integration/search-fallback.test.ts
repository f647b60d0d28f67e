import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { activities } from '../../db/schema';
import { seedDemoData } from '../../db/seed/seed';
import { createSearchClient } from '../../search/client';
import { fold } from '../../search/query/fold';
import { searchPostgres } from '../../search/fallback/postgres';
import { search, type SearchLogger } from '../../search/search';
import { indexAll } from '../../search/sync/index-all';
import type { SearchParams, SearchResponse } from '../../search/types';
import { freePort } from '../../src/runtime/ports';
import { useTestDatabase } from '../support/database';
import { useTestSearch } from '../support/search';

const t = useTestDatabase();
const meili = useTestSearch();

beforeAll(async () => {
  await seedDemoData(t.db);
  await indexAll(t.db, meili.client, meili.prefix);
});

const params = (over: Partial<SearchParams> = {}): SearchParams => ({
  q: '', targetGroup: [], category: [], district: [], administration: [], weekday: [], lang: [], page: 1, perPage: 20, locale: 'da', ...over,
});

/** A logger that keeps what it was told, so a test can see that the fallback was reported. */
function recordingLogger(): SearchLogger & { lines: string[] } {
  const lines: string[] = [];
  return { lines, warn: (_details, message) => lines.push(`warn ${message}`), error: (_details, message) => lines.push(`error ${message}`) };
}

/** Facets without their order and labels, for comparing the two engines' counts. */
const counts = (response: SearchResponse) =>
  Object.fromEntries(Object.entries(response.facets).map(([name, values]) => [name, Object.fromEntries(values.map((v) => [v.value, v.count]))]));

describe('search while Meilisearch is down', () => {
  it('answers from PostgreSQL in the same shape, and says so in the log', async () => {
    // Nothing listens on a port that was free a moment ago: the connection is refused.
    const dead = createSearchClient(`http://127.0.0.1:${await freePort()}`, meili.key);
    const log = recordingLogger();
    const down = await search({ db: t.db, client: dead, prefix: meili.prefix, log }, params({ q: 'sorggruppe' }));
    const up = await search({ db: t.db, client: meili.client, prefix: meili.prefix, log }, params({ q: 'sorggruppe' }));

    expect(down.source).toBe('postgres');
    expect(up.source).toBe('meilisearch');
    expect(Object.keys(down).sort()).toEqual(Object.keys(up).sort());
    expect(Object.keys(down.facets).sort()).toEqual(Object.keys(up.facets).sort());
    expect(Object.keys(down.hits[0]!).sort()).toEqual(Object.keys(up.hits[0]!).sort());
    expect(down.hits.map((h) => h.slug)).toContain('sorggruppe-for-unge');
    expect(log.lines).toEqual(['warn Meilisearch svarer ikke; søgningen bruger PostgreSQL']);
  });

  it('answers from PostgreSQL while the indexes do not exist yet', async () => {
    const log = recordingLogger();
    const response = await search({ db: t.db, client: meili.client, prefix: `${meili.prefix}none_`, log }, params({ q: 'gåhold' }));
    expect(response.source).toBe('postgres');
    expect(response.hits[0]?.slug).toMatch(/^gaahold-/);
  });

  it('does not show what is not published', async () => {
    await t.db.update(activities).set({ status: 'paused' }).where(eq(activities.slug, 'demenskor-i-vanloese'));
    try {
      const response = await searchPostgres(t.db, params({ q: 'demenskor' }));
      expect(response.hits.map((h) => h.slug)).not.toContain('demenskor-i-vanloese');
    } finally {
      await t.db.update(activities).set({ status: 'published' }).where(eq(activities.slug, 'demenskor-i-vanloese'));
    }
  });
});

describe('the PostgreSQL fallback', () => {
  it('counts the same facets as Meilisearch when browsing, filtering and searching', async () => {
    for (const p of [
      params(),
      params({ district: ['valby', 'amager-oest'] }),
      params({ kind: 'offer', free: true }),
      params({ weekday: ['SA', 'SU'], targetGroup: ['boern-og-familier'] }),
      params({ wheelchair: true, lang: ['en'] }),
      params({ near: { lat: 55.6612, lng: 12.5034, radiusKm: 3 } }),
    ]) {
      const down = createSearchClient(`http://127.0.0.1:${await freePort()}`, meili.key);
      const pg = await search({ db: t.db, client: down, prefix: meili.prefix, log: recordingLogger() }, p);
      const ms = await search({ db: t.db, client: meili.client, prefix: meili.prefix }, p);
      expect(pg.source).toBe('postgres');
      expect(ms.source).toBe('meilisearch');
      expect(pg.facets.kind.length, JSON.stringify(p)).toBeGreaterThan(0);
      expect(counts(pg), JSON.stringify(p)).toEqual(counts(ms));
      expect(pg.totalHits, JSON.stringify(p)).toBe(ms.totalHits);
    }
  });

  it('counts kinds as the database has them', async () => {
    const response = await searchPostgres(t.db, params());
    const rows = await t.db.$client<{ kind: string; n: number }[]>`
      select a.kind::text, count(*)::int as n from activities a join associations s on s.id = a.association_id
      where a.status = 'published' and s.status = 'published' group by a.kind`;
    expect(Object.fromEntries(response.facets.kind.map((v) => [v.value, v.count]))).toEqual(Object.fromEntries(rows.map((r) => [r.kind, r.n])));
    expect(response.facets.kind.map((v) => v.label)).toEqual(['Hjælp til mig', 'Bliv frivillig']);
  });

  it('pages through the same list without gaps or repeats', async () => {
    const all = await searchPostgres(t.db, params({ q: 'frivillig', perPage: 50 }));
    const pages = [await searchPostgres(t.db, params({ q: 'frivillig', perPage: 10, page: 1 })), await searchPostgres(t.db, params({ q: 'frivillig', perPage: 10, page: 2 }))];
    expect(pages.flatMap((p) => p.hits.map((h) => h.id))).toEqual(all.hits.slice(0, 20).map((h) => h.id));
    expect(pages[1]?.totalHits).toBe(all.totalHits);
  });

  it('sorts near a place by distance and keeps within the radius', async () => {
    const response = await searchPostgres(t.db, params({ near: { lat: 55.657, lng: 12.609, radiusKm: 1.5 }, perPage: 50 }));
    const distances = response.hits.map((h) => h.distanceKm!);
    expect(distances.length).toBeGreaterThan(0);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    expect(Math.max(...distances)).toBeLessThanOrEqual(1.5);
  });

  it('folds text in SQL exactly as in TypeScript', async () => {
    const samples = ['Børnefamilier', 'BOERN', 'Ålekistevej', 'Strikkecafé', 'Æblehaven', 'Aarhus', 'Sønder Boulevard 12, st.'];
    const rows = await t.db.$client<{ folded: string }[]>`select indgang_fold(s) as folded from unnest(${samples}::text[]) with ordinality as u(s, i) order by i`;
    expect(rows.map((r) => r.folded)).toEqual(samples.map(fold));
  });
});

describe('facet counts once a filter is chosen', () => {
  const dead = async () => createSearchClient(`http://127.0.0.1:${await freePort()}`, meili.key);

  for (const engine of ['meilisearch', 'postgres'] as const) {
    it(`still offers the other districts, with counts, after Valby is chosen (${engine})`, async () => {
      const client = engine === 'meilisearch' ? meili.client : await dead();
      const deps = { db: t.db, client, prefix: meili.prefix, log: recordingLogger() };
      const all = await search(deps, params({ q: 'besøgsven' }));
      const valby = await search(deps, params({ q: 'besøgsven', district: ['valby'] }));
      expect(valby.source).toBe(engine);

      // The district facet counts as if no district were chosen, so another can be added.
      expect(counts(valby).district).toEqual(counts(all).district);
      expect(Object.keys(counts(valby).district!).length).toBeGreaterThan(1);
      // Other facets count within Valby: no more activities than Valby's own count.
      const valbyActivities = counts(all).district!.valby!;
      for (const value of valby.facets.kind) expect(value.count).toBeLessThanOrEqual(valbyActivities);
      expect(valby.facets.kind.reduce((sum, v) => sum + v.count, 0)).toBe(valbyActivities);
    });
  }
});
