import { describe, expect, it } from 'vitest';
import type { ActivityDoc, ContactDoc } from '../types';
import { sessionDoc } from '../documents/sessions';
import { sessionRow } from '../documents/sample-rows';
import { toHit, shorten } from './hits';
import type { ReferenceData } from './reference';

const reference: ReferenceData = {
  targetGroups: [],
  categories: [],
  districts: [{ id: 'd', slug: 'valby', nameDa: 'Valby', nameEn: 'Valby', postalCodes: ['2500'], lat: 0, lng: 0 }],
  administrations: [{ id: 'a', slug: 'socialforvaltningen', nameDa: 'Socialforvaltningen', nameEn: 'Social Services Administration' }],
};

const activity = {
  id: 'a1', type: 'activity', slug: 'besoegsven-i-valby', name: 'Besøgsven i Valby',
  summary: 'En frivillig besøger dig hjemme.', summaryEn: 'A volunteer visits you at home.', kind: 'offer',
  associationName: 'Valby Besøgstjeneste', administrationName: 'Socialforvaltningen', administrationNameEn: 'Social Services Administration',
  districtNames: ['Valby'], _geo: { lat: 55.66, lng: 12.5 },
} as ActivityDoc;

const contact: ContactDoc = {
  id: 'c1', type: 'contact', kindRank: 1, staleRank: 0, name: 'Mette Holm', title: 'Formand', email: 'mette@valby.example.dk', phone: null,
  associationName: 'Valby Besøgstjeneste', associationSlug: 'valby-besoegstjeneste', activityName: null, activitySlug: null,
  administration: 'socialforvaltningen', districts: ['valby'], folded: '',
};

describe('toHit', () => {
  it('links an activity to its page in the response language and uses its English summary in English', () => {
    expect(toHit(activity, 'da', reference)).toMatchObject({ url: '/aktiviteter/besoegsven-i-valby', snippet: 'En frivillig besøger dig hjemme.' });
    expect(toHit(activity, 'en', reference)).toMatchObject({
      url: '/en/aktiviteter/besoegsven-i-valby',
      snippet: 'A volunteer visits you at home.',
      administration: 'Social Services Administration',
    });
  });

  it('gives the distance in kilometres with one decimal', () => {
    expect(toHit({ ...activity, _geoDistance: 1234 }, 'da', reference).distanceKm).toBe(1.2);
    expect(toHit(activity, 'da', reference).distanceKm).toBeNull();
  });

  it('links a contact without an activity to the contacts of its association', () => {
    const hit = toHit(contact, 'en', reference);
    expect(hit).toMatchObject({ url: '/en/foreninger/valby-besoegstjeneste#kontakter', district: 'Valby', administration: 'Social Services Administration' });
    expect(hit.snippet).toBe('Formand · Valby Besøgstjeneste · mette@valby.example.dk');
  });

  it('links a contact of an activity to that activity', () => {
    expect(toHit({ ...contact, activitySlug: 'x', activityName: 'X' }, 'da', reference).url).toBe('/aktiviteter/x');
  });
});

describe('toHit of an advisory session', () => {
  it('links to the session page, with its topic, date, hosts and district', () => {
    expect(toHit(sessionDoc(sessionRow()), 'da', reference)).toMatchObject({
      type: 'session',
      url: '/raadgivning/raadgivning-for-paaroerende-2026-12-01',
      title: 'Rådgivning for pårørende',
      when: ['tirsdag 1. december 2026 kl. 16.00–18.00'],
      association: 'Socialforvaltningen, Sundheds- og Omsorgsforvaltningen, Valby Besøgstjeneste',
      administration: 'Socialforvaltningen',
      district: 'Valby',
      online: true,
      geo: { lat: 55.6612, lng: 12.5034 },
    });
  });

  it('speaks English under /en, falling back to the Danish text nobody translated', () => {
    const hit = toHit(sessionDoc(sessionRow()), 'en', reference);
    expect(hit).toMatchObject({
      url: '/en/raadgivning/raadgivning-for-paaroerende-2026-12-01',
      title: 'Advice for relatives',
      when: ['Tuesday 1 December 2026, 16:00–18:00'],
      administration: 'Social Services Administration',
    });
    expect(hit.snippet).toBe(sessionRow().description);
  });
});

describe('shorten', () => {
  it('cuts long text at a word and marks the cut', () => {
    const text = 'ord '.repeat(100);
    const short = shorten(text, 30);
    expect(short.length).toBeLessThanOrEqual(32);
    expect(short.endsWith(' …')).toBe(true);
    expect(shorten('Kort tekst.')).toBe('Kort tekst.');
  });
});
