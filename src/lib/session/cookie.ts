import type { AstroCookieSetOptions } from 'astro';

/** The session cookie's name. */
export const SESSION_COOKIE = 'indgang_session';

/**
 * httpOnly (no script can read it), SameSite=Lax (not sent with cross-site form posts), Secure in
 * production (never over plain HTTP), and no longer-lived than the session itself.
 */
export function sessionCookieOptions(expires: Date, secure: boolean): AstroCookieSetOptions {
  return { httpOnly: true, sameSite: 'lax', secure, path: '/', expires };
}
