import { civilDate, daysInMonth, dayNumber, isoWeekday } from '../schedule/civil';
import { wallClock, zonedInstant } from '../schedule/zone';
import { addMonths, type YearMonth } from './query';

/**
 * The month calendar of advisory sessions: dates as Copenhagen sees them, weeks from Monday (as
 * Danish calendars run), and the instants that bound a month. Pure, so that it is tested without a
 * database or a clock.
 */

/** A day cell of the calendar. */
export interface CalendarDay {
  /** `YYYY-MM-DD`. */
  date: string;
  day: number;
}

/** A date as `YYYY-MM-DD`. */
function isoDate(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The date an instant falls on in Copenhagen, `YYYY-MM-DD` (a session at 00.30 CET belongs to that day, not the UTC day before). */
export function copenhagenDate(instant: Date): string {
  const c = wallClock(instant);
  return isoDate(c.year, c.month, c.day);
}

/** The month it is now in Copenhagen. */
export function currentMonth(now: Date): YearMonth {
  const c = wallClock(now);
  return { year: c.year, month: c.month };
}

/** Midnight in Copenhagen at the start of a date, `YYYY-MM-DD`. */
export function startOfDay(date: string): Date {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return zonedInstant({ year, month, day }, { hour: 0, minute: 0 });
}

/** From the first midnight of the month to the first of the next, in Copenhagen. */
export function monthWindow(month: YearMonth): { from: Date; to: Date } {
  const next = addMonths(month, 1);
  return { from: startOfDay(isoDate(month.year, month.month, 1)), to: startOfDay(isoDate(next.year, next.month, 1)) };
}

/** `days` whole days on from the start of today in Copenhagen (the list's window). */
export function daysWindow(now: Date, days: number): { from: Date; to: Date } {
  const today = dayNumber(wallClock(now));
  const end = civilDate(today + days);
  return { from: startOfDay(copenhagenDate(now)), to: startOfDay(isoDate(end.year, end.month, end.day)) };
}

/**
 * The weeks of a month, Monday first: seven cells a week, `null` before the first and after the
 * last day of the month (those cells stay empty, so every column keeps its weekday).
 */
export function monthWeeks({ year, month }: YearMonth): (CalendarDay | null)[][] {
  const first = dayNumber({ year, month, day: 1 });
  const lead = isoWeekday(first) - 1;
  const cells: (CalendarDay | null)[] = Array.from({ length: lead }, () => null);
  for (let day = 1; day <= daysInMonth(year, month); day++) cells.push({ date: isoDate(year, month, day), day });
  while (cells.length % 7 !== 0) cells.push(null);
  const weeks: (CalendarDay | null)[][] = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  return weeks;
}

/** Items grouped by their start's Copenhagen date, in the order given (the core sorts by start). */
export function groupByDate<T extends { startsAt: Date }>(items: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = copenhagenDate(item.startsAt);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}
