import type { AstroGlobal } from 'astro';
import { type Locale, localePath, t } from '../../i18n';
import { AdvisoryError, advisoryFieldMessages, bookSeat, findPublicSession, type PublicSession } from '../../lib/advisory';
import { BOOKING_FIELDS, bookingSchema, bookingState, type BookingState, inBookingOrder } from '../../lib/advisory-public';
import { config } from '../../lib/config/config';
import { db } from '../../lib/db';
import { checkFormToken, filledHoneypot, FORM_TOKEN_FIELD, HONEYPOT_FIELD, issueFormToken } from '../../lib/entrance/spam';
import { type FieldErrors, parseForm } from '../../lib/forms/validate';
import { hitRateLimit } from '../../lib/security/rate-limit';
import { formData, requestIp } from '../account/request';
import { tooManyPage } from '../errors/too-many';

/** Bookings per address per hour: room for a family or a library's shared computer, not for a robot. */
export const BOOKING_LIMIT = 10;
export const BOOKING_WINDOW_SECONDS = 60 * 60;

/** The booking form as shown: a fresh signed token, and what was sent when it comes back. */
export interface BookingFormState {
  token: string;
  errors: FieldErrors;
  values: Record<string, string>;
  /** Why a sent form was not taken (too quick, too old), in words. */
  notice: string | null;
  retentionDays: number;
}

/** What /raadgivning/<slug> shows; a Response when it redirects to the booking's own page. */
export type DetailPageState =
  | { view: 'notFound' }
  | { view: 'dropped' }
  | {
      view: 'session';
      session: PublicSession;
      now: Date;
      state: BookingState;
      /** Null when the session cannot be booked (started, ended, cancelled, full without a waiting list). */
      form: BookingFormState | null;
      /** Why the booking was refused (409), in words. */
      problem: string | null;
    };

const BOOKABLE: readonly BookingState[] = ['open', 'waitingList'];

/**
 * The core's own field errors in words, on the form's fields: its `contact` (neither e-mail nor
 * phone) goes beside the e-mail, as the form says it; a field the form does not have becomes a notice.
 */
function coreFieldErrors(error: AdvisoryError, locale: Locale): { errors: FieldErrors; other: boolean } {
  const errors: FieldErrors = {};
  let other = false;
  for (const [rawField, message] of Object.entries(advisoryFieldMessages(error, locale))) {
    const field = rawField === 'contact' ? 'email' : rawField;
    if ((BOOKING_FIELDS as readonly string[]).includes(field)) errors[field] ??= message;
    else other = true;
  }
  return { errors, other };
}

/**
 * A session's page, Danish and English alike. GET shows the session and, while it can be booked,
 * the form with a fresh token. POST books: rate limit per address (429), the session (404), the
 * honeypot (dropped with thanks), the form token and the answers (400, errors beside the fields),
 * then the core, whose refusals (full, closed, already booked) are said in plain words (409). A
 * booking redirects to its own page (post/redirect/get), whose address is the cancel link.
 */
export async function detailPage(Astro: AstroGlobal): Promise<DetailPageState | Response> {
  const locale = Astro.locals.locale;
  // The form carries its own token and CSRF cookie, and the seats change: never from a cache.
  Astro.response.headers.set('Cache-Control', 'no-store');
  const post = Astro.request.method === 'POST';
  if (post) {
    const limit = await hitRateLimit(db(), `advisory-booking:${requestIp(Astro)}`, BOOKING_LIMIT, BOOKING_WINDOW_SECONDS);
    if (!limit.allowed) return tooManyPage(Astro, limit);
  }
  let session = await findPublicSession(db(), Astro.params.slug ?? '');
  if (!session) {
    Astro.response.status = 404;
    return { view: 'notFound' };
  }
  const now = new Date();
  const form = (notice: string | null = null, errors: FieldErrors = {}, values: Record<string, string> = {}): BookingFormState => ({
    token: issueFormToken(),
    errors,
    values,
    notice,
    retentionDays: config().ADVISORY_RETENTION_DAYS,
  });
  const show = (current: PublicSession, bookingForm: BookingFormState, problem: string | null = null): DetailPageState => {
    const state = bookingState(current, now);
    return { view: 'session', session: current, now, state, form: BOOKABLE.includes(state) ? bookingForm : null, problem };
  };
  if (!post) return show(session, form());

  const sent = await formData(Astro.request);
  if (filledHoneypot(sent)) return { view: 'dropped' };
  const token = checkFormToken(sent.get(FORM_TOKEN_FIELD));
  sent.delete(HONEYPOT_FIELD);
  sent.delete(FORM_TOKEN_FIELD);
  // What was typed, to show the form again as it was (never logged, never in an address).
  const values = Object.fromEntries([...sent.entries()].filter((e): e is [string, string] => typeof e[1] === 'string' && e[0] !== '_csrf'));
  if (!BOOKABLE.includes(bookingState(session, now))) {
    Astro.response.status = 409;
    return show(session, form(), t(locale, 'advisoryPublic.error.closed'));
  }
  const parsed = parseForm(sent, bookingSchema(locale, session.audience));
  if (!token.ok || !parsed.ok) {
    Astro.response.status = 400;
    return show(session, form(token.ok ? null : t(locale, `advisoryPublic.token.${token.problem}`), parsed.ok ? {} : inBookingOrder(parsed.errors), values));
  }
  try {
    const receipt = await bookSeat(db(), session.id, { person: parsed.data.person, consent: true, locale }, Astro.url);
    return Astro.redirect(`${localePath(locale, `/raadgivning/afmeld/${receipt.cancelToken}`)}?ny=1`, 303);
  } catch (error) {
    if (!(error instanceof AdvisoryError)) throw error;
    if (error.code === 'not_found') {
      Astro.response.status = 404;
      return { view: 'notFound' };
    }
    if (error.code === 'invalid') {
      Astro.response.status = 400;
      const core = coreFieldErrors(error, locale);
      return show(session, form(core.other ? t(locale, 'advisoryPublic.error.invalid') : null, inBookingOrder(core.errors), values));
    }
    // full, closed, already_booked (not_allowed does not happen to a booking): read the seats again, as they changed.
    Astro.response.status = 409;
    session = (await findPublicSession(db(), session.slug)) ?? session;
    const code = error.code === 'full' || error.code === 'already_booked' ? error.code : 'closed';
    return show(session, form(null, {}, values), t(locale, `advisoryPublic.error.${code}`));
  }
}
