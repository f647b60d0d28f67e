import type { AstroGlobal } from 'astro';
import type { Locale } from '../../i18n';
import { config } from '../../lib/config/config';
import { clientIp } from '../../lib/security/client-ip';
import { SESSION_COOKIE, sessionCookieOptions } from '../../lib/session';
import { formatTime } from '../../lib/schedule/format';
import { wallClock } from '../../lib/schedule/zone';

/** What the account pages use of Astro's page context (so that the helpers stay testable). */
export type PageContext = Pick<AstroGlobal, 'cookies' | 'clientAddress' | 'request' | 'url' | 'locals' | 'redirect' | 'response'>;

/** The client's address for rate limits, as configured behind a load balancer. */
export function requestIp(context: Pick<AstroGlobal, 'clientAddress' | 'request'>): string {
  return clientIp(context.clientAddress, context.request.headers.get('x-forwarded-for'), config().TRUST_PROXY);
}

/** The session token the browser sent, if any. */
export function sessionToken(context: Pick<AstroGlobal, 'cookies'>): string | undefined {
  return context.cookies.get(SESSION_COOKIE)?.value;
}

/** Gives the browser the cookie of a new session. */
export function setSessionCookie(context: Pick<AstroGlobal, 'cookies'>, session: { token: string; expiresAt: Date }): void {
  context.cookies.set(SESSION_COOKIE, session.token, sessionCookieOptions(session.expiresAt, config().isProduction));
}

/** A time of day in Copenhagen as the reader's language writes it ("9.45" / "09:45"), for "try again at". */
export function clockTime(locale: Locale, instant: Date): string {
  return formatTime(locale, wallClock(instant));
}

/** Whole seconds until `instant`, at least one (for Retry-After). */
export function secondsUntil(instant: Date, now = new Date()): number {
  return Math.max(1, Math.ceil((instant.getTime() - now.getTime()) / 1000));
}

/** The sent form, or an empty one when the body is not a form (then every field is "missing"). */
export async function formData(request: Request): Promise<FormData> {
  try {
    return await request.formData();
  } catch {
    return new FormData();
  }
}
