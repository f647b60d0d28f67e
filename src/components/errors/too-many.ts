/**
 * Rate limits at the door of a page or an endpoint, and the one answer when a limit is spent: the
 * friendly page (src/pages/429.astro, by a rewrite, so the address stays the one asked for) or,
 * for an API, JSON. Every key is per purpose and per requester (see README "Rate limits").
 */
import type { APIContext, AstroGlobal } from 'astro';
import { requestIp } from '../account/request';
import { db } from '../../lib/db';
import { apiLocale } from '../../lib/search/api';
import { hitRateLimit, type RateLimitResult } from '../../lib/security/rate-limit';
import { limitApiRequest, type Rule } from '../../lib/security/too-many';

/** What the helpers use of a page's or an endpoint's context. */
export type LimitContext = Pick<AstroGlobal | APIContext, 'locals' | 'clientAddress' | 'request' | 'rewrite' | 'url'>;

/** The 429 page's path (never linked: reached by rewrite only). */
export const TOO_MANY_PATH = '/429';

/**
 * Who is counted: the logged-in person (an administration's staff share one address), else the
 * client's address (as the nearest trusted proxy saw it, TRUST_PROXY).
 */
export function requester(context: Pick<LimitContext, 'locals' | 'clientAddress' | 'request'>): string {
  return context.locals.user ? `user:${context.locals.user.id}` : `ip:${requestIp(context)}`;
}

/**
 * The friendly 429 page for a spent limit, in the page's language, with Retry-After and (for a
 * sent form) the form's fields ready to send again. `urgent` adds where to turn if it cannot wait.
 */
export function tooManyPage(context: LimitContext, hit: Pick<RateLimitResult, 'retryAfterSeconds'>, options: { urgent?: boolean } = {}): Promise<Response> {
  context.locals.tooMany = {
    retryAfterSeconds: hit.retryAfterSeconds,
    locale: context.locals.locale,
    action: context.url.pathname + context.url.search,
    urgent: options.urgent === true,
  };
  return context.rewrite(TOO_MANY_PATH);
}

/** Counts one hit on `purpose` for this requester; the 429 page when the limit is spent, else null. */
export async function limitPage(context: LimitContext, purpose: string, rule: Rule, options: { urgent?: boolean } = {}): Promise<Response | null> {
  const hit = await hitRateLimit(db(), `${purpose}:${requester(context)}`, rule.limit, rule.windowSeconds);
  return hit.allowed ? null : tooManyPage(context, hit, options);
}

/** Counts one hit on `purpose` for this requester; the JSON 429 when the limit is spent, else null. */
export async function limitApi(context: Pick<LimitContext, 'locals' | 'clientAddress' | 'request' | 'url'>, purpose: string, rule: Rule): Promise<Response | null> {
  return limitApiRequest(db(), `${purpose}:${requester(context)}`, rule, apiLocale(context.url, context.request.headers.get('accept-language')));
}
