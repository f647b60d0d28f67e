import { beforeAll, describe, expect, it } from 'vitest';
import { seedDemoData } from '../../db/seed/seed';
import { indexAll } from '../../search/sync/index-all';
import type { SearchResponse } from '../../search/types';
import { searchApiResponse } from '../../src/lib/search/api';
import { parseSearchParams } from '../../src/lib/search/params';
import { useTestDatabase } from '../support/database';
import { useTestSearch } from '../support/search';

/**
 * `/api/search` through the function its route calls (an Astro route cannot run in Vitest; the
 * browser tests call the real one), against the demo data in a real PostgreSQL and Meilisearch.
 */
const t = useTestDatabase();
const meili = useTestSearch();

beforeAll(async () => {
  await seedDemoData(t.db);
  await indexAll(t.db, meili.client, meili.prefix);
});

const deps = () => ({ db: t.db, client: meili.client, prefix: meili.prefix, log: console });

async function get(query: string, acceptLanguage: string | null = null): Promise<{ status: number; headers: Headers; body: any }> {
  const response = await searchApiResponse(new URL(`http://indgang.test/api/search?${query}`), acceptLanguage, deps());
  return { status: response.status, headers: response.headers, body: await response.json() };
}

describe('GET /api/search', () => {
  it('answers a search as JSON in the documented shape, not cached', async () => {
    const { status, headers, body } = await get('q=besøgsven');
    expect(status).toBe(200);
    expect(headers.get('cache-control')).toBe('no-store');
    const response = body as SearchResponse;
    expect(response).toMatchObject({ query: 'besøgsven', source: 'meilisearch', page: 1, perPage: 20 });
    expect(response.totalHits).toBeGreaterThanOrEqual(10);
    expect(Object.keys(response.facets).sort()).toEqual(
      ['administration', 'category', 'district', 'free', 'kind', 'lang', 'targetGroup', 'weekday', 'wheelchair'],
    );
    const hit = response.hits.find((h) => h.slug === 'besoegsven-i-valby');
    expect(hit).toMatchObject({
      type: 'activity',
      url: '/aktiviteter/besoegsven-i-valby',
      title: 'Besøgsven i Valby',
      association: 'Valby Besøgstjeneste',
      administration: 'Socialforvaltningen',
      district: 'Valby',
      distanceKm: null,
    });
  });

  it('refuses an unknown district with 400, naming the parameter and a value that works', async () => {
    const { status, body } = await get('q=x&district=Valbyy');
    expect(status).toBe(400);
    expect(body).toEqual({ error: { parameter: 'district', message: "district: ukendt bydel 'Valbyy'. Brug fx valby eller Valby" } });
  });

  it('explains in English to a client that prefers English, or asks for it', async () => {
    const preferred = await get('district=Valbyy', 'en-GB,en;q=0.9,da;q=0.5');
    expect(preferred.body.error.message).toBe("district: unknown district 'Valbyy'. Use e.g. valby or Valby");
    const asked = await get('district=Valbyy&locale=en', 'da');
    expect(asked.body.error.message).toMatch(/^district: unknown district/);
  });

  it('gives labels and links in English for locale=en', async () => {
    const { body } = await get('q=besøgsven&locale=en');
    const response = body as SearchResponse;
    expect(response.hits[0]?.url).toMatch(/^\/en\//);
    expect(response.facets.kind.map((v) => v.label)).toContain('Help for me');
  });

  it('refuses each kind of bad parameter with a message that names it', async () => {
    const cases: [string, string][] = [
      [`q=${'a'.repeat(201)}`, 'q'],
      ['kind=gratis', 'kind'],
      ['weekday=mondag', 'weekday'],
      ['free=måske', 'free'],
      ['lang=dansk', 'lang'],
      ['lat=55.66', 'lng'],
      ['lat=55.66&lng=12.5&radiusKm=80', 'radiusKm'],
      ['postalCode=8000', 'postalCode'],
      ['perPage=51', 'perPage'],
      ['page=0', 'page'],
      ['page=21&perPage=50', 'page'],
      ['targetGroup=ingen', 'targetGroup'],
      ['category=ingen', 'category'],
      ['administration=ingen', 'administration'],
    ];
    for (const [query, parameter] of cases) {
      const { status, body } = await get(query);
      expect(status, query).toBe(400);
      expect(body.error.parameter, query).toBe(parameter);
      expect(body.error.message, query).toMatch(new RegExp(`^${parameter}: `));
    }
  });
});

describe('parseSearchParams', () => {
  const parse = async (query: string) => {
    const parsed = await parseSearchParams(new URLSearchParams(query), 'da', t.db);
    if (!parsed.ok) throw new Error(parsed.message.en);
    return parsed.params;
  };

  it('reads repeated and comma-separated filter values alike, by slug or by name', async () => {
    const repeated = await parse('district=valby&district=Amager Øst');
    const commas = await parse('district=Valby,amager-oest');
    expect(repeated.district).toEqual(['valby', 'amager-oest']);
    expect(commas.district).toEqual(repeated.district);
  });

  it('resolves target groups, categories and administrations by Danish or English name', async () => {
    const params = await parse('targetGroup=Lonely people&category=Rådgivning og samtale&administration=Socialforvaltningen');
    expect(params).toMatchObject({ targetGroup: ['ensomme'], category: ['raadgivning-og-samtale'], administration: ['socialforvaltningen'] });
  });

  it('places a postal code at the centre of its district, 5 km around by default', async () => {
    expect((await parse('postalCode=2500')).near).toEqual({ lat: 55.6612, lng: 12.5034, radiusKm: 5 });
  });

  it('ignores unknown parameters and empty fields, and has defaults', async () => {
    const params = await parse('utm_source=nyhedsbrev&district=&q=  sorg  ');
    expect(params).toEqual({
      q: 'sorg', targetGroup: [], category: [], district: [], administration: [], weekday: [], lang: [], page: 1, perPage: 20, locale: 'da',
    });
  });

  it('reads a search of only signs as browsing, not as a search that matches every listing and person', async () => {
    expect((await parse('q=%')).q).toBe('');
    expect((await parse("q=' * _ --")).q).toBe('');
    expect((await parse('q=%25 kor')).q).toBe('% kor');
  });

  it('reads kind in Danish', async () => {
    expect((await parse('kind=hjælp')).kind).toBe('offer');
    expect((await parse('kind=frivillig')).kind).toBe('volunteer_role');
  });
});

describe('search through the API', () => {
  it('finds only offers for kind=hjælp, and pages through them', async () => {
    const first = (await get('kind=hjælp&perPage=10')).body as SearchResponse;
    const second = (await get('kind=hjælp&perPage=10&page=2')).body as SearchResponse;
    expect(first.hits.every((h) => h.kind === 'offer')).toBe(true);
    expect(first.totalHits).toBeGreaterThan(20);
    expect(second.hits).toHaveLength(10);
    const ids = new Set(first.hits.map((h) => h.id));
    expect(second.hits.some((h) => ids.has(h.id))).toBe(false);
  });

  it('finds near a postal code nearest first, each with its distance', async () => {
    const response = (await get('postalCode=2500&radiusKm=2')).body as SearchResponse;
    expect(response.hits.length).toBeGreaterThan(0);
    const distances = response.hits.map((h) => h.distanceKm ?? Infinity);
    expect(distances.every((d) => d <= 2)).toBe(true);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
  });
});
