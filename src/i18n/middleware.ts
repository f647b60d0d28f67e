import type { MiddlewareHandler } from 'astro';
import { localeFromPath } from './locale';

/**
 * Sets `locals.locale` from the URL: `/en` and `/en/...` are English, the rest Danish.
 * Pages and layouts read the language from `Astro.locals.locale`, never from the URL themselves.
 */
export const localeMiddleware: MiddlewareHandler = (context, next) => {
  context.locals.locale = localeFromPath(context.url.pathname);
  return next();
};
