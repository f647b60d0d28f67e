import { describe, expect, it } from 'vitest';
import { indexNames } from '../indexes';
import type { SearchParams } from '../types';
import { federatedRequest, mergeByDistance, nearRequest } from './request';

const names = indexNames('t_');
const params = (over: Partial<SearchParams> = {}): SearchParams => ({
  q: '', targetGroup: [], category: [], district: [], administration: [], weekday: [], lang: [], page: 2, perPage: 10, locale: 'da', ...over,
});

describe('federatedRequest', () => {
  it('pages the merged list and counts facets over the activities', () => {
    const request = federatedRequest(params({ q: 'sorg' }), names);
    expect(request.federation).toMatchObject({ offset: 10, limit: 10 });
    expect(Object.keys(request.federation.facetsByIndex ?? {})).toEqual(['t_activities']);
    expect(request.queries.map((q) => [q.indexUid, q.federationOptions?.weight])).toEqual([
      ['t_activities', 1],
      ['t_associations', 1],
      ['t_sessions', 1],
      ['t_contacts', 0.6],
    ]);
    expect(request.queries[0]).toMatchObject({ q: 'sorg', locales: ['dan'] });
    expect(request.queries[0]?.sort).toBeUndefined();
  });

  it('searches a misspelt need as corrected too, counting a little less', () => {
    const request = federatedRequest(params({ q: 'indkøbsbuss' }), names);
    expect(request.queries.map((q) => [q.indexUid, q.q, q.federationOptions?.weight])).toEqual([
      ['t_activities', 'indkøbsbuss', 1],
      ['t_associations', 'indkøbsbuss', 1],
      ['t_sessions', 'indkøbsbuss', 1],
      ['t_contacts', 'indkøbsbuss', 0.6],
      ['t_activities', 'indkøbsbus', 0.9],
      ['t_associations', 'indkøbsbus', 0.9],
      ['t_sessions', 'indkøbsbus', 0.9],
    ]);
  });

  it('sorts by name when browsing without words', () => {
    expect(federatedRequest(params(), names).queries.map((q) => q.sort)).toEqual([['sortName:asc'], ['sortName:asc']]);
    expect(federatedRequest(params({ district: ['valby'] }), names).queries.map((q) => q.sort)).toEqual([
      ['sortName:asc'],
      ['sortName:asc'],
      ['sortName:asc'],
    ]);
  });

  it('asks the sessions index only for what a session hit needs, and only sessions that have not ended', () => {
    const sessions = federatedRequest(params({ q: 'pårørende' }), names).queries.find((q) => q.indexUid === 't_sessions');
    expect(sessions?.attributesToRetrieve).toEqual(expect.arrayContaining(['topic', 'when', 'hostNames', 'online']));
    expect(sessions?.attributesToRetrieve).not.toContain('folded');
    expect(sessions?.filter?.[0]).toMatch(/^endsAt > \d+$/);
  });
});

describe('nearRequest', () => {
  it('asks each index for its nearest hits up to the end of the page', () => {
    const request = nearRequest(params({ near: { lat: 55.66, lng: 12.5, radiusKm: 3 } }), names);
    expect(request.queries.map((q) => [q.indexUid, q.offset, q.limit])).toEqual([
      ['t_activities', 0, 20],
      ['t_associations', 0, 20],
      ['t_sessions', 0, 20],
    ]);
    expect(request.queries[0]?.sort).toEqual(['_geoPoint(55.66, 12.5):asc']);
  });
});

describe('mergeByDistance', () => {
  it('merges lists sorted by distance into one, nearest first', () => {
    const a = [{ type: 'activity', id: 'a1', _geoDistance: 10 }, { type: 'activity', id: 'a2', _geoDistance: 500 }];
    const b = [{ type: 'association', id: 'b1', _geoDistance: 219 }, { type: 'association', id: 'b2', _geoDistance: 4000 }];
    expect(mergeByDistance([a, b]).map((h) => h.id)).toEqual(['a1', 'b1', 'a2', 'b2']);
  });

  it('keeps a hit found by two queries once', () => {
    const typed = [{ type: 'activity', id: 'a1', _geoDistance: 10 }];
    const corrected = [{ type: 'activity', id: 'a1', _geoDistance: 10 }, { type: 'activity', id: 'a2', _geoDistance: 20 }];
    expect(mergeByDistance([typed, corrected]).map((h) => h.id)).toEqual(['a1', 'a2']);
  });
});
