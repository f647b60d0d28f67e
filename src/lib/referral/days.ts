/**
 * Response targets are set in working days ("svar inden 5 hverdage"), counted on the calendar of
 * Copenhagen, where staff work. Public holidays are not counted out: the target is a promise to
 * look, and a holiday costs at most a day or two of "overdue" marking.
 */
const ZONE = 'Europe/Copenhagen';

const parts = new Intl.DateTimeFormat('en-GB', {
  timeZone: ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** The wall-clock fields of an instant in Copenhagen. */
function local(at: Date): { y: number; m: number; d: number; h: number; min: number; s: number } {
  const f = Object.fromEntries(parts.formatToParts(at).map((p) => [p.type, Number(p.value)]));
  return { y: f.year!, m: f.month!, d: f.day!, h: f.hour!, min: f.minute!, s: f.second! };
}

/** How far Copenhagen's clock is ahead of UTC at an instant (1 or 2 hours), in milliseconds. */
function offsetAt(at: Date): number {
  const l = local(at);
  return Date.UTC(l.y, l.m - 1, l.d, l.h, l.min, l.s) - Math.floor(at.getTime() / 1000) * 1000;
}

/**
 * The end of the `days`-th working day (Monday to Friday) after the day of `start`, in
 * Copenhagen: sent on a Friday with 1 day → the end of Monday; sent on a Saturday with 5 days →
 * the end of the next Friday. The end of a day is the last millisecond before local midnight, so
 * a referral is overdue from the first moment of the day after its due day.
 */
export function workingDaysAfter(start: Date, days: number): Date {
  const s = local(start);
  // Walk the local calendar as UTC dates: no clock changes there.
  const day = new Date(Date.UTC(s.y, s.m - 1, s.d));
  let counted = 0;
  while (counted < Math.max(0, Math.floor(days))) {
    day.setUTCDate(day.getUTCDate() + 1);
    const weekday = day.getUTCDay();
    if (weekday !== 0 && weekday !== 6) counted += 1;
  }
  // Local 23:59:59.999 of that day, as an instant. Clocks change at night, never near midnight.
  const wall = Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), 23, 59, 59, 999);
  return new Date(wall - offsetAt(new Date(wall - 2 * 60 * 60 * 1000)));
}
