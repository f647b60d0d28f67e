import { describe, expect, it } from 'vitest';
import { sessionRow } from './sample-rows';
import { sessionDoc } from './sessions';

describe('sessionDoc', () => {
  it('says when it is in Copenhagen time, in Danish and English, and keeps the instants for filtering', () => {
    expect(sessionDoc(sessionRow({ starts_at: '2026-06-02 14:00:00+00', ends_at: '2026-06-02 16:30:00+00' })).when).toBe(
      'tirsdag 2. juni 2026 kl. 16.00–18.30',
    );
    const doc = sessionDoc(sessionRow());
    expect(doc.when).toBe('tirsdag 1. december 2026 kl. 16.00–18.00');
    expect(doc.whenEn).toBe('Tuesday 1 December 2026, 16:00–18:00');
    expect(doc.startsAt).toBe(Date.parse('2026-12-01T15:00:00Z'));
    expect(doc.endsAt).toBe(Date.parse('2026-12-01T17:00:00Z'));
  });

  it('names the publishing administration first, then the other administrations, then the associations', () => {
    const doc = sessionDoc(sessionRow());
    expect(doc.hostNames).toEqual(['Socialforvaltningen', 'Sundheds- og Omsorgsforvaltningen', 'Valby Besøgstjeneste']);
    expect(doc.hostNamesEn[0]).toBe('Social Services Administration');
    expect(doc.administration).toEqual(['socialforvaltningen', 'sundheds-og-omsorgsforvaltningen']);
  });

  it('counts the publishing administration as a host even when no host row names it', () => {
    const doc = sessionDoc(sessionRow({ hosts: [] }));
    expect(doc.administration).toEqual(['socialforvaltningen']);
    expect(doc.hostNames).toEqual(['Socialforvaltningen']);
  });

  it('takes only category terms as its topics', () => {
    const doc = sessionDoc(sessionRow());
    expect(doc.categories).toEqual(['raadgivning-og-samtale']);
    expect(doc.categoryNamesEn).toEqual(['Advice and talks']);
  });

  it('ranks after an equally good offer and is found by the word "rådgivningsmøde" whatever its topic', () => {
    const doc = sessionDoc(sessionRow({ topic: 'Hjælp med digital post', terms: [] }));
    expect(doc.kindRank).toBe(1);
    expect(doc.keywords).toEqual(expect.arrayContaining(['rådgivningsmøde', 'rådgivning']));
    expect(doc.folded.split(' ')).toEqual(expect.arrayContaining(['radgivningsmode', 'raadgivningsmoede']));
  });

  it('groups the dates of a series under one key, and a single session under its own id', () => {
    expect(sessionDoc(sessionRow()).seriesKey).toBe('00000000-0000-4000-8000-000000000010');
    expect(sessionDoc(sessionRow({ series_key: '00000000-0000-4000-8000-000000000011' })).seriesKey).toBe(sessionRow().id);
  });

  it('has a map point only with a place that has one, and no district online', () => {
    expect(sessionDoc(sessionRow())._geo).toEqual({ lat: 55.6612, lng: 12.5034 });
    const online = sessionDoc(sessionRow({ latitude: null, longitude: null, district: null, district_name: null, place_name: null }));
    expect(online).not.toHaveProperty('_geo');
    expect(online.districts).toEqual([]);
    expect(online.online).toBe(true);
  });
});
