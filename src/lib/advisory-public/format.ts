import { type Locale, t } from '../../i18n';
import type { HostRef, PublicSession, SessionPlace } from '../advisory';
import { formatTime, formatTimeRange, intlLocale } from '../schedule/format';
import { TIME_ZONE, wallClock } from '../schedule/zone';
import type { YearMonth } from './query';

/**
 * Advisory sessions in words for the public pages: when ("tirsdag 1. december 2026 kl.
 * 16.00–18.00"), where, for whom, and whether there is a seat. Times are always Copenhagen's.
 */

/** Whether a seat can be booked, and if not, why. */
export type BookingState = 'open' | 'waitingList' | 'full' | 'started' | 'ended' | 'cancelled';

/** The booking state at `now`: the core refuses bookings once a session has started (`closed`). */
export function bookingState(session: Pick<PublicSession, 'status' | 'startsAt' | 'endsAt' | 'seatsLeft' | 'waitingList'>, now: Date): BookingState {
  if (session.status === 'cancelled') return 'cancelled';
  if (session.endsAt <= now) return 'ended';
  if (session.startsAt <= now) return 'started';
  if (session.seatsLeft > 0) return 'open';
  return session.waitingList ? 'waitingList' : 'full';
}

/** "3 ledige pladser", "Fuldt – venteliste", "Fuldt", "Aflyst", "I gang", "Afholdt". */
export function availabilityText(locale: Locale, session: Parameters<typeof bookingState>[0], now: Date): string {
  const state = bookingState(session, now);
  if (state === 'open') return t(locale, 'advisoryPublic.seats', { count: session.seatsLeft });
  return t(locale, `advisoryPublic.state.${state}`);
}

const formats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}:${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) formats.set(key, (format = new Intl.DateTimeFormat(intlLocale[locale], options)));
  return format;
}

/**
 * "tirsdag 1. december 2026": the weekday and the date formatted apart, because Danish ICU writes
 * "tirsdag den 1. december 2026" when they are formatted together.
 */
function longDay(locale: Locale, instant: Date, timeZone: string): string {
  const weekday = dateFormat(locale, { weekday: 'long', timeZone }).format(instant);
  const date = dateFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone }).format(instant);
  return `${weekday} ${date}`;
}

/** "tirsdag 1. december 2026 kl. 16.00–18.00" / "Tuesday 1 December 2026, 16:00–18:00". */
export function sessionWhen(locale: Locale, session: Pick<PublicSession, 'startsAt' | 'endsAt'>): string {
  const day = longDay(locale, session.startsAt, TIME_ZONE);
  const range = formatTimeRange(locale, wallClock(session.startsAt), wallClock(session.endsAt));
  return locale === 'da' ? `${day} ${range}` : `${day}, ${range}`;
}

/** A date (`YYYY-MM-DD`) as a heading: "tirsdag 1. december 2026" / "Tuesday 1 December 2026". */
export function dayHeading(locale: Locale, date: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return longDay(locale, new Date(Date.UTC(year, month - 1, day, 12)), 'UTC');
}

/** "december 2026" / "December 2026", as in running text. */
export function monthName(locale: Locale, { year, month }: YearMonth): string {
  return dateFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(year, month - 1, 15)));
}

/** "December 2026" (capitalised, as a caption starts). */
export function monthCaption(locale: Locale, month: YearMonth): string {
  const text = monthName(locale, month);
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The weekdays Monday first: short for the column heading, long for screen readers. */
export function weekdays(locale: Locale): { short: string; long: string }[] {
  // 5 January 2026 was a Monday.
  return Array.from({ length: 7 }, (_, i) => {
    const date = new Date(Date.UTC(2026, 0, 5 + i, 12));
    return {
      short: dateFormat(locale, { weekday: 'short', timeZone: 'UTC' }).format(date).replace(/\.$/, ''),
      long: dateFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(date),
    };
  });
}

/** The start as a time of day: "16.00" / "16:00". */
export function startTime(locale: Locale, session: Pick<PublicSession, 'startsAt'>): string {
  return formatTime(locale, wallClock(session.startsAt));
}

/** "Valby Kulturhus, Valgårdsvej 4, 2500 Valby" (the name when there is one). */
export function placeLine(place: Pick<SessionPlace, 'name' | 'address' | 'postalCode' | 'city'>): string {
  const town = [place.postalCode, place.city].filter(Boolean).join(' ');
  return [place.name, place.address, town].filter(Boolean).join(', ');
}

/**
 * A text the coordinator wrote, in the reader's language when there is an English one; otherwise
 * the Danish, marked `lang="da"` on the English page so a screen reader reads it as Danish.
 */
export function localText(locale: Locale, danish: string, english: string | null): { text: string; lang: 'da' | undefined } {
  if (locale === 'en' && english?.trim()) return { text: english, lang: undefined };
  return { text: danish, lang: locale === 'en' ? 'da' : undefined };
}

/** A session's topic in the reader's language (plain text, e.g. for a calendar or a title). */
export function topicText(locale: Locale, session: Pick<PublicSession, 'topic' | 'topicEn'>): string {
  return localText(locale, session.topic, session.topicEn).text;
}

/** A host's name in the reader's language. */
export function hostName(locale: Locale, host: Pick<HostRef, 'name' | 'nameEn'>): string {
  return locale === 'en' && host.nameEn ? host.nameEn : host.name;
}

/** "Socialforvaltningen og Valby Besøgstjeneste". */
export function hostNames(locale: Locale, hosts: readonly Pick<HostRef, 'name' | 'nameEn'>[]): string {
  return new Intl.ListFormat(intlLocale[locale], { type: 'conjunction' }).format(hosts.map((h) => hostName(locale, h)));
}

/** The public page of a host: associations have one; administrations have none yet. */
export function hostPath(host: Pick<HostRef, 'kind' | 'slug'>): string | null {
  return host.kind === 'association' ? `/foreninger/${host.slug}` : null;
}
