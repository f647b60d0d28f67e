/**
 * The repeated schedule rows of the activity form (`schedules.N.*`, see ./index.ts), as weekdays,
 * weeks of the month and times, turned into the recurrence rules the schedule table stores
 * (RFC 5545 subset: WEEKLY on MO,TH; MONTHLY on 1TU,-1FR).
 */
import { z } from 'zod';
import type { ScheduleValue } from '../values';
import { checkedValues, crossCheck, field, oneOf, optionalText, ticked, type Tr } from './fields';
import type { RawRow } from './read';
import { emptyRows, rowList } from './rows';

export const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
/** Weeks of a month as RFC 5545 ordinals: the first to the fourth, and the last. */
export const MONTH_WEEKS = ['1', '2', '3', '4', '-1'] as const;
/** "Every week", "every other week", … up to every fourth. */
export const INTERVALS = ['1', '2', '3', '4'] as const;
/** Empty rows offered for new schedules under the existing ones. */
export const NEW_SCHEDULE_ROWS = 1;

export const SCHEDULE_FIELDS = ['byday', 'weeks', 'opensAt', 'closesAt', 'validFrom', 'validTo', 'note'] as const;

/** "9", "09", "9.30", "9:30", "0930" → "09:30"; null when it is not a time of day. */
export function parseTime(text: string): string | null {
  const match = /^(\d{1,2})(?:[:.]?(\d{2}))?$/.exec(text.trim());
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2] ?? '0');
  if (hours > 23 || minutes > 59) return null;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

/** "2025-03-01" (what a date input sends) or "1.3.2025", "01-03-2025" → "2025-03-01"; null if no such day. */
export function parseDate(text: string): string | null {
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  const danish = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/.exec(text);
  const [year, month, day] = iso ? [iso[1], iso[2], iso[3]] : danish ? [danish[3], danish[2], danish[1]] : [];
  if (!year || !month || !day) return null;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  if (date.getUTCMonth() !== Number(month) - 1 || date.getUTCDate() !== Number(day)) return null;
  return date.toISOString().slice(0, 10);
}

const time = (tr: Tr) =>
  field<string | null>((v) => (v === '' ? { value: null } : parseTime(v) ? { value: parseTime(v) } : { error: tr('edit.error.time') }));
const date = (tr: Tr) =>
  field<string | null>((v) => (v === '' ? { value: null } : parseDate(v) ? { value: parseDate(v) } : { error: tr('edit.error.date') }));

/** The schema of the schedule rows. */
export function scheduleRows(tr: Tr) {
  const fields = z.object({
    freq: oneOf(['WEEKLY', 'MONTHLY'] as const, tr('edit.error.choice'), 'WEEKLY'),
    interval: field<number>((v) =>
      v === '' ? { value: 1 } : /^(?:[1-9]|1[0-2])$/.test(v) ? { value: Number(v) } : { error: tr('edit.error.choice') },
    ),
    byday: checkedValues,
    weeks: checkedValues,
    opensAt: time(tr),
    closesAt: time(tr),
    overnight: ticked,
    validFrom: date(tr),
    validTo: date(tr),
    note: optionalText(tr, tr('edit.schedule.note'), 300),
    remove: ticked,
  });
  const row = fields
    .check(
      crossCheck<z.output<typeof fields>>((s, issue) => {
        const days = (s.byday ?? []).filter((d) => (WEEKDAYS as readonly string[]).includes(d));
        if (days.length === 0) issue('byday', tr('edit.error.weekdays'));
        if (s.freq === 'MONTHLY' && !(s.weeks ?? []).some((w) => (MONTH_WEEKS as readonly string[]).includes(w)))
          issue('weeks', tr('edit.error.weeks'));
        if (s.opensAt === null) issue('opensAt', tr('edit.error.opensAt'));
        if (s.closesAt === null) issue('closesAt', tr('edit.error.closesAt'));
        // A night line runs 20:00–09:00; only a ticked "ends after midnight" allows that order.
        if (s.opensAt && s.closesAt && (s.closesAt === s.opensAt || (s.closesAt < s.opensAt && !s.overnight))) {
          issue('closesAt', tr('edit.error.closesAfterOpens'));
        }
        if (s.validFrom && s.validTo && s.validTo < s.validFrom) issue('validTo', tr('edit.error.dateOrder'));
      }),
    )
    .transform((s): ScheduleValue => {
      const days = WEEKDAYS.filter((d) => s.byday.includes(d));
      const weeks = MONTH_WEEKS.filter((w) => s.weeks.includes(w));
      return {
        freq: s.freq,
        interval: s.interval,
        byday: s.freq === 'WEEKLY' ? days : weeks.flatMap((w) => days.map((d) => `${w}${d}`)),
        opensAt: s.opensAt!,
        closesAt: s.closesAt!,
        validFrom: s.validFrom,
        validTo: s.validTo,
        note: s.note,
      };
    });
  return rowList(row, SCHEDULE_FIELDS);
}

/** Schedule values as form rows, plus an empty row for a new schedule. */
export function scheduleState(schedules: readonly ScheduleValue[]): RawRow[] {
  return [
    ...schedules.map((s) => {
      const opensAt = s.opensAt.slice(0, 5);
      const closesAt = s.closesAt.slice(0, 5);
      const parts = s.byday.map((b) => /^(-?\d)?([A-Z]{2})$/.exec(b)).filter((m) => m !== null);
      return {
        freq: s.freq,
        interval: String(s.interval),
        byday: [...new Set(parts.map((m) => m[2]!))],
        weeks: [...new Set(parts.map((m) => m[1]).filter((w): w is string => w !== undefined))],
        opensAt,
        closesAt,
        overnight: closesAt < opensAt ? 'true' : '',
        validFrom: s.validFrom ?? '',
        validTo: s.validTo ?? '',
        note: s.note ?? '',
      };
    }),
    ...emptyRows(NEW_SCHEDULE_ROWS, { freq: 'WEEKLY', interval: '1' }),
  ];
}
