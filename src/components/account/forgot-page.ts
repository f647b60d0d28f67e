import type { AstroGlobal } from 'astro';
import { localePath, t } from '../../i18n';
import { forgotForm, normalizeEmail, requestPasswordReset } from '../../lib/account';
import { config } from '../../lib/config/config';
import { db } from '../../lib/db';
import { type FieldErrors, parseForm } from '../../lib/forms/validate';
import { absoluteUrl } from '../../lib/mail';
import { personalKeyPart } from '../../lib/security/limit-key';
import { hitRateLimit } from '../../lib/security/rate-limit';
import { clockTime, formData, requestIp } from './request';

/** Links asked for per address and per e-mail within the window: enough for a few mistyped tries, not for mail-bombing. */
const RESET_LIMIT = 5;
const RESET_WINDOW_SECONDS = 15 * 60;

export interface ForgotViewProps {
  values: Record<string, string>;
  errors: FieldErrors;
  formError?: string;
  /** The request was taken: say so (the same whether or not the e-mail exists). */
  sent: boolean;
  /** No SMTP here: point to /dev/mail. Never in production. */
  showDevMail: boolean;
}

/**
 * "Forgot password": asks for the e-mail and sends a reset link when it belongs to an account.
 * The answer is the same in every case (303 to `?sendt=1`), so the page reveals no accounts.
 */
export async function forgotPage(Astro: AstroGlobal): Promise<Response | ForgotViewProps> {
  const locale = Astro.locals.locale;
  const showDevMail = !config().isProduction && !config().SMTP_URL;
  if (Astro.request.method !== 'POST') {
    return { values: {}, errors: {}, sent: Astro.url.searchParams.has('sendt'), showDevMail };
  }

  const ip = requestIp(Astro);
  const byIp = await hitRateLimit(db(), `reset:ip:${ip}`, RESET_LIMIT, RESET_WINDOW_SECONDS);
  const parsed = parseForm(await formData(Astro.request), forgotForm(locale));
  if (!parsed.ok) {
    Astro.response.status = 400;
    return { values: parsed.values, errors: parsed.errors, sent: false, showDevMail };
  }
  const email = normalizeEmail(parsed.data.email);
  // Counted for every e-mail, known or not, so that being limited reveals nothing either. The key
  // holds the e-mail's keyed hash, never the e-mail (rate_limits is no place for personal data).
  const byEmail = byIp.allowed ? await hitRateLimit(db(), `reset:email:${personalKeyPart(email)}`, RESET_LIMIT, RESET_WINDOW_SECONDS) : byIp;
  if (!byEmail.allowed) {
    Astro.response.status = 429;
    Astro.response.headers.set('retry-after', String(byEmail.retryAfterSeconds));
    const retryAt = new Date(Date.now() + byEmail.retryAfterSeconds * 1000);
    return { values: { email }, errors: {}, formError: t(locale, 'forgot.limited', { time: clockTime(locale, retryAt) }), sent: false, showDevMail };
  }
  await requestPasswordReset(db(), {
    email,
    locale,
    production: config().isProduction,
    link: (token) => absoluteUrl(localePath(locale, `/nulstil-kode/${token}`), Astro.url),
  });
  return Astro.redirect(`${localePath(locale, '/glemt-kode')}?sendt=1`, 303);
}
