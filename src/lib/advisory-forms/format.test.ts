import { describe, expect, it } from 'vitest';
import { formatWhen } from './format';
import { copenhagenDateTime } from './prefill';

describe('a session time in words', () => {
  it('writes the weekday, date, year and Copenhagen clock time in Danish and English', () => {
    const start = new Date('2026-12-01T15:00:00Z');
    const end = new Date('2026-12-01T17:00:00Z');
    expect(formatWhen('da', start, end)).toBe('tirsdag 1. december 2026 kl. 16.00–18.00');
    expect(formatWhen('en', start, end)).toBe('Tuesday 1 December 2026, 16:00–18:00');
  });

  it('uses summer time in summer', () => {
    expect(formatWhen('da', new Date('2027-06-01T07:30:00Z'), new Date('2027-06-01T09:00:00Z'))).toBe('tirsdag 1. juni 2027 kl. 9.30–11.00');
    expect(copenhagenDateTime(new Date('2027-06-01T22:30:00Z'))).toEqual({ date: '2027-06-02', time: '00:30' });
  });
});
