import { describe, expect, it } from 'vitest';
import { searchParams } from '../test-params';
import type { SearchParams } from '../types';
import { FacetCache, facetKey } from './facet-cache';

const params = (over: Partial<SearchParams> = {}): SearchParams => searchParams({ q: 'strik', ...over });

describe('facetKey', () => {
  it('is the same for another page or language of the same search', () => {
    expect(facetKey('a', params({ page: 2, perPage: 10, locale: 'en' }))).toBe(facetKey('a', params()));
  });

  it('differs for other words, another filter or another index', () => {
    const key = facetKey('a', params());
    expect(facetKey('a', params({ q: 'strikke' }))).not.toBe(key);
    expect(facetKey('a', params({ district: ['valby'] }))).not.toBe(key);
    expect(facetKey('a', params({ free: true }))).not.toBe(key);
    expect(facetKey('b', params())).not.toBe(key);
  });
});

describe('FacetCache', () => {
  const counts = { district: { valby: 3 } };

  it('gives the counts back until they are older than its time to live', async () => {
    const cache = new FacetCache(3_000);
    cache.set('k', Promise.resolve(counts), 1_000);
    expect(await cache.get('k', 3_999)).toEqual(counts);
    expect(cache.get('k', 4_000)).toBeUndefined();
  });

  it('forgets counts that could not be made, so that the next search asks again', async () => {
    const cache = new FacetCache();
    const failed = Promise.reject(new Error('Meilisearch timed out'));
    cache.set('k', failed, 0);
    await expect(failed).rejects.toThrow();
    await Promise.resolve();
    expect(cache.get('k', 1)).toBeUndefined();
  });

  it('drops the oldest search when full', () => {
    const cache = new FacetCache(3_000, 2);
    cache.set('a', Promise.resolve(counts), 0);
    cache.set('b', Promise.resolve(counts), 0);
    cache.set('c', Promise.resolve(counts), 0);
    expect(cache.get('a', 1)).toBeUndefined();
    expect(cache.get('b', 1)).toBeDefined();
    expect(cache.get('c', 1)).toBeDefined();
  });
});
