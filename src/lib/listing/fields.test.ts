import { describe, expect, it } from 'vitest';
import { allExemptKeys, changedFields, fieldValue, sameValue, withFieldValue } from './fields';
import type { ActivityValues } from './values';

const activity: ActivityValues = {
  kind: 'offer',
  name: 'Gåhold',
  summary: 'Gå en tur.',
  summaryEn: null,
  description: '',
  howToJoin: null,
  eligibility: null,
  isFree: false,
  priceOre: 2000,
  costDescription: 'Kaffe',
  languages: ['da', 'en'],
  minimumAge: null,
  maximumAge: null,
  takesReferrals: false,
  email: null,
  website: null,
  termIds: ['b', 'a'],
  places: [],
  schedules: [{ freq: 'WEEKLY', interval: 1, byday: ['TU', 'FR'], opensAt: '10:00', closesAt: '11:30', validFrom: null, validTo: null, note: null }],
  contacts: [],
};

describe('field values', () => {
  it('gives a one-property field bare and a group as an object', () => {
    expect(fieldValue('activity', activity, 'name')).toBe('Gåhold');
    expect(fieldValue('activity', activity, 'price')).toEqual({ isFree: false, priceOre: 2000, costDescription: 'Kaffe' });
  });

  it('puts a group value back into its properties', () => {
    const free = withFieldValue('activity', activity, 'price', { isFree: true, priceOre: null, costDescription: null });
    expect(free).toMatchObject({ isFree: true, priceOre: null, costDescription: null, name: 'Gåhold' });
    expect(activity.isFree).toBe(false);
  });
});

describe('comparing values', () => {
  it('ignores the order of terms, languages and weekdays, and a missing property against null', () => {
    expect(sameValue(['a', 'b'], ['b', 'a'])).toBe(true);
    expect(sameValue({ byday: ['TU', 'FR'] }, { byday: ['FR', 'TU'] })).toBe(true);
    expect(sameValue({ id: undefined, name: 'x' }, { name: 'x' })).toBe(true);
    expect(sameValue(undefined, null)).toBe(true);
  });

  it('sees a changed time, price or name', () => {
    const later = { ...activity, schedules: [{ ...activity.schedules[0]!, opensAt: '11:00' }], name: 'Gåholdet' };
    expect(changedFields('activity', activity, later)).toEqual(['name', 'schedules']);
    expect(changedFields('activity', activity, { ...activity, termIds: ['a', 'b'], languages: ['en', 'da'] })).toEqual([]);
    expect(changedFields('activity', activity, { ...activity, priceOre: 2500 })).toEqual(['price']);
  });
});

describe('exempt keys', () => {
  it('name every field of both kinds as <kind>.<field>', () => {
    const keys = allExemptKeys();
    expect(keys).toContain('association.phone');
    expect(keys).toContain('activity.schedules');
    expect(keys).toHaveLength(9 + 17);
  });
});
