import type { Schedule } from '../../../db/schema';
import { civilDate, type CivilDate, daysInMonth, isoWeekday, parseDate } from './civil';

/**
 * The part of a schedule row that says when an activity happens (RFC 5545 subset, as Open Referral's
 * `schedule`). `opensAt`/`closesAt` are wall-clock times in Europe/Copenhagen; `validFrom`/`validTo`
 * are inclusive dates.
 */
export type ScheduleRule = Pick<Schedule, 'freq' | 'interval' | 'byday' | 'opensAt' | 'closesAt' | 'validFrom' | 'validTo'> & {
  note?: string | null;
};

export const WEEKDAY_CODES = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export type WeekdayCode = (typeof WEEKDAY_CODES)[number];

/** One BYDAY value: a weekday (1 = Monday … 7 = Sunday) and, in monthly rules, which one of the month. */
export interface ByDay {
  code: WeekdayCode;
  weekday: number;
  /** 1 = first, 2 = second, …, -1 = last, -2 = second to last; null = every such weekday. */
  ordinal: number | null;
}

const BYDAY = /^([+-]?[1-5])?(MO|TU|WE|TH|FR|SA|SU)$/;

/** Parses BYDAY values such as `TU`, `1TU`, `-1FR`. Throws on anything else: the database checks none of it. */
export function parseByDay(values: readonly string[]): ByDay[] {
  return values.map((value) => {
    const match = BYDAY.exec(value);
    if (!match) throw new Error(`Not a BYDAY value: "${value}"`);
    const code = match[2] as WeekdayCode;
    return { code, weekday: WEEKDAY_CODES.indexOf(code) + 1, ordinal: match[1] ? Number(match[1]) : null };
  });
}

/**
 * Where counting "every other week" starts when a schedule has no `validFrom`: a fixed Monday, so
 * that the same rule gives the same weeks on every page, in the feed and on every server.
 */
export const DEFAULT_ANCHOR = '2024-01-01';

/** Which ordinals a date has in its month: the 10th is the 2nd of its weekday and, in a 30-day month, the 3rd last. */
function ordinalsInMonth(date: CivilDate): [number, number] {
  const fromStart = Math.ceil(date.day / 7);
  const fromEnd = -(Math.floor((daysInMonth(date.year, date.month) - date.day) / 7) + 1);
  return [fromStart, fromEnd];
}

/** Monday of the week a day number is in. */
function mondayOf(days: number): number {
  return days - (isoWeekday(days) - 1);
}

/** A rule prepared for testing many dates quickly. */
export interface CompiledRule {
  rule: ScheduleRule;
  byday: ByDay[];
  anchor: number;
  from: number | null;
  to: number | null;
}

export function compileRule(rule: ScheduleRule): CompiledRule {
  return {
    rule,
    byday: parseByDay(rule.byday),
    anchor: parseDate(rule.validFrom ?? DEFAULT_ANCHOR),
    from: rule.validFrom ? parseDate(rule.validFrom) : null,
    to: rule.validTo ? parseDate(rule.validTo) : null,
  };
}

/** Whether the activity starts on this day (a day number), by its rule. */
export function occursOn(compiled: CompiledRule, days: number): boolean {
  const { rule, byday, anchor, from, to } = compiled;
  if ((from !== null && days < from) || (to !== null && days > to)) return false;
  const weekday = isoWeekday(days);
  if (rule.freq === 'WEEKLY') {
    if (!byday.some((d) => d.weekday === weekday)) return false;
    const weeks = Math.round((mondayOf(days) - mondayOf(anchor)) / 7);
    return ((weeks % rule.interval) + rule.interval) % rule.interval === 0;
  }
  const date = civilDate(days);
  const start = civilDate(anchor);
  const months = (date.year - start.year) * 12 + (date.month - start.month);
  if (((months % rule.interval) + rule.interval) % rule.interval !== 0) return false;
  const [fromStart, fromEnd] = ordinalsInMonth(date);
  return byday.some(
    (d) => d.weekday === weekday && (d.ordinal === null || d.ordinal === fromStart || d.ordinal === fromEnd),
  );
}
