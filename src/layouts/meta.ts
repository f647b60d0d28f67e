import { basePath, defaultLocale, type Locale, localePath, locales } from '../i18n';

export interface PageLinks {
  /** The address of this page, without its query string. */
  canonical: string;
  /** The same page in each language, for `<link rel="alternate" hreflang>`; `x-default` is Danish. */
  alternates: { hreflang: Locale | 'x-default'; href: string }[];
}

/**
 * Absolute addresses of the page and its language versions. `origin` is the configured public
 * address (PUBLIC_URL) when there is one: behind a proxy the request's own host may be internal.
 */
export function pageLinks(url: URL, locale: Locale, origin?: string): PageLinks {
  const base = origin ?? url.origin;
  const path = basePath(url.pathname);
  const absolute = (l: Locale) => new URL(localePath(l, path), base).href;
  return {
    canonical: absolute(locale),
    alternates: [
      ...locales.map((l) => ({ hreflang: l, href: absolute(l) })),
      { hreflang: 'x-default' as const, href: absolute(defaultLocale) },
    ],
  };
}
