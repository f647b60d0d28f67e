import ical, { ICalEventStatus } from 'ical-generator';
import { type Locale, t } from '../../i18n';
import type { PublicSession } from '../advisory';
import { hostNames, localText, placeLine, topicText } from '../advisory-public/format';
import { COPENHAGEN_VTIMEZONE, CopenhagenTime } from '../schedule/ical';
import { TIME_ZONE } from '../schedule/zone';

/**
 * Advisory sessions as iCalendar (RFC 5545): one VEVENT per session, in Copenhagen wall-clock
 * time with the zone written out, so "16.00" stays 16.00 in any calendar program. The UID is the
 * session's id, so a calendar that imports the file again (or refreshes a feed) updates the event
 * instead of adding a second one, and a cancellation arrives as STATUS:CANCELLED.
 */
export interface SessionCalendarInput {
  locale: Locale;
  /** The calendar's name (X-WR-CALNAME), e.g. the topic or "Rådgivningsmøder med …". */
  name: string;
  sessions: readonly PublicSession[];
  /** The absolute address of a session's public page. */
  pageUrl: (session: PublicSession) => string;
  /** For subscribed feeds: how often a calendar should fetch the feed again, in seconds. */
  refreshSeconds?: number;
  /** DTSTAMP: when the file was made. */
  now: Date;
}

/** Seconds from 2024 on: a SEQUENCE that grows with every change of a session (RFC 5545 wants an integer that only rises). */
function sequenceOf(updatedAt: Date): number {
  return Math.max(0, Math.floor((updatedAt.getTime() - Date.UTC(2024, 0, 1)) / 1000));
}

/** Where the session is, as one line: the place, or "Online". */
export function sessionLocation(locale: Locale, session: Pick<PublicSession, 'place' | 'onlineUrl'>): string | null {
  if (session.place) return placeLine(session.place);
  return session.onlineUrl ? t(locale, 'advisoryPublic.online') : null;
}

/**
 * The event's text: what it is about, who hosts it, how to join online (the link itself only
 * comes with a seat), and the page where the reader books or reads more.
 */
function eventDescription(locale: Locale, session: PublicSession, url: string): string {
  const parts = [
    session.status === 'cancelled' ? t(locale, 'advisoryPublic.ical.cancelled') : null,
    localText(locale, session.description, session.descriptionEn).text.trim() || null,
    session.hosts.length > 0 ? t(locale, 'advisoryPublic.ical.hosts', { hosts: hostNames(locale, session.hosts) }) : null,
    session.onlineUrl ? t(locale, session.place ? 'advisoryPublic.online.also' : 'advisoryPublic.online.only') : null,
    url,
  ];
  return parts.filter((p): p is string => Boolean(p)).join('\n\n');
}

/** An iCalendar file of the sessions (one for a download, many for a feed). */
export function sessionsCalendar(input: SessionCalendarInput): string {
  const { locale } = input;
  const calendar = ical({
    name: input.name,
    prodId: { company: 'Indgang', product: 'Raadgivning', language: locale.toUpperCase() },
    ...(input.refreshSeconds ? { ttl: input.refreshSeconds } : {}),
  });
  calendar.timezone({ name: null, generator: (tz) => (tz === TIME_ZONE ? COPENHAGEN_VTIMEZONE : null) });
  for (const session of input.sessions) {
    const url = input.pageUrl(session);
    const topic = topicText(locale, session);
    const cancelled = session.status === 'cancelled';
    calendar.createEvent({
      id: `${session.id}@indgang`,
      stamp: input.now,
      lastModified: session.updatedAt,
      sequence: sequenceOf(session.updatedAt),
      start: new CopenhagenTime(session.startsAt),
      end: new CopenhagenTime(session.endsAt),
      timezone: TIME_ZONE,
      // Many calendars ignore STATUS; the word in the title tells the reader anyway.
      summary: cancelled ? t(locale, 'advisoryPublic.ical.cancelledSummary', { topic }) : topic,
      description: eventDescription(locale, session, url),
      location: sessionLocation(locale, session),
      url,
      status: cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
  }
  return calendar.toString();
}

/** A file name safe in any browser and file system: `<slug>.ics`, ASCII only. */
export function icsFileName(slug: string): string {
  const safe = slug.toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/^-+|-+$/g, '');
  return `${safe || 'raadgivning'}.ics`;
}

/** The answer of a calendar endpoint: the file, with its type and name. */
export function calendarResponse(body: string, fileName: string, disposition: 'attachment' | 'inline'): Response {
  return new Response(body, {
    headers: {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': `${disposition}; filename="${fileName}"`,
      // A feed changes when a session does; calendars poll, a few minutes of cache spares the database.
      'Cache-Control': 'public, max-age=300',
    },
  });
}
