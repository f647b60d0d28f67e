import type { Locale } from '../../i18n';
import { civilDate, parseDate, type WallTime } from './civil';
import type { Occurrence } from './occurrences';
import { TIME_ZONE, wallClock } from './zone';

/** Intl wants a region: British English writes "3 March" and lists without the Oxford comma. */
export const intlLocale: Record<Locale, string> = { da: 'da-DK', en: 'en-GB' };

const cache = new Map<string, Intl.DateTimeFormat>();
function dateFormat(locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}:${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) cache.set(key, (f = new Intl.DateTimeFormat(intlLocale[locale], options)));
  return f;
}

/** An instant's date in Copenhagen: "12. marts 2026" / "12 March 2026". */
export function formatDate(locale: Locale, instant: Date): string {
  return dateFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: TIME_ZONE }).format(instant);
}

/** A calendar date stored as `YYYY-MM-DD`: "1. marts 2026" / "1 March 2026". */
export function formatCivilDate(locale: Locale, text: string): string {
  const { year, month, day } = civilDate(parseDate(text));
  // Formatted in UTC, because the date has no time zone and must not slip to the day before.
  return dateFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, month - 1, day)),
  );
}

/**
 * A wall-clock time as each language writes it: Danish "9.30" and "20.00" (no leading zero, as in
 * running Danish text), English "09:30" and "20:00".
 */
export function formatTime(locale: Locale, time: WallTime): string {
  const minutes = String(time.minute).padStart(2, '0');
  return locale === 'da' ? `${time.hour}.${minutes}` : `${String(time.hour).padStart(2, '0')}:${minutes}`;
}

/** "kl. 10.00–12.00" / "10:00–12:00". */
export function formatTimeRange(locale: Locale, opens: WallTime, closes: WallTime): string {
  const range = `${formatTime(locale, opens)}–${formatTime(locale, closes)}`;
  return locale === 'da' ? `kl. ${range}` : range;
}

/** One upcoming time in Copenhagen: "tirsdag 3. marts kl. 10.00–12.00" / "Tuesday 3 March, 10:00–12:00". */
export function formatOccurrence(locale: Locale, occurrence: Occurrence): string {
  const day = dateFormat(locale, { weekday: 'long', day: 'numeric', month: 'long', timeZone: TIME_ZONE }).format(
    occurrence.start,
  );
  const range = formatTimeRange(locale, wallClock(occurrence.start), wallClock(occurrence.end));
  return locale === 'da' ? `${day} ${range}` : `${day}, ${range}`;
}
