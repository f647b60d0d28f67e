import { describe, expect, it } from 'vitest';
import type { Schedule } from '../../../db/schema';
import { derivedId } from './ids';
import { copenhagenOffsetHours, firstOccurrence } from './schedule';

const rule = (over: Partial<Schedule>): Schedule =>
  ({ freq: 'WEEKLY', interval: 2, byday: ['TH'], opensAt: '10:00', closesAt: '12:00', validFrom: null, validTo: null, note: null, ...over }) as Schedule;

describe('HSDS schedules', () => {
  it('gives Copenhagen’s UTC offset on the date: 1 in winter, 2 in summer', () => {
    expect(copenhagenOffsetHours('2026-01-15')).toBe(1);
    expect(copenhagenOffsetHours('2026-07-15')).toBe(2);
    // Summer time starts on the last Sunday of March (29 March 2026) at 02:00; noon is already summer.
    expect(copenhagenOffsetHours('2026-03-28')).toBe(1);
    expect(copenhagenOffsetHours('2026-03-29')).toBe(2);
  });

  it('starts "every other week" on the first date the rule gives on or after its start', () => {
    // 6 January 2026 is a Tuesday: the first Thursday is the 8th.
    expect(firstOccurrence(rule({ validFrom: '2026-01-06' }))).toBe('2026-01-08');
    // No start: counted from Monday 1 January 2024, as the portal counts it.
    expect(firstOccurrence(rule({}))).toBe('2024-01-04');
    expect(firstOccurrence(rule({ freq: 'MONTHLY', byday: ['-1FR'], validFrom: '2026-02-01' }))).toBe('2026-02-27');
  });
});

describe('derived ids', () => {
  it('are version 5 UUIDs, the same every time, different for different keys', () => {
    const id = derivedId('phone', 'contact', 'abc');
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(derivedId('phone', 'contact', 'abc')).toBe(id);
    expect(derivedId('phone', 'organization', 'abc')).not.toBe(id);
  });
});
