import type { APIContext, MiddlewareHandler } from 'astro';
import { config } from '../config/config';
import { newToken, sameSecret } from '../session/token';

/** Name of the hidden form field (and of the header for scripts) that carries the token. */
export const CSRF_FIELD = '_csrf';
export const CSRF_HEADER = 'x-csrf-token';
/** Visitors without a session get their token in this cookie (double submit). */
const CSRF_COOKIE = 'indgang_csrf';

const FORBIDDEN_PATH = '/403';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Every request that changes something must carry the token of the form it came from: the
 * session's own token when logged in, otherwise the one in the visitor's CSRF cookie. Astro's
 * origin check stays on as a second wall. `locals.csrfToken()` gives the token for a form; it sets
 * the cookie only when a page asks for it, so public pages without forms stay cacheable.
 */
export const csrfMiddleware: MiddlewareHandler = async (context, next) => {
  let anonymous = context.cookies.get(CSRF_COOKIE)?.value;
  context.locals.csrfToken = () => {
    if (context.locals.session) return context.locals.session.csrfToken;
    if (!anonymous) {
      anonymous = newToken();
      context.cookies.set(CSRF_COOKIE, anonymous, { httpOnly: true, sameSite: 'lax', secure: config().isProduction, path: '/' });
    }
    return anonymous;
  };
  // The 403 page itself is reached by a rewrite that passes the middlewares again: let it render.
  if (SAFE_METHODS.has(context.request.method) || context.url.pathname === FORBIDDEN_PATH) return next();
  // The referral API authenticates every request by its bearer token and reads no cookie, so a
  // forged cross-site request carries no credentials; case systems have no form to take a token from.
  if (context.url.pathname === '/api/referrals' || context.url.pathname.startsWith('/api/referrals/')) return next();

  const expected = context.locals.session?.csrfToken ?? anonymous;
  const sent = await sentToken(context);
  if (!expected || !sent || !sameSecret(sent, expected)) {
    context.locals.csrfRejected = true;
    return context.rewrite(FORBIDDEN_PATH);
  }
  return next();
};

/** The token from the header, or from the form body (read from a copy, so the page can still read it). */
async function sentToken(context: APIContext): Promise<string | null> {
  const header = context.request.headers.get(CSRF_HEADER);
  if (header) return header;
  const type = context.request.headers.get('content-type') ?? '';
  if (!type.includes('application/x-www-form-urlencoded') && !type.includes('multipart/form-data')) return null;
  try {
    const value = (await context.request.clone().formData()).get(CSRF_FIELD);
    return typeof value === 'string' ? value : null;
  } catch {
    return null;
  }
}
