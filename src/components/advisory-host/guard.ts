/**
 * What every back-office page of advisory sessions does first: count the request against a rate
 * limit, and say who may be here at all (the pages then check the session itself).
 */
import type { AstroGlobal } from 'astro';
import { db } from '../../lib/db';
import { hitRateLimit } from '../../lib/security/rate-limit';
import type { SessionUser } from '../../lib/session/session';
import { requestIp } from '../account/request';
import { tooManyPage } from '../errors/too-many';

/**
 * A 429 answer when this person (or, before login, this address) has sent more than `limit`
 * requests to `scope` in a minute; otherwise null. Counted per person: an administration's staff
 * often share one address.
 */
export async function advisoryRateLimit(Astro: Pick<AstroGlobal, 'locals' | 'clientAddress' | 'request' | 'rewrite' | 'url'>, scope: string, limit: number): Promise<Response | null> {
  const who = Astro.locals.user ? `user:${Astro.locals.user.id}` : `ip:${requestIp(Astro)}`;
  const hit = await hitRateLimit(db(), `advisory:${scope}:${who}`, limit, 60);
  return hit.allowed ? null : tooManyPage(Astro, hit);
}

/** A coordinator of an administration: publishes, edits and cancels that administration's sessions. */
export function isAdvisoryCoordinator(user: SessionUser): user is SessionUser & { administrationId: string } {
  return user.role === 'coordinator' && user.administrationId !== null;
}

/** Who can host sessions at all: staff and coordinators, and members of an association. Which sessions is the core's answer. */
export function mayHostSessions(user: SessionUser): boolean {
  return user.role === 'staff' || user.role === 'coordinator' || (user.role === 'member' && user.associationIds.length > 0);
}

/** The 404 status for a session the viewer may not see or that does not exist: the same answer for both. */
export function notFound(Astro: Pick<AstroGlobal, 'response'>): null {
  Astro.response.status = 404;
  return null;
}
