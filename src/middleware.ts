import { sequence } from 'astro:middleware';
import { localeMiddleware } from './i18n/middleware';
import { requestMiddleware } from './lib/log/middleware';
import { csrfMiddleware } from './lib/security/csrf';
import { securityHeadersMiddleware } from './lib/security/headers';
import { sessionMiddleware } from './lib/session/middleware';

/**
 * What fills `Astro.locals` (typed in src/env.d.ts) for a page: the language, the session, then
 * the CSRF check (which needs the session). When a request fails, Astro renders the 500/503 page
 * for it without these (they ran already, and the session needs the database).
 */
const locals = sequence(localeMiddleware, sessionMiddleware, csrfMiddleware);

/**
 * Every request passes these in order. The security headers go on whatever comes back, the
 * error pages included; the request middleware gives each request its id, turns an error into
 * the 500 or 503 answer, logs it and counts it for /metrics.
 */
export const onRequest = sequence(securityHeadersMiddleware, requestMiddleware(locals));
