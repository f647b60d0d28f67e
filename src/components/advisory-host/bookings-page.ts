/**
 * The work of /vaert/[id] in the order every page keeps: rate limit, authenticate, authorise
 * (the core says whether the viewer hosts the session; an unknown session and one the viewer does
 * not host both answer 404, so ids reveal nothing), parse, act. The page shows names and contacts:
 * the core logs every view, and the answer is never cached. The attendance form saves who came
 * (after the session has started) and redirects back with a notice.
 */
import type { AstroGlobal } from 'astro';
import { t } from '../../i18n';
import { allow, isStaff } from '../../lib/access';
import { type HostBooking, mayHostSession, type PublicSession, recordAttendance, sessionBookings } from '../../lib/advisory';
import { readAttendance } from '../../lib/advisory-forms';
import { isUuid } from '../../lib/admin/schemas';
import { config } from '../../lib/config/config';
import { db } from '../../lib/db';
import type { SessionUser } from '../../lib/session/session';
import { formData } from '../account/request';
import { advisoryRateLimit, mayHostSessions, notFound } from './guard';
import { type Notice, noticesFromQuery } from './notices';
import { isAdvisoryError } from './refusal';

/** What the bookings page shows. */
export interface BookingsPage {
  session: PublicSession;
  bookings: HostBooking[];
  mayEdit: boolean;
  /** The session has started (and is not cancelled): attendance can be recorded. */
  attendanceOpen: boolean;
  /** Staff of a hosting or owning administration may turn a booking into a referral. */
  mayFollowUp: boolean;
  retentionDays: number;
  notices: Notice[];
}

/** Staff of an administration that owns or hosts the session (a referral is an administration's act). */
function mayFollowUp(user: SessionUser, session: PublicSession): boolean {
  if (!isStaff(user) || user.administrationId === null) return false;
  return session.administrationId === user.administrationId || session.hosts.some((h) => h.kind === 'administration' && h.id === user.administrationId);
}

export async function bookingsPage(Astro: AstroGlobal): Promise<BookingsPage | Response | null> {
  const post = Astro.request.method === 'POST';
  const limited = await advisoryRateLimit(Astro, post ? 'attendance' : 'bookings', post ? 60 : 120);
  if (limited) return limited;
  const user = await allow(Astro, mayHostSessions);
  if (user instanceof Response) return user;
  Astro.response.headers.set('Cache-Control', 'private, no-store');
  const id = Astro.params.id;
  if (!isUuid(id)) return notFound(Astro);
  const locale = Astro.locals.locale;
  const notices: Notice[] = [];

  if (post) {
    if (!(await mayHostSession(db(), id, user))) return notFound(Astro);
    const attended = readAttendance(await formData(Astro.request));
    if (attended === null) {
      Astro.response.status = 400;
      notices.push({ kind: 'error', text: t(locale, 'advisoryHost.error.form') });
    } else {
      try {
        await recordAttendance(db(), id, attended, user);
        return Astro.redirect(`/vaert/${id}?fremmoede=1`, 303);
      } catch (error) {
        if (!isAdvisoryError(error)) throw error;
        if (error.code === 'not_found' || error.code === 'not_allowed') return notFound(Astro);
        Astro.response.status = error.code === 'invalid' ? 400 : 409;
        notices.push({ kind: 'error', text: t(locale, error.code === 'invalid' ? 'advisoryHost.error.form' : 'advisoryHost.error.attendanceClosed') });
      }
    }
  }

  const shown = await sessionBookings(db(), id, user);
  if (!shown) return notFound(Astro);
  const { session } = shown;
  return {
    ...shown,
    attendanceOpen: session.status === 'published' && session.startsAt <= new Date(),
    mayFollowUp: mayFollowUp(user, session),
    retentionDays: config().ADVISORY_RETENTION_DAYS,
    notices: [...notices, ...(post ? [] : noticesFromQuery(Astro.url, locale))],
  };
}
