import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nextOccurrences, type Occurrence } from './occurrences';
import { rule } from './test-rules';
import { wallClock } from './zone';

const iso = (list: Occurrence[]) => list.map((o) => [o.start.toISOString(), o.end.toISOString()]);
const starts = (list: Occurrence[]) => list.map((o) => o.start.toISOString());
const march1 = new Date('2026-03-01T00:00:00Z');

describe('nextOccurrences', () => {
  it('keeps 10.00 on a Copenhagen clock across the switch to summer time', () => {
    const tuesdays = nextOccurrences([rule('TU', '10:00', '12:00')], new Date('2026-03-20T00:00:00Z'), 2);
    expect(iso(tuesdays)).toEqual([
      ['2026-03-24T09:00:00.000Z', '2026-03-24T11:00:00.000Z'],
      ['2026-03-31T08:00:00.000Z', '2026-03-31T10:00:00.000Z'],
    ]);
  });

  it('keeps 10.00 on a Copenhagen clock across the switch back in October', () => {
    const tuesdays = nextOccurrences([rule('TU', '10:00', '12:00')], new Date('2026-10-15T00:00:00Z'), 2);
    expect(starts(tuesdays)).toEqual(['2026-10-20T08:00:00.000Z', '2026-10-27T09:00:00.000Z']);
  });

  it('ends a night that goes past midnight on the next day, short by an hour when the clocks go forward', () => {
    const nights = nextOccurrences([rule('MO,TU,WE,TH,FR,SA,SU', '20:00', '09:00')], new Date('2026-03-28T12:00:00Z'), 2);
    expect(iso(nights)).toEqual([
      ['2026-03-28T19:00:00.000Z', '2026-03-29T07:00:00.000Z'],
      ['2026-03-29T18:00:00.000Z', '2026-03-30T07:00:00.000Z'],
    ]);
  });

  it('makes the October night an hour longer', () => {
    const [night] = nextOccurrences([rule('SA', '20:00', '09:00')], new Date('2026-10-20T00:00:00Z'), 1);
    expect(night && (night.end.getTime() - night.start.getTime()) / 3_600_000).toBe(14);
  });

  it('finds the first Tuesday of each month', () => {
    expect(starts(nextOccurrences([rule('1TU', '17:00', '19:00')], march1, 3))).toEqual([
      '2026-03-03T16:00:00.000Z',
      '2026-04-07T15:00:00.000Z',
      '2026-05-05T15:00:00.000Z',
    ]);
  });

  it('finds the last Friday of each month, whether the month has four or five Fridays', () => {
    expect(starts(nextOccurrences([rule('-1FR', '14:00', '16:00')], march1, 3))).toEqual([
      '2026-03-27T13:00:00.000Z',
      '2026-04-24T12:00:00.000Z',
      '2026-05-29T12:00:00.000Z',
    ]);
  });

  it('counts every other week from the first valid date', () => {
    const fortnightly = rule('TH', '10:00', '13:00', { interval: 2, validFrom: '2026-03-05' });
    expect(starts(nextOccurrences([fortnightly], march1, 3))).toEqual([
      '2026-03-05T09:00:00.000Z',
      '2026-03-19T09:00:00.000Z',
      '2026-04-02T08:00:00.000Z',
    ]);
  });

  it('counts every other week from a fixed Monday when no date is given, so every day agrees on the weeks', () => {
    const fortnightly = rule('TH', '10:00', '13:00', { interval: 2 });
    const seenFromMarch = starts(nextOccurrences([fortnightly], march1, 4));
    const seenAWeekLater = starts(nextOccurrences([fortnightly], new Date('2026-03-08T00:00:00Z'), 3));
    expect(seenFromMarch).toEqual([
      '2026-03-12T09:00:00.000Z',
      '2026-03-26T09:00:00.000Z',
      '2026-04-09T08:00:00.000Z',
      '2026-04-23T08:00:00.000Z',
    ]);
    expect(seenAWeekLater).toEqual(seenFromMarch.slice(0, 3));
  });

  it('gives nothing for a schedule that has ended', () => {
    expect(nextOccurrences([rule('TU', '10:00', '12:00', { validTo: '2026-02-28' })], march1, 3)).toEqual([]);
  });

  it('stops at the last valid date and starts at the first', () => {
    const spring = rule('WE', '10:00', '11:00', { validFrom: '2026-04-01', validTo: '2026-04-15' });
    expect(starts(nextOccurrences([spring], march1, 5))).toEqual([
      '2026-04-01T08:00:00.000Z',
      '2026-04-08T08:00:00.000Z',
      '2026-04-15T08:00:00.000Z',
    ]);
  });

  it('skips a time that has already begun today', () => {
    const [next] = nextOccurrences([rule('TU', '10:00', '12:00')], new Date('2026-03-03T09:30:00Z'), 1);
    expect(next?.start.toISOString()).toBe('2026-03-10T09:00:00.000Z');
  });

  it('merges several schedules in time order and counts a shared time once', () => {
    const list = nextOccurrences(
      [rule('TH', '10:00', '12:00'), rule('MO', '09:30', '11:30'), rule('MO', '09:30', '11:30')],
      march1,
      3,
    );
    expect(starts(list)).toEqual(['2026-03-02T08:30:00.000Z', '2026-03-05T09:00:00.000Z', '2026-03-09T08:30:00.000Z']);
  });

  it('always starts on a listed weekday at the opening time on a Copenhagen clock', () => {
    const weekday = fc.constantFrom('MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU');
    fc.assert(
      fc.property(
        fc.uniqueArray(weekday, { minLength: 1, maxLength: 7 }),
        fc.integer({ min: 6, max: 21 }),
        fc.date({ min: new Date('2024-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true }),
        (days, hour, from) => {
          const opens = `${String(hour).padStart(2, '0')}:15`;
          const list = nextOccurrences([rule(days.join(','), opens, '23:00')], from, 10);
          expect(list).toHaveLength(10);
          for (const o of list) {
            const clock = wallClock(o.start);
            expect([clock.hour, clock.minute]).toEqual([hour, 15]);
            const code = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'][new Date(Date.UTC(clock.year, clock.month - 1, clock.day)).getUTCDay()];
            expect(days).toContain(code);
            expect(o.start.getTime()).toBeGreaterThanOrEqual(from.getTime());
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
