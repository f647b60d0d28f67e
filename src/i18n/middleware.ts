import type { MiddlewareHandler } from 'astro';
import { localeFromPath } from './locale';

/**
 * Sets `locals.locale` from the URL: `/en` and `/en/...` are English, the rest Danish.
 * Pages and layouts read the language from `Astro.locals.locale`, never from the URL themselves.
 */
export const localeMiddleware: MiddlewareHandler = (context, next) => {
  // A rewrite (to the 403 page) passes the middlewares again with the new path: keep the language
  // of the page the reader asked for.
  context.locals.locale ??= localeFromPath(context.url.pathname);
  return next();
};
