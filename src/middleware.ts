import { sequence } from 'astro:middleware';
import { localeMiddleware } from './i18n/middleware';
import { errorLogMiddleware } from './lib/log/middleware';

/**
 * Every request passes these small middlewares in order; each fills its part of `Astro.locals`
 * (typed in src/env.d.ts). Later ones (security headers, session, rate limits) join the list.
 */
export const onRequest = sequence(errorLogMiddleware, localeMiddleware);
