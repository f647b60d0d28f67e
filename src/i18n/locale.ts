/**
 * The languages of the portal and how they show in URLs. Danish is the default and has no
 * prefix (`/foreninger`); English lives under `/en` (`/en/foreninger`), matching the `i18n`
 * routing in astro.config.mjs.
 */
export const locales = ['da', 'en'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'da';

/** Narrows any string (a URL segment, a form field) to a locale. */
export function isLocale(value: string): value is Locale {
  return (locales as readonly string[]).includes(value);
}

/** The locale a path belongs to: `/en` and `/en/...` are English, everything else Danish. */
export function localeFromPath(pathname: string): Locale {
  return pathname === '/en' || pathname.startsWith('/en/') ? 'en' : defaultLocale;
}

/** The path without its locale prefix: `/en/foreninger` → `/foreninger`, `/en` → `/`. */
export function basePath(pathname: string): string {
  if (localeFromPath(pathname) === defaultLocale) return pathname || '/';
  const rest = pathname.slice('/en'.length);
  return rest === '' ? '/' : rest;
}

/**
 * The path of a page in the given language. `path` is the Danish (unprefixed) path:
 * `localePath('en', '/foreninger')` → `/en/foreninger`, `localePath('en', '/')` → `/en/`.
 */
export function localePath(locale: Locale, path: string): string {
  const normalised = path.startsWith('/') ? path : `/${path}`;
  if (locale === defaultLocale) return normalised;
  return `/${locale}${normalised}`;
}

/**
 * The same page in another language, keeping the query string (a later search page keeps
 * its `?q=`). `url` is the current request URL.
 */
export function switchLocalePath(url: URL, locale: Locale): string {
  return localePath(locale, basePath(url.pathname)) + url.search;
}

/** Open Graph wants a territory with the language. */
export const ogLocale: Record<Locale, string> = { da: 'da_DK', en: 'en_GB' };
