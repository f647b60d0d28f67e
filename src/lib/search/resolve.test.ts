import { describe, expect, it } from 'vitest';
import type { ReferenceData } from '../../../search/query/reference';
import { findItem, postalCodeCentre, resolveValues, slugKey } from './resolve';

const district = (slug: string, name: string, postalCodes: string[], lat: number, lng: number) => ({
  id: slug, slug, nameDa: name, nameEn: name, postalCodes, lat, lng,
});

const data: ReferenceData = {
  districts: [
    district('valby', 'Valby', ['2500'], 55.66, 12.5),
    district('amager-oest', 'Amager Øst', ['2300'], 55.65, 12.6),
    district('amager-vest', 'Amager Vest', ['2300'], 55.65, 12.56),
  ],
  targetGroups: [
    { id: 't1', slug: 'tidligere-anbragte', nameDa: 'Anbragte og tidligere anbragte', nameEn: 'People who are or were in care' },
    { id: 't2', slug: 'ensomme', nameDa: 'Ensomme', nameEn: 'Lonely people' },
  ],
  categories: [],
  administrations: [{ id: 'a1', slug: 'socialforvaltningen', nameDa: 'Socialforvaltningen', nameEn: 'Social Services Administration' }],
};

describe('slugKey', () => {
  it('spells æ, ø and å as Danes do without them', () => {
    expect(slugKey('Amager Øst')).toBe('amager-oest');
    expect(slugKey('Vesterbro/Kongens Enghave')).toBe('vesterbro-kongens-enghave');
  });
});

describe('findItem', () => {
  it('finds a value by slug, Danish name or English name, in any case', () => {
    expect(findItem(data.districts, 'valby')?.slug).toBe('valby');
    expect(findItem(data.districts, 'VALBY')?.slug).toBe('valby');
    expect(findItem(data.districts, 'Amager Øst')?.slug).toBe('amager-oest');
    expect(findItem(data.targetGroups, 'Anbragte og tidligere anbragte')?.slug).toBe('tidligere-anbragte');
    expect(findItem(data.targetGroups, 'lonely people')?.slug).toBe('ensomme');
  });

  it('finds a name typed with o for ø', () => {
    expect(findItem(data.districts, 'amager ost')?.slug).toBe('amager-oest');
  });

  it('finds nothing for a misspelt name', () => {
    expect(findItem(data.districts, 'Valbyy')).toBeUndefined();
  });
});

describe('resolveValues', () => {
  it('gives the slugs of the named values', () => {
    expect(resolveValues(data, 'district', ['Valby', 'amager-oest'])).toEqual({ ok: true, value: ['valby', 'amager-oest'] });
  });

  it('refuses an unknown value and suggests the nearest known one', () => {
    const parsed = resolveValues(data, 'district', ['Valbyy']);
    expect(parsed).toEqual({
      ok: false,
      problem: {
        parameter: 'district',
        message: { da: "district: ukendt bydel 'Valbyy'. Brug fx valby eller Valby", en: "district: unknown district 'Valbyy'. Use e.g. valby or Valby" },
      },
    });
  });
});

describe('postalCodeCentre', () => {
  it('gives the centre of the district of a postal code', () => {
    expect(postalCodeCentre(data, '2500')).toEqual({ ok: true, value: { lat: 55.66, lng: 12.5 } });
  });

  it('gives the point between two districts that share a postal code', () => {
    const parsed = postalCodeCentre(data, '2300');
    expect(parsed.ok && parsed.value.lng).toBeCloseTo(12.58);
  });

  it('refuses a code outside the municipality and one that is not four digits', () => {
    expect(postalCodeCentre(data, '8000').ok).toBe(false);
    expect(postalCodeCentre(data, '250').ok).toBe(false);
  });
});
