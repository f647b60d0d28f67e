import { describe, expect, it } from 'vitest';
import { activeFacets, withDisjunctiveFacets, withoutFacet } from './disjunctive';
import type { FacetName, SearchParams, SearchResponse } from './types';

const base: SearchParams = {
  q: 'strik',
  targetGroup: [],
  category: [],
  district: [],
  administration: [],
  weekday: [],
  lang: [],
  page: 2,
  perPage: 20,
  locale: 'da',
};

const emptyFacets = (): SearchResponse['facets'] =>
  Object.fromEntries(
    (['kind', 'targetGroup', 'category', 'district', 'administration', 'weekday', 'free', 'lang', 'wheelchair'] as FacetName[]).map((f) => [f, []]),
  ) as unknown as SearchResponse['facets'];

function response(districtCounts: Record<string, number>, freeCount: number): SearchResponse {
  const facets = emptyFacets();
  facets.district = Object.entries(districtCounts).map(([value, count]) => ({ value, label: value, count }));
  facets.free = [{ value: 'true', label: 'Gratis', count: freeCount }];
  return { query: 'strik', source: 'meilisearch', totalHits: 3, page: 2, perPage: 20, hits: [], facets };
}

describe('disjunctive facets', () => {
  it('knows which facets the reader has chosen', () => {
    expect(activeFacets(base)).toEqual([]);
    expect(activeFacets({ ...base, district: ['valby'], free: false, kind: 'offer' })).toEqual(['kind', 'district', 'free']);
  });

  it('drops only the facet’s own filter, and asks for a single hit', () => {
    const params = { ...base, district: ['valby'], free: true };
    expect(withoutFacet(params, 'district')).toEqual({ ...base, free: true, district: [], page: 1, perPage: 1 });
    expect(withoutFacet(params, 'free')).toEqual({ ...base, district: ['valby'], free: undefined, page: 1, perPage: 1 });
  });

  it('lets a reader who chose Valby still see, and add, Østerbro', async () => {
    const params = { ...base, district: ['valby'], free: true };
    const narrowed = response({ valby: 3 }, 3);
    const asked: SearchParams[] = [];
    const result = await withDisjunctiveFacets(narrowed, params, async (p) => {
      asked.push(p);
      return p.district.length === 0 ? response({ valby: 3, oesterbro: 12 }, 3) : response({ valby: 5 }, 9);
    });
    expect(result.facets.district.map((v) => [v.value, v.count])).toEqual([
      ['valby', 3],
      ['oesterbro', 12],
    ]);
    // The free facet counts within Valby, without its own filter.
    expect(result.facets.free[0]?.count).toBe(9);
    expect(asked).toHaveLength(2);
    expect(result.hits).toBe(narrowed.hits);
  });

  it('makes no extra search when nothing is chosen', async () => {
    const plain = response({ valby: 3 }, 1);
    const result = await withDisjunctiveFacets(plain, base, () => {
      throw new Error('no extra search expected');
    });
    expect(result).toBe(plain);
  });
});
