import type { ScheduleSpec } from './data/types';

/** A schedule row's rule part, as the `schedules` table stores it. */
export interface ParsedSchedule {
  freq: 'WEEKLY' | 'MONTHLY';
  interval: number;
  byday: string[];
  opensAt: string;
  closesAt: string;
  note: string | null;
}

/** RFC 5545 BYDAY: a weekday, with an ordinal (1..5 or -1..-5) in monthly rules. */
export const BYDAY_PATTERN = /^(-?[1-5])?(MO|TU|WE|TH|FR|SA|SU)$/;
/** Wall-clock time as PostgreSQL `time` returns it. */
export const TIME_PATTERN = /^([01]\d|2[0-3]):[0-5]\d:00$/;

const RULE = /^([A-Z0-9,-]+) (\d{1,2}(?::\d{2})?)-(\d{1,2}(?::\d{2})?)(?: \/(\d+))?$/;

function time(text: string): string {
  const [hours = '', minutes = '00'] = text.split(':');
  return `${hours.padStart(2, '0')}:${minutes}:00`;
}

/**
 * Parses the catalogue's compact schedule notation ("MO,TH 09:30-11:30", "1TU 17-19",
 * "TH 10-13 /2") into a row. Throws on anything malformed, because a typo in the catalogue should
 * fail the unit tests, not reach the database.
 */
export function parseSchedule(spec: ScheduleSpec): ParsedSchedule {
  const rule = typeof spec === 'string' ? spec : spec.rule;
  const match = RULE.exec(rule);
  if (!match) throw new Error(`Bad schedule rule "${rule}"`);
  const [, days = '', opens = '', closes = '', interval] = match;
  const byday = days.split(',');
  if (byday.some((d) => !BYDAY_PATTERN.test(d))) throw new Error(`Bad BYDAY in "${rule}"`);
  const monthly = byday.some((d) => /\d/.test(d));
  if (monthly && !byday.every((d) => /\d/.test(d))) throw new Error(`Mixed weekly and monthly days in "${rule}"`);
  const parsed: ParsedSchedule = {
    freq: monthly ? 'MONTHLY' : 'WEEKLY',
    interval: interval ? Number(interval) : 1,
    byday,
    opensAt: time(opens),
    closesAt: time(closes),
    note: typeof spec === 'string' ? null : spec.note,
  };
  if (!TIME_PATTERN.test(parsed.opensAt) || !TIME_PATTERN.test(parsed.closesAt) || parsed.opensAt === parsed.closesAt) {
    throw new Error(`Bad times in "${rule}"`);
  }
  return parsed;
}

/** Weekly and monthly slots for activities whose catalogue entry gives no time of its own. */
export const DEFAULT_SCHEDULES: readonly string[] = [
  'MO 10-12',
  'TU 14-16',
  'WE 17-19',
  'TH 10-12',
  'TU,TH 13-15',
  '1TU 17-19',
  '2WE 14-16',
  'SA 10-13',
  'MO,WE 09:30-11:30',
  'FR 10-12',
];
