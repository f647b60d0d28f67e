import { sequence } from 'astro:middleware';
import { localeMiddleware } from './i18n/middleware';
import { errorLogMiddleware } from './lib/log/middleware';
import { csrfMiddleware } from './lib/security/csrf';
import { securityHeadersMiddleware } from './lib/security/headers';
import { sessionMiddleware } from './lib/session/middleware';

/**
 * Every request passes these small middlewares in order; each fills its part of `Astro.locals`
 * (typed in src/env.d.ts): the language, the session, then the CSRF check (which needs the session).
 * The security headers go on whatever comes back, the 403 and error pages included.
 */
export const onRequest = sequence(securityHeadersMiddleware, errorLogMiddleware, localeMiddleware, sessionMiddleware, csrfMiddleware);
