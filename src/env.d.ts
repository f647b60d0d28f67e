/// <reference types="astro/client" />

declare namespace App {
  /** What the middlewares in src/middleware.ts put on every request. */
  interface Locals {
    /** The language of the page, from its path (`/en/...` is English). */
    locale: import('./i18n/locale').Locale;
  }
}
