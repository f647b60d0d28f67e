import type { Locale } from '../../i18n';
import { parseTime } from './civil';
import { formatCivilDate, formatTimeRange } from './format';
import { type ByDay, parseByDay, type ScheduleRule } from './rule';
import { words, type ScheduleWords } from './words';

const WORKING_DAYS = [1, 2, 3, 4, 5];

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The days of a weekly rule: "hver dag", "hver tirsdag", "hver anden torsdag", "mandag og torsdag". */
function weeklyDays(w: ScheduleWords, byday: ByDay[], interval: number): string {
  const days = [...new Set(byday.map((d) => d.weekday))].sort((a, b) => a - b);
  const names = days.map((d) => w.weekdays[d - 1] ?? '');
  const single = names.length === 1 ? names[0] : undefined;
  if (single !== undefined) return interval === 1 ? w.every(single) : w.everyNth(interval, single);
  const set =
    days.length === 7 ? w.everyDay : days.join() === WORKING_DAYS.join() ? w.weekdaysOnly : w.list(names);
  return interval === 1 ? set : `${set} ${w.everyNthWeek(interval)}`;
}

/** The days of a monthly rule: "første tirsdag i måneden", "første og tredje tirsdag i måneden". */
function monthlyDays(w: ScheduleWords, byday: ByDay[], interval: number): string {
  const weekdays = [...new Set(byday.map((d) => d.weekday))];
  const phrase = (d: ByDay) => (d.ordinal === null ? w.every(w.weekdays[d.weekday - 1] ?? '') : w.ordinal(d.ordinal));
  const days =
    weekdays.length === 1 && byday.every((d) => d.ordinal !== null)
      ? `${w.list(byday.map(phrase))} ${w.weekdays[byday[0]!.weekday - 1]}`
      : w.list(byday.map((d) => (d.ordinal === null ? phrase(d) : `${phrase(d)} ${w.weekdays[d.weekday - 1]}`)));
  return `${days} ${interval === 1 ? w.ofTheMonth : w.everyNthMonth(interval)}`;
}

/**
 * A schedule in plain words, for people who read Danish with difficulty as much as for anyone:
 * "Hver tirsdag kl. 10.00–12.00", "Mandag og torsdag kl. 9.30–11.30", "Hver anden torsdag kl.
 * 10.00–13.00", "Første tirsdag i måneden kl. 17.00–19.00", "Hver dag kl. 20.00–9.00", followed
 * by when the rule applies ("fra 1. marts 2026 til 30. juni 2026") and its note, if any.
 */
export function describeSchedule(schedule: ScheduleRule, locale: Locale): string {
  const w = words[locale];
  const byday = parseByDay(schedule.byday);
  const days =
    schedule.freq === 'WEEKLY' ? weeklyDays(w, byday, schedule.interval) : monthlyDays(w, byday, schedule.interval);
  const times = formatTimeRange(locale, parseTime(schedule.opensAt), parseTime(schedule.closesAt));
  const validity = [
    schedule.validFrom ? w.from(formatCivilDate(locale, schedule.validFrom)) : '',
    schedule.validTo ? w.to(formatCivilDate(locale, schedule.validTo)) : '',
  ]
    .filter(Boolean)
    .join(' ');
  const sentence = `${capitalise(days)}${w.timeSeparator}${times}${validity ? `, ${validity}` : ''}`;
  const note = schedule.note?.trim();
  return note ? `${sentence}. ${note}` : sentence;
}
