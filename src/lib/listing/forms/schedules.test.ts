import { describe, expect, it } from 'vitest';
import { parseDate, parseTime, scheduleState } from './schedules';

describe('schedule times and dates as people type them', () => {
  it('reads times with or without minutes, colon or point', () => {
    expect(parseTime('9')).toBe('09:00');
    expect(parseTime('9.30')).toBe('09:30');
    expect(parseTime('09:30')).toBe('09:30');
    expect(parseTime('0930')).toBe('09:30');
    expect(parseTime('24:00')).toBeNull();
    expect(parseTime('9:75')).toBeNull();
    expect(parseTime('kl. 9')).toBeNull();
  });

  it('reads dates from a date field or written the Danish way, and refuses days that do not exist', () => {
    expect(parseDate('2026-03-01')).toBe('2026-03-01');
    expect(parseDate('1.3.2026')).toBe('2026-03-01');
    expect(parseDate('01-03-2026')).toBe('2026-03-01');
    expect(parseDate('2026-02-30')).toBeNull();
    expect(parseDate('marts 2026')).toBeNull();
  });

  it('shows a monthly rule as its weekdays and weeks, and a night rule as ending after midnight', () => {
    const [monthly, night, empty] = scheduleState([
      {
        freq: 'MONTHLY',
        interval: 1,
        byday: ['1TU', '3TU'],
        opensAt: '17:00:00',
        closesAt: '19:00:00',
        validFrom: null,
        validTo: null,
        note: null,
      },
      {
        freq: 'WEEKLY',
        interval: 1,
        byday: ['MO', 'SU'],
        opensAt: '20:00',
        closesAt: '09:00',
        validFrom: '2026-01-01',
        validTo: null,
        note: 'Ring',
      },
    ]);
    expect(monthly).toMatchObject({
      freq: 'MONTHLY',
      byday: ['TU'],
      weeks: ['1', '3'],
      opensAt: '17:00',
      closesAt: '19:00',
      overnight: '',
    });
    expect(night).toMatchObject({ byday: ['MO', 'SU'], weeks: [], overnight: 'true', validFrom: '2026-01-01', note: 'Ring' });
    expect(empty).toEqual({ freq: 'WEEKLY', interval: '1' });
  });
});
