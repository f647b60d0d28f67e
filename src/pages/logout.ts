import type { APIRoute } from 'astro';
import { isLocale, localePath } from '../i18n';
import { safeNextPath } from '../lib/access';
import { config } from '../lib/config/config';
import { db } from '../lib/db';
import { endSession, SESSION_COOKIE } from '../lib/session';

/**
 * Logout: a POST (CSRF-checked by the middleware, so no other site can log people out), which ends
 * the session in the database, removes the cookie and shows the front page with a notice in the
 * language of the page the button was on (or goes back to `next`, a path on this site).
 */
export const POST: APIRoute = async ({ cookies, request, redirect }) => {
  const token = cookies.get(SESSION_COOKIE)?.value;
  if (token) await endSession(db(), token);
  cookies.delete(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'lax', secure: config().isProduction });
  const form = await request.formData().catch(() => new FormData());
  const lang = String(form.get('lang') ?? '');
  const home = `${localePath(isLocale(lang) ? lang : 'da', '/')}?logget-ud=1`;
  // `next` brings someone back to an invitation link they must open as another account.
  return redirect(safeNextPath(form.get('next')?.toString(), home), 303);
};
