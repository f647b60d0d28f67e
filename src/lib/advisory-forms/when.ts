/**
 * When a session is: a date, a start and an end (wall-clock times in Copenhagen), and on the
 * publish form "Gentag": none, weekly on chosen weekdays, or monthly on e.g. the first Tuesday,
 * every N weeks or months, until a date at most a year after the first.
 */
import type { Repeat } from '../advisory';
import { parseDate, parseTime } from '../listing/forms/schedules';
import { civilDate, dayNumber, parseDate as dayOf } from '../schedule/civil';
import type { checks } from './checks';
import { INTERVALS, MONTH_WEEKS, REPEATS, WEEKDAYS } from './state';

/** The fields of the "Hvornår?" and "Gentag" parts, whose errors a date preview shows. */
export const WHEN_FIELDS = ['date', 'startTime', 'endTime', 'repeat', 'weekdays', 'monthWeek', 'monthDay', 'interval', 'until'] as const;

export interface WhenValue {
  date: string;
  startTime: string;
  endTime: string;
  repeat: Repeat | null;
}

export interface WhenOptions {
  /** Read the "Gentag" part (the publish form) or not (the edit form). */
  withRepeat: boolean;
  /** Today in Copenhagen (YYYY-MM-DD): an earlier date is refused... */
  today: string;
  /** ...except the session's own date, when an edit keeps it. */
  keepDate?: string;
}

const has = (list: readonly string[], value: string | undefined): boolean => value !== undefined && list.includes(value);

/** The same date a year later (29 February becomes 28 February), as the core counts "at most a year". */
function aYearLater(date: string): string {
  const { year, month, day } = civilDate(dayOf(date));
  const later = civilDate(dayNumber({ year: year + 1, month, day: month === 2 && day === 29 ? 28 : day }));
  return `${later.year}-${String(later.month).padStart(2, '0')}-${String(later.day).padStart(2, '0')}`;
}

/** Reads date, times and repeat into `kit.errors`. Times come back as HH:MM, dates as YYYY-MM-DD. */
export function readWhen(kit: ReturnType<typeof checks>, values: Record<string, string>, weekdays: readonly string[], options: WhenOptions): WhenValue {
  const { tr, fail } = kit;
  const date = parseDate((values.date ?? '').trim());
  if (date === null) fail('date', tr('advisoryHost.error.date'));
  else if (date < options.today && date !== options.keepDate) fail('date', tr('advisoryHost.error.datePast'));
  const startTime = parseTime(values.startTime ?? '');
  const endTime = parseTime(values.endTime ?? '');
  if (startTime === null) fail('startTime', tr('advisoryHost.error.startTime'));
  if (endTime === null) fail('endTime', tr('advisoryHost.error.endTime'));
  // A session lies within one day: "16–14" is a typo, not a night.
  else if (startTime !== null && endTime <= startTime) fail('endTime', tr('advisoryHost.error.endBeforeStart'));
  const repeat = options.withRepeat ? readRepeat(kit, values, weekdays, date) : null;
  return { date: date ?? '', startTime: startTime ?? '', endTime: endTime ?? '', repeat };
}

/** "Gentag" as the core's Repeat: WEEKLY on the ticked weekdays, or MONTHLY on `<week><day>` (1TU, -1FR). */
function readRepeat({ tr, fail }: ReturnType<typeof checks>, values: Record<string, string>, weekdays: readonly string[], date: string | null): Repeat | null {
  const kind = values.repeat ?? 'none';
  if (!has(REPEATS, kind)) {
    fail('repeat', tr('advisoryHost.error.repeat'));
    return null;
  }
  if (kind === 'none') return null;
  let byday: string[] = [];
  if (kind === 'weekly') {
    byday = WEEKDAYS.filter((code) => weekdays.includes(code));
    if (byday.length === 0 || weekdays.some((code) => !has(WEEKDAYS, code))) fail('weekdays', tr('advisoryHost.error.weekdays'));
  } else {
    const week = values.monthWeek;
    const day = values.monthDay;
    if (!has(MONTH_WEEKS, week)) fail('monthWeek', tr('advisoryHost.error.monthWeek'));
    if (!has(WEEKDAYS, day)) fail('monthDay', tr('advisoryHost.error.monthDay'));
    byday = [`${week}${day}`];
  }
  const interval = values.interval || '1';
  if (!has(INTERVALS, interval)) fail('interval', tr('advisoryHost.error.interval'));
  const until = parseDate((values.until ?? '').trim());
  if (until === null) fail('until', tr('advisoryHost.error.until'));
  else if (date !== null && until <= date) fail('until', tr('advisoryHost.error.untilOrder'));
  else if (date !== null && until > aYearLater(date)) fail('until', tr('advisoryHost.error.untilYear'));
  return { freq: kind === 'weekly' ? 'WEEKLY' : 'MONTHLY', interval: Number(interval), byday, until: until ?? '' };
}
