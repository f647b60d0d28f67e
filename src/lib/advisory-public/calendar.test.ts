import { describe, expect, it } from 'vitest';
import { copenhagenDate, currentMonth, daysWindow, groupByDate, monthWeeks, monthWindow } from './calendar';

describe('the month calendar', () => {
  it('starts December 2026 on a Tuesday, in a week that begins on Monday', () => {
    const weeks = monthWeeks({ year: 2026, month: 12 });
    expect(weeks).toHaveLength(5);
    expect(weeks[0]?.[0]).toBeNull();
    expect(weeks[0]?.[1]).toEqual({ date: '2026-12-01', day: 1 });
    expect(weeks[4]?.[3]).toEqual({ date: '2026-12-31', day: 31 });
    expect(weeks[4]?.slice(4)).toEqual([null, null, null]);
    expect(weeks.every((week) => week.length === 7)).toBe(true);
  });

  it('needs six rows for a month that starts on a Sunday, and four for a February starting on Monday', () => {
    expect(monthWeeks({ year: 2026, month: 3 })).toHaveLength(6);
    expect(monthWeeks({ year: 2027, month: 2 })).toHaveLength(4);
  });

  it('bounds a month at midnight in Copenhagen, in winter and in summer time', () => {
    expect(monthWindow({ year: 2026, month: 12 })).toEqual({ from: new Date('2026-11-30T23:00:00Z'), to: new Date('2026-12-31T23:00:00Z') });
    expect(monthWindow({ year: 2026, month: 10 })).toEqual({ from: new Date('2026-09-30T22:00:00Z'), to: new Date('2026-10-31T23:00:00Z') });
  });

  it('puts a session just after midnight on the Copenhagen date, not the UTC one', () => {
    expect(copenhagenDate(new Date('2026-11-30T23:30:00Z'))).toBe('2026-12-01');
    expect(currentMonth(new Date('2026-11-30T23:30:00Z'))).toEqual({ year: 2026, month: 12 });
  });

  it('runs the list from the start of today for the days given', () => {
    expect(daysWindow(new Date('2026-12-01T15:00:00Z'), 31)).toEqual({ from: new Date('2026-11-30T23:00:00Z'), to: new Date('2026-12-31T23:00:00Z') });
  });

  it('groups sessions by their Copenhagen date in the order given', () => {
    const a = { id: 'a', startsAt: new Date('2026-12-01T15:00:00Z') };
    const b = { id: 'b', startsAt: new Date('2026-12-01T22:30:00Z') };
    const c = { id: 'c', startsAt: new Date('2026-12-01T23:30:00Z') };
    expect([...groupByDate([a, b, c]).entries()]).toEqual([
      ['2026-12-01', [a, b]],
      ['2026-12-02', [c]],
    ]);
  });
});
