import type { Database } from '../../../db/client';
import { type Locale, localePath, t } from '../../i18n';
import { findPublicSession, hostedSessions, type PublicSession } from '../advisory';
import { publicHostName } from '../advisory-public/hosts';
import { absoluteUrl } from '../mail/links';
import { calendarResponse, icsFileName, sessionsCalendar } from './calendar';

/** A subscribed feed shows the last 30 days too, so a session just held stays in the calendar. */
export const FEED_PAST_DAYS = 30;
/** Calendars that honour REFRESH-INTERVAL fetch the feed again every hour. */
export const FEED_REFRESH_SECONDS = 60 * 60;

function notFound(locale: Locale): Response {
  return new Response(t(locale, 'notFound.title'), { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}

/** The absolute address of a session's page in the reader's language (PUBLIC_URL when set, as in mails). */
function pageUrl(locale: Locale, requestUrl: URL) {
  return (session: PublicSession) => absoluteUrl(localePath(locale, `/raadgivning/${session.slug}`), requestUrl);
}

/** `/raadgivning/<slug>.ics`: one session to add to a calendar (cancelled ones too, so the calendar learns it). */
export async function sessionFile(db: Database, slug: string, locale: Locale, requestUrl: URL, now = new Date()): Promise<Response> {
  const session = await findPublicSession(db, slug);
  if (!session) return notFound(locale);
  const body = sessionsCalendar({ locale, name: session.topic, sessions: [session], pageUrl: pageUrl(locale, requestUrl), now });
  return calendarResponse(body, icsFileName(session.slug), 'attachment');
}

/**
 * `/raadgivning/feed/forvaltning/<slug>.ics` and `/raadgivning/feed/forening/<slug>.ics`: every
 * session a host takes part in, from 30 days ago on, for a calendar to subscribe to. Unknown host: 404.
 */
export async function hostFeed(
  db: Database,
  host: { kind: 'administration' | 'association'; slug: string },
  locale: Locale,
  requestUrl: URL,
  now = new Date(),
): Promise<Response> {
  const names = await publicHostName(db, host.kind, host.slug);
  if (!names) return notFound(locale);
  const sessions = await hostedSessions(db, host, new Date(now.getTime() - FEED_PAST_DAYS * 86_400_000));
  if (!sessions) return notFound(locale);
  const name = t(locale, 'advisoryPublic.ical.feedName', { host: locale === 'en' ? names.nameEn : names.name });
  const body = sessionsCalendar({ locale, name, sessions, pageUrl: pageUrl(locale, requestUrl), refreshSeconds: FEED_REFRESH_SECONDS, now });
  return calendarResponse(body, icsFileName(`raadgivning-${host.slug}`), 'inline');
}
