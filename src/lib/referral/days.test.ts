import { describe, expect, it } from 'vitest';
import { workingDaysAfter } from './days';

/** Copenhagen wall-clock date of an instant, e.g. "2025-03-10". */
const localDate = (d: Date) => d.toLocaleDateString('sv-SE', { timeZone: 'Europe/Copenhagen' });
const localTime = (d: Date) => d.toLocaleTimeString('sv-SE', { timeZone: 'Europe/Copenhagen' });

describe('workingDaysAfter', () => {
  it('counts Monday to Friday and ends at the end of the due day', () => {
    // Monday 10 March 2025, 10:00 in Copenhagen: five working days → Monday 17 March.
    const due = workingDaysAfter(new Date('2025-03-10T09:00:00Z'), 5);
    expect(localDate(due)).toBe('2025-03-17');
    expect(localTime(due)).toBe('23:59:59');
  });

  it('skips the weekend', () => {
    expect(localDate(workingDaysAfter(new Date('2025-03-14T12:00:00Z'), 1))).toBe('2025-03-17'); // Friday → Monday
    expect(localDate(workingDaysAfter(new Date('2025-03-15T12:00:00Z'), 1))).toBe('2025-03-17'); // Saturday → Monday
    expect(localDate(workingDaysAfter(new Date('2025-03-16T12:00:00Z'), 5))).toBe('2025-03-21'); // Sunday → Friday
    expect(localDate(workingDaysAfter(new Date('2025-03-13T12:00:00Z'), 3))).toBe('2025-03-18'); // Thursday → Tuesday
  });

  it('uses the Copenhagen calendar, across the change to summer time', () => {
    // 23:30 UTC on Sunday 30 March is already Monday 31 March in Copenhagen (summer time).
    const due = workingDaysAfter(new Date('2025-03-30T23:30:00Z'), 1);
    expect(localDate(due)).toBe('2025-04-01');
    expect(localTime(due)).toBe('23:59:59');
    // Friday 28 March + 1 → Monday 31 March, in summer time now.
    expect(due.toISOString()).toBe('2025-04-01T21:59:59.999Z');
    expect(workingDaysAfter(new Date('2025-03-28T10:00:00Z'), 1).toISOString()).toBe('2025-03-31T21:59:59.999Z');
    expect(workingDaysAfter(new Date('2025-01-10T10:00:00Z'), 1).toISOString()).toBe('2025-01-13T22:59:59.999Z');
  });
});
