import type { AstroGlobal } from 'astro';
import { localePath, t } from '../../i18n';
import { AdvisoryError, bookingByToken, type BookingView, cancelBooking } from '../../lib/advisory';
import { db } from '../../lib/db';
import { hitRateLimit } from '../../lib/security/rate-limit';
import { requestIp } from '../account/request';
import { tooManyPage } from '../errors/too-many';

/** Cancel requests per address per hour: generous, the token is the protection. */
export const CANCEL_LIMIT = 30;
export const CANCEL_WINDOW_SECONDS = 60 * 60;

/** What the booking's own page shows. */
export type BookingPageState =
  | { view: 'invalid' }
  | {
      view: 'booking';
      booking: BookingView;
      token: string;
      /** Just booked (`?ny=1`): the receipt. */
      fresh: boolean;
      /** Just cancelled (`?afmeldt=1`). */
      cancelledNow: boolean;
      /** The Afmeld button is shown: an active booking of a session not yet started. */
      mayCancel: boolean;
      /** Why the cancel was refused (409), in words. */
      problem: string | null;
      now: Date;
    };

/** Whether the holder can still give up the seat here: the core refuses once the session has started. */
export function mayCancel(booking: BookingView, now: Date): boolean {
  return booking.status !== 'cancelled' && booking.session.status === 'published' && booking.session.startsAt > now;
}

/**
 * /raadgivning/afmeld/<token>: the booking behind a cancel link. GET shows the receipt or status
 * and the Afmeld button; POST cancels (idempotent in the core) and redirects back with
 * `?afmeldt=1` (post/redirect/get). The address is the key to the booking: never cached, never
 * indexed, never sent to another site as a referrer. An unknown token is the 404 page in plain words.
 */
export async function bookingPage(Astro: AstroGlobal): Promise<BookingPageState | Response> {
  const locale = Astro.locals.locale;
  Astro.response.headers.set('Cache-Control', 'no-store');
  // The token must not reach another site (the online meeting's host, say). `no-referrer` would go
  // further, but makes the browser send `Origin: null` with the Afmeld form, which the origin check refuses.
  Astro.response.headers.set('Referrer-Policy', 'same-origin');
  const token = Astro.params.token ?? '';
  const post = Astro.request.method === 'POST';
  if (post) {
    const limit = await hitRateLimit(db(), `advisory-cancel:${requestIp(Astro)}`, CANCEL_LIMIT, CANCEL_WINDOW_SECONDS);
    if (!limit.allowed) return tooManyPage(Astro, limit);
  }
  const booking = await bookingByToken(db(), token);
  if (!booking) {
    Astro.response.status = 404;
    return { view: 'invalid' };
  }
  const now = new Date();
  const show = (current: BookingView, problem: string | null = null): BookingPageState => ({
    view: 'booking',
    booking: current,
    token,
    fresh: Astro.url.searchParams.get('ny') === '1',
    cancelledNow: Astro.url.searchParams.get('afmeldt') === '1' && current.status === 'cancelled',
    mayCancel: mayCancel(current, now),
    problem,
    now,
  });
  if (!post) return show(booking);
  try {
    await cancelBooking(db(), token, Astro.url);
  } catch (error) {
    if (!(error instanceof AdvisoryError)) throw error;
    if (error.code === 'not_found') {
      Astro.response.status = 404;
      return { view: 'invalid' };
    }
    Astro.response.status = 409;
    return show(booking, t(locale, 'advisoryPublic.booking.closed'));
  }
  return Astro.redirect(`${localePath(locale, `/raadgivning/afmeld/${token}`)}?afmeldt=1`, 303);
}
