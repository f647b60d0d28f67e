import type { AstroGlobal } from 'astro';
import { findPasswordReset, resetForm, resetPassword, startSession } from '../../lib/account';
import { db } from '../../lib/db';
import { type FieldErrors, parseForm } from '../../lib/forms/validate';
import { PASSWORD_FORM_LIMIT } from '../../lib/security/limits';
import { limitPage } from '../errors/too-many';
import { formData, requestIp, sessionToken, setSessionCookie } from './request';

export type ResetViewProps =
  | { valid: false }
  | { valid: true; email: string; token: string; errors: FieldErrors };

/**
 * A reset link: shows the new-password form while the link works, sets the password (ending every
 * session of the user) and logs the user in with a new session, then /konto. A link that does not
 * work (unknown, used, expired) gets a page saying so, with the way to ask for a new one.
 */
export async function resetPage(Astro: AstroGlobal): Promise<Response | ResetViewProps> {
  const locale = Astro.locals.locale;
  const token = Astro.params.token ?? '';
  if (Astro.request.method === 'POST') {
    const limited = await limitPage(Astro, 'password-form', PASSWORD_FORM_LIMIT);
    if (limited) return limited;
  }
  // Checked before the form is even read, so that made-up links cost no password hashing.
  const reset = await findPasswordReset(db(), token);
  if (!reset) {
    Astro.response.status = 404;
    return { valid: false };
  }
  if (Astro.request.method !== 'POST') return { valid: true, email: reset.email, token, errors: {} };

  const parsed = parseForm(await formData(Astro.request), resetForm(locale));
  if (!parsed.ok) {
    Astro.response.status = 400;
    return { valid: true, email: reset.email, token, errors: parsed.errors };
  }
  const user = await resetPassword(db(), { token, password: parsed.data.password, ip: requestIp(Astro) });
  if (!user) {
    // Used in another tab a moment ago.
    Astro.response.status = 404;
    return { valid: false };
  }
  setSessionCookie(Astro, await startSession(db(), user.id, sessionToken(Astro)));
  return Astro.redirect('/konto?ny-kode=1', 303);
}
