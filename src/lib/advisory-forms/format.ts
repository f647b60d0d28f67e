/**
 * A session's time as people read it: "tirsdag 1. december 2026 kl. 16.00–18.00" /
 * "Tuesday 1 December 2026, 16:00–18:00", on Copenhagen clocks whatever the server's zone.
 */
import type { Locale } from '../../i18n';
import { formatTimeRange, intlLocale, TIME_ZONE, wallClock } from '../schedule';

const formats = new Map<Locale, Intl.DateTimeFormat>();

function dayFormat(locale: Locale): Intl.DateTimeFormat {
  let format = formats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(intlLocale[locale], { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: TIME_ZONE });
    formats.set(locale, format);
  }
  return format;
}

/** The day with its year and the time range of a session. */
export function formatWhen(locale: Locale, start: Date, end: Date): string {
  // Intl writes "tirsdag den 1. december" and "Tuesday, 1 December"; running text has neither "den" nor the comma.
  const day = dayFormat(locale).format(start).replace(/^(\p{L}+),? (?:den )?/u, '$1 ');
  const range = formatTimeRange(locale, wallClock(start), wallClock(end));
  return locale === 'da' ? `${day} ${range}` : `${day}, ${range}`;
}
