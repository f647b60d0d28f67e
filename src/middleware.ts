import { sequence } from 'astro:middleware';
import { localeMiddleware } from './i18n/middleware';
import { errorLogMiddleware } from './lib/log/middleware';
import { csrfMiddleware } from './lib/security/csrf';
import { sessionMiddleware } from './lib/session/middleware';

/**
 * Every request passes these small middlewares in order; each fills its part of `Astro.locals`
 * (typed in src/env.d.ts): the language, the session, then the CSRF check (which needs the session).
 */
export const onRequest = sequence(errorLogMiddleware, localeMiddleware, sessionMiddleware, csrfMiddleware);
