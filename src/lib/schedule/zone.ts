import type { CivilDate, WallTime } from './civil';

/** Schedules are wall-clock times here, whatever time zone the server or the reader is in. */
export const TIME_ZONE = 'Europe/Copenhagen';

const formats = new Map<string, Intl.DateTimeFormat>();

function format(timeZone: string): Intl.DateTimeFormat {
  let f = formats.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formats.set(timeZone, f);
  }
  return f;
}

/** The date and wall-clock time an instant shows on a clock in `timeZone`. */
export function wallClock(instant: Date, timeZone = TIME_ZONE): CivilDate & WallTime & { second: number } {
  const parts: Record<string, number> = {};
  for (const part of format(timeZone).formatToParts(instant)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  const value = (name: string) => parts[name] ?? 0;
  return {
    year: value('year'),
    month: value('month'),
    day: value('day'),
    hour: value('hour'),
    minute: value('minute'),
    second: value('second'),
  };
}

/** How far `timeZone` is ahead of UTC at an instant, in milliseconds (+1 h in winter, +2 h in summer). */
function offsetAt(epochMs: number, timeZone: string): number {
  const whole = Math.floor(epochMs / 1000) * 1000;
  const c = wallClock(new Date(whole), timeZone);
  return Date.UTC(c.year, c.month - 1, c.day, c.hour, c.minute, c.second) - whole;
}

/**
 * The instant at which clocks in `timeZone` show `date` at `time`: 10.00 in Copenhagen is 09.00 UTC
 * in winter and 08.00 UTC in summer. The offset is looked up twice, because the first guess may sit
 * on the other side of a daylight-saving switch. A time skipped in spring (02.30 on the last Sunday
 * of March) comes out an hour later; a time that occurs twice in autumn comes out as the later one.
 */
export function zonedInstant(date: CivilDate, time: WallTime, timeZone = TIME_ZONE): Date {
  const asUtc = Date.UTC(date.year, date.month - 1, date.day, time.hour, time.minute);
  const firstOffset = offsetAt(asUtc, timeZone);
  const guess = asUtc - firstOffset;
  const secondOffset = offsetAt(guess, timeZone);
  return new Date(secondOffset === firstOffset ? guess : asUtc - secondOffset);
}
