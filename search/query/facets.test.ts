import { describe, expect, it } from 'vitest';
import type { SearchParams } from '../types';
import { labelFacets } from './facets';
import type { ReferenceData } from './reference';

const reference: ReferenceData = {
  targetGroups: [
    { id: '1', slug: 'ensomme', nameDa: 'Ensomme', nameEn: 'Lonely people' },
    { id: '2', slug: 'aeldre', nameDa: 'Ældre', nameEn: 'Older people' },
  ],
  categories: [],
  districts: [{ id: 'd', slug: 'valby', nameDa: 'Valby', nameEn: 'Valby', postalCodes: ['2500'], lat: 0, lng: 0 }],
  administrations: [],
};

const params = (over: Partial<SearchParams> = {}): SearchParams => ({
  q: '', targetGroup: [], category: [], district: [], administration: [], weekday: [], lang: [], page: 1, perPage: 20, locale: 'da', ...over,
});

describe('labelFacets', () => {
  it('labels values in the response language', () => {
    const counts = { targetGroup: { ensomme: 3, aeldre: 5 }, kind: { volunteer_role: 2, offer: 7 } };
    const da = labelFacets(counts, params(), reference);
    expect(da.kind).toEqual([
      { value: 'offer', label: 'Hjælp til mig', count: 7 },
      { value: 'volunteer_role', label: 'Bliv frivillig', count: 2 },
    ]);
    expect(da.targetGroup.map((v) => v.label)).toEqual(['Ensomme', 'Ældre']);
    const en = labelFacets(counts, params({ locale: 'en' }), reference);
    expect(en.targetGroup.map((v) => v.label)).toEqual(['Lonely people', 'Older people']);
    expect(en.kind[1]?.label).toBe('Become a volunteer');
  });

  it('sorts Danish labels in Danish order: Æ after E', () => {
    const facets = labelFacets({ targetGroup: { aeldre: 1, ensomme: 1 } }, params(), reference);
    expect(facets.targetGroup.map((v) => v.value)).toEqual(['ensomme', 'aeldre']);
  });

  it('keeps weekdays in week order with their names', () => {
    const facets = labelFacets({ weekday: { SU: 1, MO: 4, WE: 2 } }, params(), reference);
    expect(facets.weekday.map((v) => v.label)).toEqual(['mandag', 'onsdag', 'søndag']);
  });

  it('offers only "yes" for free of charge and wheelchair access', () => {
    const facets = labelFacets({ free: { true: 5, false: 3 }, wheelchair: { true: 2 } }, params(), reference);
    expect(facets.free).toEqual([{ value: 'true', label: 'Gratis', count: 5 }]);
    expect(facets.wheelchair).toEqual([{ value: 'true', label: 'Kørestolsvenlig', count: 2 }]);
  });

  it('names languages in the response language', () => {
    expect(labelFacets({ lang: { ar: 2 } }, params(), reference).lang[0]?.label).toBe('Arabisk');
    expect(labelFacets({ lang: { ar: 2 } }, params({ locale: 'en' }), reference).lang[0]?.label).toBe('Arabic');
  });

  it('keeps a chosen value that matched nothing, at 0, so that it can be unchosen', () => {
    const facets = labelFacets({}, params({ district: ['valby'] }), reference);
    expect(facets.district).toEqual([{ value: 'valby', label: 'Valby', count: 0 }]);
    expect(facets.category).toEqual([]);
  });
});
