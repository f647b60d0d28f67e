import { civilDate, dayNumber, parseDate, parseTime } from '../schedule/civil';
import { type Occurrence, occurrencesOf } from '../schedule/occurrences';
import { parseByDay } from '../schedule/rule';
import { zonedInstant } from '../schedule/zone';
import { AdvisoryError } from './errors';
import type { Repeat } from './types';

/** A series never makes more sessions than this: a weekly session for a year. */
export const MAX_SESSIONS = 53;

/** The longest interval a coordinator can choose: every 12th week or month. */
const MAX_INTERVAL = 12;

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** When a session (or the first of a series) is: a date and wall-clock times in Europe/Copenhagen. */
export interface SessionWhen {
  date: string;
  startTime: string;
  endTime: string;
  repeat: Repeat | null;
}

/** Whether `YYYY-MM-DD` is a real calendar date (not 2026-02-30). */
export function isCalendarDate(text: string): boolean {
  if (!DATE.test(text)) return false;
  const { year, month, day } = civilDate(parseDate(text));
  return text === `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The day number of the same date a year later (29 February becomes 28 February). */
function aYearLater(text: string): number {
  const { year, month, day } = civilDate(parseDate(text));
  return dayNumber({ year: year + 1, month, day: month === 2 && day === 29 ? 28 : day });
}

function checkTimes(when: SessionWhen, fields: Record<string, string>): void {
  if (!isCalendarDate(when.date)) fields.date = 'advisory.invalid.date';
  if (!TIME.test(when.startTime)) fields.startTime = 'advisory.invalid.time';
  if (!TIME.test(when.endTime)) fields.endTime = 'advisory.invalid.time';
  // Sessions are within one day: "16.00–14.00" is a typo, not a night session.
  else if (TIME.test(when.startTime) && when.endTime <= when.startTime) fields.endTime = 'advisory.invalid.endBeforeStart';
}

function checkRepeat(when: SessionWhen, repeat: Repeat, fields: Record<string, string>): void {
  if (!Number.isInteger(repeat.interval) || repeat.interval < 1 || repeat.interval > MAX_INTERVAL) {
    fields.interval = 'advisory.invalid.repeatInterval';
  }
  try {
    const days = parseByDay(repeat.byday);
    // A weekly rule names weekdays; "the first Tuesday" only means something in a month.
    if (days.length === 0 || (repeat.freq === 'WEEKLY' && days.some((d) => d.ordinal !== null))) {
      fields.byday = 'advisory.invalid.repeatDays';
    }
  } catch {
    fields.byday = 'advisory.invalid.repeatDays';
  }
  if (!isCalendarDate(repeat.until) || (isCalendarDate(when.date) && repeat.until <= when.date)) {
    fields.until = 'advisory.invalid.repeatUntil';
  } else if (isCalendarDate(when.date) && parseDate(repeat.until) > aYearLater(when.date)) {
    fields.until = 'advisory.invalid.repeatTooLong';
  }
}

/**
 * The start and end of every session a coordinator's input makes, in time order. One session:
 * `date` at `startTime`–`endTime`. A repeat: the dates from `date` to `repeat.until` (inclusive)
 * on which the rule falls, by the same engine as activity schedules (src/lib/schedule), so "the
 * first Tuesday 16.00" stays 16.00 on Copenhagen clocks across a daylight-saving switch. The first
 * session is on `date` only when the rule falls on it: "every first Tuesday from Wednesday 2
 * December" starts on the first Tuesday of January. Throws AdvisoryError('invalid') with the
 * fields to fix: bad dates or times, an end not after the start, an `until` before `date` or more
 * than a year after it, a rule that gives no dates, or more than 53 sessions.
 */
export function sessionTimes(when: SessionWhen): Occurrence[] {
  const fields: Record<string, string> = {};
  checkTimes(when, fields);
  if (when.repeat) checkRepeat(when, when.repeat, fields);
  if (Object.keys(fields).length > 0) throw new AdvisoryError('invalid', fields);

  const date = civilDate(parseDate(when.date));
  const opens = parseTime(when.startTime);
  const closes = parseTime(when.endTime);
  if (!when.repeat) return [{ start: zonedInstant(date, opens), end: zonedInstant(date, closes) }];

  const rule = {
    freq: when.repeat.freq,
    interval: when.repeat.interval,
    byday: when.repeat.byday,
    opensAt: when.startTime,
    closesAt: when.endTime,
    // The interval counts from the first date: "every other week" means this week, then every second.
    validFrom: when.date,
    validTo: when.repeat.until,
  };
  const found = occurrencesOf(rule, zonedInstant(date, { hour: 0, minute: 0 }), MAX_SESSIONS + 1);
  if (found.length === 0) throw new AdvisoryError('invalid', { byday: 'advisory.invalid.repeatNoDates' });
  if (found.length > MAX_SESSIONS) {
    const all = occurrencesOf(rule, zonedInstant(date, { hour: 0, minute: 0 }), 400);
    throw new AdvisoryError('invalid', { until: 'advisory.invalid.repeatTooMany' }, { until: { count: all.length } });
  }
  return found;
}
