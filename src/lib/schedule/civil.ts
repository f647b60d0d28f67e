/**
 * Calendar dates without a time zone ("civil" dates), counted as whole days since 1970-01-01.
 * Schedules speak in dates and wall-clock times of Europe/Copenhagen; doing the date arithmetic on
 * plain day numbers keeps it free of time zones and daylight saving, which only matter at the very
 * end, when a date and a wall-clock time become an instant (see zone.ts).
 */

const DAY_MS = 86_400_000;

/** A date as year, month (1–12) and day (1–31). */
export interface CivilDate {
  year: number;
  month: number;
  day: number;
}

/** A wall-clock time. */
export interface WallTime {
  hour: number;
  minute: number;
}

/** Days since 1970-01-01 of a civil date. */
export function dayNumber({ year, month, day }: CivilDate): number {
  return Math.round(Date.UTC(year, month - 1, day) / DAY_MS);
}

/** The civil date of a day number. */
export function civilDate(days: number): CivilDate {
  const date = new Date(days * DAY_MS);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** ISO weekday of a day number: 1 = Monday … 7 = Sunday (1970-01-01 was a Thursday). */
export function isoWeekday(days: number): number {
  return ((((days + 3) % 7) + 7) % 7) + 1;
}

/** Number of days in a month. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Parses `YYYY-MM-DD` (PostgreSQL `date`) into a day number. */
export function parseDate(text: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) throw new Error(`Not a date: "${text}"`);
  return dayNumber({ year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) });
}

/** Parses `HH:MM` or `HH:MM:SS` (PostgreSQL `time`). */
export function parseTime(text: string): WallTime {
  const match = /^(\d{2}):(\d{2})(?::\d{2})?$/.exec(text);
  if (!match) throw new Error(`Not a time: "${text}"`);
  return { hour: Number(match[1]), minute: Number(match[2]) };
}
