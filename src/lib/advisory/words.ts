import type { Locale } from '../../i18n';
import { formatTimeRange, intlLocale } from '../schedule/format';
import { TIME_ZONE, wallClock } from '../schedule/zone';
import type { PublicSession } from './types';

/**
 * A session's time, place and topic in words, the same on the pages, in the mails and in the
 * calendar files: "tirsdag 1. december 2026 kl. 16.00–18.00", always on Copenhagen clocks.
 */

const formats = new Map<string, Intl.DateTimeFormat>();
function part(locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}:${JSON.stringify(options)}`;
  let f = formats.get(key);
  if (!f) formats.set(key, (f = new Intl.DateTimeFormat(intlLocale[locale], { ...options, timeZone: TIME_ZONE })));
  return f;
}

/** "tirsdag 1. december 2026" / "Tuesday 1 December 2026" (Intl's Danish says "tirsdag den 1.", too formal here). */
export function sessionDate(locale: Locale, start: Date): string {
  const weekday = part(locale, { weekday: 'long' }).format(start);
  const date = part(locale, { day: 'numeric', month: 'long', year: 'numeric' }).format(start);
  return `${weekday} ${date}`;
}

/** "tirsdag 1. december 2026 kl. 16.00–18.00" / "Tuesday 1 December 2026, 16:00–18:00". */
export function sessionWhen(locale: Locale, session: Pick<PublicSession, 'startsAt' | 'endsAt'>): string {
  const range = formatTimeRange(locale, wallClock(session.startsAt), wallClock(session.endsAt));
  return `${sessionDate(locale, session.startsAt)}${locale === 'da' ? ' ' : ', '}${range}`;
}

/** The topic in the reader's language: the English topic when there is one. */
export function sessionTopic(locale: Locale, session: Pick<PublicSession, 'topic' | 'topicEn'>): string {
  return locale === 'en' && session.topicEn ? session.topicEn : session.topic;
}

/** "Valby Bibliotek, Annexstræde 2, 2500 Valby", or null for an online-only session. */
export function sessionAddress(session: Pick<PublicSession, 'place'>): string | null {
  const place = session.place;
  if (!place) return null;
  return [place.name, place.address, `${place.postalCode} ${place.city}`.trim()].filter(Boolean).join(', ');
}
