/**
 * What every referral page does first: count the request against a rate limit, and say who acts.
 */
import type { AstroGlobal } from 'astro';
import { db } from '../../lib/db';
import type { ReferralActor } from '../../lib/referral';
import { hitRateLimit } from '../../lib/security/rate-limit';
import type { SessionUser } from '../../lib/session/session';
import { requestIp } from '../account/request';
import { tooManyPage } from '../errors/too-many';

/**
 * A 429 answer when this person (or, before login, this address) has sent more than `limit`
 * requests to `scope` in a minute; otherwise null. Counted per person, because an
 * administration's staff often share one address.
 */
export async function referralRateLimit(Astro: Pick<AstroGlobal, 'locals' | 'clientAddress' | 'request' | 'rewrite' | 'url'>, scope: string, limit: number): Promise<Response | null> {
  const who = Astro.locals.user ? `user:${Astro.locals.user.id}` : `ip:${requestIp(Astro)}`;
  const hit = await hitRateLimit(db(), `referral:${scope}:${who}`, limit, 60);
  return hit.allowed ? null : tooManyPage(Astro, hit);
}

/** The core's actor for a logged-in user. */
export function userActor(user: SessionUser): ReferralActor {
  return { kind: 'user', user };
}

/** Who may use the referral pages at all: staff and coordinators, and members of an association. */
export function mayUseReferrals(user: SessionUser): boolean {
  return user.role === 'staff' || user.role === 'coordinator' || (user.role === 'member' && user.associationIds.length > 0);
}
