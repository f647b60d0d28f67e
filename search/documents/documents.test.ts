import { describe, expect, it } from 'vitest';
import { activityDoc } from './activities';
import { associationDoc } from './associations';
import { activityRow } from './sample-rows';

describe('activityDoc', () => {
  it('takes districts from its places, the map point from the first place', () => {
    const doc = activityDoc(activityRow());
    expect(doc.districts).toEqual(['vesterbro', 'valby']);
    expect(doc.districtNames).toEqual(['Vesterbro', 'Valby']);
    expect(doc._geo).toEqual({ lat: 55.66, lng: 12.51 });
  });

  it("falls back to the association's district, and to city-wide without one", () => {
    expect(activityDoc(activityRow({ places: [] })).districts).toEqual(['valby']);
    const cityWide = activityDoc(activityRow({ places: [], owner_district: null, owner_district_name: null }));
    expect(cityWide.districts).toEqual([]);
    expect(cityWide).not.toHaveProperty('_geo');
  });

  it('lists weekdays Monday first and counts wheelchair access at any of its places', () => {
    const doc = activityDoc(activityRow());
    expect(doc.weekdays).toEqual(['MO', 'TH']);
    expect(doc.wheelchair).toBe(true);
    expect(activityDoc(activityRow({ places: [] })).wheelchair).toBe(false);
  });

  it('carries the English labels, so that English queries find Danish listings', () => {
    const doc = activityDoc(activityRow());
    expect(doc.targetGroupNamesEn).toEqual(['Lonely people']);
    expect(doc.categoryNamesEn).toEqual(['Company and networks']);
    expect(doc.summaryEn).toBe('A volunteer visits you at home.');
  });

  it('writes out compound parts (words already in its texts are not repeated) and the spellings without æøå', () => {
    const doc = activityDoc(activityRow());
    expect(doc.keywords).toEqual(expect.arrayContaining(['besøg', 'venner', 'ven']));
    expect(doc.keywords).not.toContain('besøgsvenner');
    expect(doc.folded.split(' ')).toEqual(expect.arrayContaining(['besogsvenner', 'besoegsvenner', 'aeldre', 'besog']));
  });

  it('gives the last verification as epoch milliseconds and a Danish sort key', () => {
    const doc = activityDoc(activityRow());
    expect(doc.lastVerifiedAt).toBe(Date.parse('2025-03-01T10:00:00Z'));
    expect(activityDoc(activityRow({ last_verified_at: null })).lastVerifiedAt).toBeNull();
    expect(doc.sortName).toMatch(/^[a-z0-9 ]+$/);
  });

  it('marks a listing the freshness job found stale, so that it ranks below fresh ones', () => {
    expect(activityDoc(activityRow()).staleRank).toBe(0);
    expect(activityDoc(activityRow({ stale: true })).staleRank).toBe(1);
  });
});

describe('associationDoc', () => {
  it('lists its own district first, then the districts of its places, each once', () => {
    const doc = associationDoc({
      id: '00000000-0000-4000-8000-000000000002',
      slug: 'ældre-sagen',
      name: 'Ældre Sagen',
      description: '',
      stale: false,
      administration: 'sof',
      administration_name: 'Socialforvaltningen',
      administration_name_en: 'Social Services',
      own_district: 'valby',
      own_district_name: 'Valby',
      terms: [],
      activity_names: ['Strikkecafé'],
      places: activityRow().places,
    });
    expect(doc.districts).toEqual(['valby', 'vesterbro']);
    expect(doc.keywords).toEqual(expect.arrayContaining(['strikke', 'café', 'cafe']));
  });
});
