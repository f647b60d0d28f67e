import { civilDate, dayNumber, parseTime } from './civil';
import { compileRule, occursOn, type ScheduleRule } from './rule';
import { wallClock, zonedInstant } from './zone';

/** One time an activity takes place, as real instants. */
export interface Occurrence {
  start: Date;
  end: Date;
}

/** How far ahead to look: a monthly rule every sixth month still gives a few dates. */
const HORIZON_DAYS = 2 * 366;

/**
 * The occurrences of one rule starting at or after `from`, at most `count`. Each date's opening
 * and closing times are wall-clock times in Europe/Copenhagen, turned into instants on that date,
 * so daylight saving is right on both sides of a switch. A closing time earlier than (or equal to)
 * the opening time ends the next day: "20.00–09.00" is a night.
 */
export function occurrencesOf(rule: ScheduleRule, from: Date, count: number): Occurrence[] {
  const compiled = compileRule(rule);
  const opens = parseTime(rule.opensAt);
  const closes = parseTime(rule.closesAt);
  const overnight = closes.hour * 60 + closes.minute <= opens.hour * 60 + opens.minute;
  const first = dayNumber(wallClock(from));
  const last = compiled.to === null ? first + HORIZON_DAYS : Math.min(compiled.to, first + HORIZON_DAYS);
  const found: Occurrence[] = [];
  for (let days = first; days <= last && found.length < count; days++) {
    if (!occursOn(compiled, days)) continue;
    const start = zonedInstant(civilDate(days), opens);
    if (start < from) continue;
    found.push({ start, end: zonedInstant(civilDate(overnight ? days + 1 : days), closes) });
  }
  return found;
}

/**
 * The next `count` times an activity takes place by any of its schedules, in time order, starting
 * at or after `from`. Two schedules giving the very same time count once. A schedule whose
 * `validTo` has passed gives nothing.
 */
export function nextOccurrences(schedules: readonly ScheduleRule[], from: Date, count: number): Occurrence[] {
  if (count <= 0) return [];
  const all = schedules.flatMap((rule) => occurrencesOf(rule, from, count));
  all.sort((a, b) => a.start.getTime() - b.start.getTime() || a.end.getTime() - b.end.getTime());
  const unique = all.filter(
    (o, i) => i === 0 || o.start.getTime() !== all[i - 1]!.start.getTime() || o.end.getTime() !== all[i - 1]!.end.getTime(),
  );
  return unique.slice(0, count);
}
