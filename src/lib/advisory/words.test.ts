import { describe, expect, it } from 'vitest';
import { sessionAddress, sessionDate, sessionTopic, sessionWhen } from './words';

const session = { startsAt: new Date('2026-12-01T15:00:00Z'), endsAt: new Date('2026-12-01T17:00:00Z') };

describe('a session in words', () => {
  it('says the day and time on Copenhagen clocks, as each language writes it', () => {
    expect(sessionWhen('da', session)).toBe('tirsdag 1. december 2026 kl. 16.00–18.00');
    expect(sessionWhen('en', session)).toBe('Tuesday 1 December 2026, 16:00–18:00');
    expect(sessionDate('da', new Date('2026-06-02T22:30:00Z'))).toBe('onsdag 3. juni 2026');
  });

  it('uses the English topic in English when there is one', () => {
    expect(sessionTopic('en', { topic: 'Rådgivning', topicEn: 'Advice' })).toBe('Advice');
    expect(sessionTopic('en', { topic: 'Rådgivning', topicEn: null })).toBe('Rådgivning');
    expect(sessionTopic('da', { topic: 'Rådgivning', topicEn: 'Advice' })).toBe('Rådgivning');
  });

  it('writes the address on one line, and nothing for an online session', () => {
    const place = { name: 'Biblioteket', address: 'Annexstræde 14', postalCode: '2500', city: 'Valby', districtId: null, latitude: null, longitude: null, districtSlug: null, districtName: null };
    expect(sessionAddress({ place })).toBe('Biblioteket, Annexstræde 14, 2500 Valby');
    expect(sessionAddress({ place: { ...place, name: null } })).toBe('Annexstræde 14, 2500 Valby');
    expect(sessionAddress({ place: null })).toBeNull();
  });
});
