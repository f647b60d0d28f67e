import { describe, expect, it } from 'vitest';
import { describeValue, type ValueNames } from './render';

const names: ValueNames = {
  terms: new Map([
    ['t1', { da: 'Ældre', en: 'Older people' }],
    ['t2', { da: 'Ensomme', en: 'Lonely people' }],
  ]),
  districts: new Map([['d1', 'Valby']]),
};

describe('a field value in words', () => {
  it('writes schedules as sentences', () => {
    const rule = { freq: 'WEEKLY', interval: 2, byday: ['WE'], opensAt: '14:00', closesAt: '16:00', validFrom: null, validTo: null, note: null };
    expect(describeValue('da', 'activity', 'schedules', [rule], names)).toEqual(['Hver anden onsdag kl. 14.00–16.00']);
  });

  it('writes prices in kroner, or free', () => {
    expect(describeValue('da', 'activity', 'price', { isFree: false, priceOre: 2050, costDescription: 'pr. gang' }, names)).toEqual(['20,50 kr.', 'pr. gang']);
    expect(describeValue('en', 'activity', 'price', { isFree: true, priceOre: null, costDescription: null }, names)).toEqual(['Free']);
  });

  it('names terms and districts, and marks internal contacts and new places', () => {
    expect(describeValue('da', 'activity', 'terms', ['t1', 't2'], names)).toEqual(['Ensomme', 'Ældre']);
    expect(describeValue('da', 'association', 'district', 'd1', names)).toEqual(['Valby']);
    const contact = { name: 'Kim', title: 'Formand', email: null, phone: '12345678', visibility: 'internal' };
    expect(describeValue('da', 'activity', 'contacts', [contact], names)).toEqual(['Kim, Formand, 12345678 (kun for kommunen)']);
    const place = { name: 'Huset', address: 'Vej 1', postalCode: '2500', city: 'Valby', districtId: 'd1', latitude: 1, longitude: 2, wheelchairAccessible: true, accessibilityNote: null };
    expect(describeValue('da', 'activity', 'places', [place], names)).toEqual(['Huset, Vej 1, 2500 Valby, Valby (kørestolsvenlig; nyt sted)']);
  });

  it('says "(ingen)" for an empty value, and yes or no for a choice', () => {
    expect(describeValue('da', 'association', 'phone', null, names)).toEqual(['(ingen)']);
    expect(describeValue('da', 'activity', 'contacts', [], names)).toEqual(['(ingen)']);
    expect(describeValue('da', 'activity', 'takesReferrals', true, names)).toEqual(['Ja']);
    expect(describeValue('da', 'activity', 'ages', { minimumAge: 60, maximumAge: null }, names)).toEqual(['Fra 60 år']);
    expect(describeValue('da', 'activity', 'status', 'published', names)).toEqual(['Offentliggjort']);
  });
});
