/// <reference types="astro/client" />

declare namespace App {
  /** What the middlewares in src/middleware.ts put on every request. */
  interface Locals {
    /** The id of this request: in every log line about it, the X-Request-Id header and the error pages. */
    requestId: string;
    /** The language of the page, from its path (`/en/...` is English). */
    locale: import('./i18n/locale').Locale;
    /** The session of the logged-in user, or null. */
    session: import('./lib/session/session').ActiveSession | null;
    /** The logged-in user, or null for anonymous readers. */
    user: import('./lib/session/session').SessionUser | null;
    /** The CSRF token every form that changes something must carry in its `_csrf` field. */
    csrfToken: () => string;
    /** Set when a request was refused for a missing or wrong CSRF token (the 403 page explains). */
    csrfRejected?: boolean;
    /** Set when a rate limit was spent: what the 429 page (reached by rewrite) says and offers. */
    tooMany?: {
      retryAfterSeconds: number;
      /** The language of the page asked for (the rewrite's own path has none). */
      locale: import('./i18n/locale').Locale;
      /** The address asked for, where a sent form can be sent again. */
      action: string;
      /** Say where to turn when it cannot wait (citizens' forms). */
      urgent: boolean;
    };
  }
}
