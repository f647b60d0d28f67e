import { describe, expect, it } from 'vitest';
import { searchParams } from '../test-params';
import { filtersFor, listingTypesFor, quote } from './filters';

const params = searchParams;

describe('quote', () => {
  it('keeps a quote or backslash in a value from ending the string', () => {
    expect(quote('valby')).toBe('"valby"');
    expect(quote('a"b\\c')).toBe('"a\\"b\\\\c"');
  });
});

describe('listingTypesFor', () => {
  it('looks in every index for words without filters', () => {
    expect(listingTypesFor(params({ q: 'besøgsven' }))).toEqual(['activity', 'association', 'session', 'contact']);
  });

  it('leaves out contacts and sessions when browsing, and when filtering by target group', () => {
    expect(listingTypesFor(params())).toEqual(['activity', 'association']);
    expect(listingTypesFor(params({ q: 'x', targetGroup: ['ensomme'] }))).toEqual(['activity', 'association']);
  });

  it('looks at sessions for words, topics, districts, administrations and places, also without words', () => {
    expect(listingTypesFor(params({ category: ['raadgivning-og-samtale'] }))).toEqual(['activity', 'association', 'session']);
    expect(listingTypesFor(params({ district: ['valby'] }))).toContain('session');
    expect(listingTypesFor(params({ administration: ['socialforvaltningen'] }))).toContain('session');
    expect(listingTypesFor(params({ near: { lat: 55.66, lng: 12.5, radiusKm: 2 } }))).toContain('session');
  });

  it('leaves out sessions for every filter that only activities answer', () => {
    for (const over of [{ kind: 'offer' as const }, { weekday: ['MO' as const] }, { free: true }, { wheelchair: true }, { lang: ['ar'] }]) {
      expect(listingTypesFor(params({ q: 'rådgivning', ...over })), JSON.stringify(over)).not.toContain('session');
    }
  });

  it('keeps contacts when filtering only by district or administration', () => {
    expect(listingTypesFor(params({ q: 'x', district: ['valby'], administration: ['socialforvaltningen'] }))).toContain('contact');
  });

  it('looks only at activities for filters that only activities have', () => {
    expect(listingTypesFor(params({ q: 'x', kind: 'offer' }))).toEqual(['activity']);
    expect(listingTypesFor(params({ free: true }))).toEqual(['activity']);
    expect(listingTypesFor(params({ weekday: ['MO'] }))).toEqual(['activity']);
  });

  it('leaves out contacts near a place: they have none', () => {
    expect(listingTypesFor(params({ q: 'x', near: { lat: 55.66, lng: 12.5, radiusKm: 2 } }))).toEqual(['activity', 'association', 'session']);
  });
});

describe('filtersFor', () => {
  it('ORs values within a filter and ANDs the filters', () => {
    const p = params({ district: ['valby', 'amager-oest'], kind: 'volunteer_role', free: true, weekday: ['MO'] });
    expect(filtersFor('activity', p)).toEqual([
      'kind IN ["volunteer_role"]',
      'districts IN ["valby", "amager-oest"]',
      'weekdays IN ["MO"]',
      'free = true',
    ]);
  });

  it('gives associations only the filters they have', () => {
    const p = params({ targetGroup: ['ensomme'], administration: ['socialforvaltningen'] });
    expect(filtersFor('association', p)).toEqual(['targetGroups IN ["ensomme"]', 'administration IN ["socialforvaltningen"]']);
    expect(filtersFor('contact', p)).toEqual(['administration IN ["socialforvaltningen"]']);
  });

  it('gives sessions their topics, district, administrations and place, and leaves out the ended ones', () => {
    const p = params({ category: ['raadgivning-og-samtale'], district: ['valby'], administration: ['socialforvaltningen'], near: { lat: 55.66, lng: 12.5, radiusKm: 1 } });
    expect(filtersFor('session', p, 1_000)).toEqual([
      'endsAt > 1000',
      'categories IN ["raadgivning-og-samtale"]',
      'districts IN ["valby"]',
      'administration IN ["socialforvaltningen"]',
      '_geoRadius(55.66, 12.5, 1000)',
    ]);
  });

  it('limits by distance in metres', () => {
    expect(filtersFor('activity', params({ near: { lat: 55.66, lng: 12.5, radiusKm: 2.5 } }))).toEqual(['_geoRadius(55.66, 12.5, 2500)']);
  });
});
