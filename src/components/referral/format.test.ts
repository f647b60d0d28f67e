import { describe, expect, it } from 'vitest';
import { ageInDays, ageText } from './format';

describe('the age of a referral', () => {
  const sent = new Date('2026-03-02T09:00:00Z');

  it('counts whole days since it was sent', () => {
    expect(ageInDays(sent, new Date('2026-03-02T17:00:00Z'))).toBe(0);
    expect(ageInDays(sent, new Date('2026-03-03T09:00:00Z'))).toBe(1);
    expect(ageInDays(sent, new Date('2026-03-14T08:59:00Z'))).toBe(11);
  });

  it('never counts below zero when clocks differ a little', () => {
    expect(ageInDays(sent, new Date('2026-03-02T08:59:59Z'))).toBe(0);
  });

  it('says it in words', () => {
    expect(ageText('da', sent, new Date('2026-03-02T10:00:00Z'))).toBe('I dag');
    expect(ageText('da', sent, new Date('2026-03-03T10:00:00Z'))).toBe('1 dag');
    expect(ageText('en', sent, new Date('2026-03-05T10:00:00Z'))).toBe('3 days');
  });
});
