import type { Schedule } from '../../../db/schema';
import { describeSchedule, zonedInstant } from '../schedule';
import { civilDate, parseDate } from '../schedule/civil';
import { compileRule, DEFAULT_ANCHOR, occursOn } from '../schedule/rule';
import { present } from './organization';
import type { HsdsSchedule } from './types';

/** The UTC offset of Europe/Copenhagen in whole hours on a date (1 in winter, 2 in summer). */
export function copenhagenOffsetHours(date: string): number {
  const day = civilDate(parseDate(date));
  const noon = zonedInstant(day, { hour: 12, minute: 0 });
  return Math.round((Date.UTC(day.year, day.month - 1, day.day, 12, 0) - noon.getTime()) / 3_600_000);
}

/**
 * RFC 5545 needs DTSTART to count "every other week" from. Ours counts from `validFrom`, or from
 * the fixed Monday 2024-01-01 when there is none (src/lib/schedule/rule.ts); the first date on or
 * after that anchor that the rule gives is the same series.
 */
export function firstOccurrence(schedule: Schedule): string | undefined {
  const compiled = compileRule(schedule);
  const start = parseDate(schedule.validFrom ?? DEFAULT_ANCHOR);
  for (let days = start; days < start + 400; days++) {
    if (occursOn(compiled, days)) {
      const { year, month, day } = civilDate(days);
      return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    }
  }
  return undefined;
}

/**
 * A schedule as an HSDS schedule. `opens_at`/`closes_at` are our wall-clock times in
 * Europe/Copenhagen as "HH:MM"; `timezone` is that zone's UTC offset on `valid_from` (or on
 * `today` when the rule has no start), because HSDS reads times without it as UTC. `dtstart` is
 * given only when `interval` > 1, where RFC 5545 needs it. `description` is the rule in Danish
 * words; our free-text note goes to `notes`.
 */
export function toHsdsSchedule(
  schedule: Schedule,
  serviceId: string,
  locationIds: ReadonlySet<string>,
  today: string,
): HsdsSchedule {
  return {
    id: schedule.id,
    service_id: serviceId,
    location_id: schedule.placeId && locationIds.has(schedule.placeId) ? schedule.placeId : undefined,
    freq: schedule.freq,
    interval: schedule.interval,
    byday: schedule.byday.join(','),
    opens_at: schedule.opensAt.slice(0, 5),
    closes_at: schedule.closesAt.slice(0, 5),
    valid_from: present(schedule.validFrom),
    valid_to: present(schedule.validTo),
    dtstart: schedule.interval > 1 ? firstOccurrence(schedule) : undefined,
    timezone: copenhagenOffsetHours(schedule.validFrom ?? today),
    description: describeSchedule({ ...schedule, note: null }, 'da'),
    notes: present(schedule.note),
  };
}
