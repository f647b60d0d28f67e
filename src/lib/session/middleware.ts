import type { MiddlewareHandler } from 'astro';
import { config } from '../config/config';
import { db } from '../db';
import { SESSION_COOKIE } from './cookie';
import { validateSession } from './session';

/**
 * Fills `locals.session` and `locals.user` from the session cookie, and removes a cookie whose
 * session has ended. Public pages without a cookie touch no database.
 */
export const sessionMiddleware: MiddlewareHandler = async (context, next) => {
  // A rewrite passes the middlewares again: the session is already known.
  if (context.locals.session !== undefined) return next();
  context.locals.session = null;
  context.locals.user = null;
  const token = context.cookies.get(SESSION_COOKIE)?.value;
  if (token) {
    const session = await validateSession(db(), token);
    if (session) {
      context.locals.session = session;
      context.locals.user = session.user;
    } else {
      context.cookies.delete(SESSION_COOKIE, { path: '/', secure: config().isProduction, httpOnly: true, sameSite: 'lax' });
    }
  }
  const response = await next();
  // Pages behind a login must never be stored by a shared cache or shown again from history.
  if (context.locals.user && !response.headers.has('cache-control')) response.headers.set('cache-control', 'private, no-store');
  return response;
};
