import { describe, expect, it } from 'vitest';
import { wallClock, zonedInstant } from './zone';

describe('Copenhagen wall-clock time', () => {
  it('is one hour ahead of UTC in winter and two in summer', () => {
    expect(zonedInstant({ year: 2026, month: 1, day: 13 }, { hour: 10, minute: 0 }).toISOString()).toBe('2026-01-13T09:00:00.000Z');
    expect(zonedInstant({ year: 2026, month: 7, day: 14 }, { hour: 10, minute: 0 }).toISOString()).toBe('2026-07-14T08:00:00.000Z');
  });

  it('switches on the last Sunday of March and of October', () => {
    expect(zonedInstant({ year: 2026, month: 3, day: 29 }, { hour: 1, minute: 30 }).toISOString()).toBe('2026-03-29T00:30:00.000Z');
    expect(zonedInstant({ year: 2026, month: 3, day: 29 }, { hour: 3, minute: 30 }).toISOString()).toBe('2026-03-29T01:30:00.000Z');
    expect(zonedInstant({ year: 2026, month: 10, day: 25 }, { hour: 1, minute: 30 }).toISOString()).toBe('2026-10-24T23:30:00.000Z');
    expect(zonedInstant({ year: 2026, month: 10, day: 25 }, { hour: 3, minute: 30 }).toISOString()).toBe('2026-10-25T02:30:00.000Z');
  });

  it('moves a time that does not exist in spring an hour on, instead of failing', () => {
    expect(zonedInstant({ year: 2026, month: 3, day: 29 }, { hour: 2, minute: 30 }).toISOString()).toBe('2026-03-29T01:30:00.000Z');
  });

  it('reads an instant back as the date and time on a Copenhagen clock', () => {
    expect(wallClock(new Date('2026-12-31T23:30:00Z'))).toEqual({ year: 2027, month: 1, day: 1, hour: 0, minute: 30, second: 0 });
  });
});
