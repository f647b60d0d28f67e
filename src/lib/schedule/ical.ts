import ical from 'ical-generator';
import { civilDate, parseTime } from './civil';
import { occurrencesOf } from './occurrences';
import { compileRule, type ScheduleRule } from './rule';
import { TIME_ZONE, wallClock, zonedInstant } from './zone';

/** What a calendar file of one activity holds. */
export interface ActivityCalendarInput {
  /** The activity's name: the title of the calendar and of each event. */
  name: string;
  /** A sentence or two about the activity, in the reader's language. */
  summary: string;
  /** The absolute address of the activity's page. */
  url: string;
  /** Where it takes place, as one line; null for activities by phone or in the citizen's home. */
  location: string | null;
  schedules: readonly (ScheduleRule & { id: string })[];
  /** Events start at the first occurrence on or after this instant. */
  from: Date;
}

/**
 * Europe/Copenhagen's rules since 1996 (EU summer time: last Sunday of March 02.00 to last Sunday
 * of October 03.00). Calendar programs need it to read the TZID of the events; it is written out
 * here because the tz database is not reachable from ical-generator without another dependency.
 */
export const COPENHAGEN_VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  'TZID:Europe/Copenhagen',
  'X-LIC-LOCATION:Europe/Copenhagen',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
].join('\r\n');

/**
 * An instant that ical-generator writes as Copenhagen wall-clock time. Given a plain Date and a
 * time zone, ical-generator would print the server's local time; a Date that looks like
 * @date-fns/tz's TZDate (`internal`, `withTimeZone`, `tzComponents`) gets converted by us instead,
 * so the file is right whatever TZ the server runs in.
 */
export class CopenhagenTime extends Date {
  readonly internal: Date;
  constructor(instant: Date) {
    super(instant.getTime());
    this.internal = instant;
  }
  withTimeZone(timeZone: string) {
    const c = wallClock(this.internal, timeZone);
    const fields = {
      getFullYear: () => c.year,
      getMonth: () => c.month - 1,
      getDate: () => c.day,
      getHours: () => c.hour,
      getMinutes: () => c.minute,
      getSeconds: () => c.second,
    };
    return { ...fields, getUTCFullYear: fields.getFullYear, getUTCMonth: fields.getMonth, getUTCDate: fields.getDate };
  }
  tzComponents() {
    return wallClock(this.internal);
  }
}

function utcStamp(instant: Date): string {
  return instant.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/** The RRULE of a schedule: FREQ, INTERVAL, BYDAY and, with a `validTo`, UNTIL its last start in UTC. */
export function recurrenceRule(rule: ScheduleRule): string {
  const parts = [`FREQ=${rule.freq}`, `INTERVAL=${rule.interval}`, `BYDAY=${rule.byday.join(',')}`];
  if (rule.interval > 1) parts.push('WKST=MO');
  const to = compileRule(rule).to;
  // RFC 5545: with a TZID on DTSTART, UNTIL must be in UTC; the last start is validTo at the opening time.
  if (to !== null) parts.push(`UNTIL=${utcStamp(zonedInstant(civilDate(to), parseTime(rule.opensAt)))}`);
  return parts.join(';');
}

/**
 * An iCalendar file (RFC 5545) with one recurring event per schedule that still has dates: DTSTART
 * and DTEND carry TZID=Europe/Copenhagen, so "10.00 every Tuesday" stays 10.00 after a switch to or
 * from summer time. Event UIDs are the schedule ids, so importing the file again updates the events.
 */
export function buildActivityCalendar(input: ActivityCalendarInput): string {
  const calendar = ical({
    name: input.name,
    prodId: { company: 'Indgang', product: 'Aktiviteter', language: 'DA' },
    url: input.url,
  });
  calendar.timezone({ name: null, generator: (tz) => (tz === TIME_ZONE ? COPENHAGEN_VTIMEZONE : null) });
  for (const schedule of input.schedules) {
    const [first] = occurrencesOf(schedule, input.from, 1);
    if (!first) continue;
    const note = schedule.note?.trim();
    calendar.createEvent({
      id: `${schedule.id}@indgang`,
      stamp: input.from,
      start: new CopenhagenTime(first.start),
      end: new CopenhagenTime(first.end),
      timezone: TIME_ZONE,
      repeating: recurrenceRule(schedule),
      summary: input.name,
      description: [input.summary, note, input.url].filter(Boolean).join('\n\n'),
      location: input.location,
      url: input.url,
    });
  }
  return calendar.toString();
}

/** A file name that is safe in any browser and file system: `slug.ics`, ASCII only. */
export function calendarFileName(slug: string): string {
  const safe = slug.toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/^-+|-+$/g, '');
  return `${safe || 'aktivitet'}.ics`;
}
