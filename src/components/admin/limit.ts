import type { AstroGlobal } from 'astro';
import { db } from '../../lib/db';
import { hitRateLimit } from '../../lib/security/rate-limit';
import { requestIp } from '../account/request';
import { tooManyPage } from '../errors/too-many';

/** An admin saves a few forms a minute; more is a script (or a stolen session sending mails). */
const LIMIT = 60;
const WINDOW_SECONDS = 60;

/**
 * The first step of every admin page that acts: a POST beyond the limit gets 429 before anything
 * else is read. GETs are not counted (they change nothing). Counted per logged-in person, not per
 * address: a town hall's staff share one address. Returns null when the request may go on.
 */
export async function limitAdminPosts(context: Pick<AstroGlobal, 'clientAddress' | 'request' | 'locals' | 'rewrite' | 'url'>): Promise<Response | null> {
  if (context.request.method !== 'POST') return null;
  const hit = await hitRateLimit(db(), context.locals.user ? `admin:user:${context.locals.user.id}` : `admin:ip:${requestIp(context)}`, LIMIT, WINDOW_SECONDS);
  return hit.allowed ? null : tooManyPage(context, hit);
}
