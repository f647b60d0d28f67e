import type { AstroGlobal } from 'astro';
import { t } from '../../i18n';
import { attemptLogin, loginForm, startSession } from '../../lib/account';
import { safeNextPath } from '../../lib/access';
import { config } from '../../lib/config/config';
import { db } from '../../lib/db';
import { type FieldErrors, parseForm } from '../../lib/forms/validate';
import { clockTime, formData, requestIp, secondsUntil, sessionToken, setSessionCookie } from './request';

/** What LoginView shows. */
export interface LoginViewProps {
  next: string;
  values: Record<string, string>;
  errors: FieldErrors;
  /** A message about the attempt as a whole (wrong e-mail or password, locked), shown above the form. */
  formError?: string;
}

/**
 * The login page, Danish or English: shows the form, or checks a sent one, starts the session
 * and sends the user on (303) to `next` or /konto. Failures re-render with the message and the
 * right status (400 invalid form, 401 wrong, 403 refused account, 429 throttled with Retry-After).
 */
export async function loginPage(Astro: AstroGlobal): Promise<Response | LoginViewProps> {
  const locale = Astro.locals.locale;
  // The back office has Danish paths only (for now), so every login lands on /konto.
  const fallback = '/konto';
  if (Astro.request.method !== 'POST') {
    const next = safeNextPath(Astro.url.searchParams.get('next'), fallback);
    if (Astro.locals.user) return Astro.redirect(next, 303);
    return { next, values: {}, errors: {} };
  }

  const parsed = parseForm(await formData(Astro.request), loginForm(locale));
  if (!parsed.ok) {
    Astro.response.status = 400;
    return { next: safeNextPath(parsed.values.next, fallback), values: { email: parsed.values.email ?? '' }, errors: parsed.errors };
  }
  const { email, password } = parsed.data;
  const next = safeNextPath(parsed.data.next, fallback);
  const outcome = await attemptLogin(db(), { email, password, ip: requestIp(Astro) }, { production: config().isProduction });
  if (outcome.ok) {
    setSessionCookie(Astro, await startSession(db(), outcome.user.id, sessionToken(Astro)));
    return Astro.redirect(next, 303);
  }

  const values = { email };
  switch (outcome.reason) {
    case 'locked':
    case 'ipLimited':
      Astro.response.status = 429;
      Astro.response.headers.set('retry-after', String(secondsUntil(outcome.retryAt)));
      return {
        next,
        values,
        errors: {},
        formError: t(locale, outcome.reason === 'locked' ? 'login.error.locked' : 'login.error.ipLimited', {
          time: clockTime(locale, outcome.retryAt),
        }),
      };
    case 'disabled':
    case 'demo':
      Astro.response.status = 403;
      return { next, values, errors: {}, formError: t(locale, outcome.reason === 'demo' ? 'login.error.demo' : 'login.error.disabled') };
    case 'invalid':
      Astro.response.status = 401;
      return { next, values, errors: {}, formError: t(locale, 'login.error.invalid') };
  }
}
