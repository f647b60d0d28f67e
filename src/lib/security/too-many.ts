/**
 * The one way Indgang says "too many requests": the wait in plain words for pages, and the JSON
 * answer of the APIs (`{ error, retryAfterSeconds }`, status 429, `Retry-After`). The page itself
 * is src/pages/429.astro, reached by a rewrite (src/components/errors/too-many.ts).
 */
import type { Database } from '../../../db/client';
import { type Locale, t } from '../../i18n';
import { hitRateLimit, type RateLimitResult } from './rate-limit';

/**
 * How long to wait, in words a person reads at a glance: seconds under a minute, whole minutes
 * (rounded up, so that the wait is never shorter than said) under two hours, else hours.
 *
 * @example waitInWords('da', 90) // "2 minutter"
 */
export function waitInWords(locale: Locale, seconds: number): string {
  const s = Math.max(1, Math.ceil(seconds));
  if (s < 60) return t(locale, 'tooMany.seconds', { count: s });
  const minutes = Math.ceil(s / 60);
  if (minutes < 120) return t(locale, 'tooMany.minutes', { count: minutes });
  return t(locale, 'tooMany.hours', { count: Math.ceil(minutes / 60) });
}

/**
 * The 429 of a JSON API: `{ "error": { "code": "rate_limited", "message" }, "retryAfterSeconds" }`
 * with `Retry-After`, never cached (the next answer may well be a 200).
 */
export function tooManyJson(locale: Locale, hit: Pick<RateLimitResult, 'retryAfterSeconds'>): Response {
  const seconds = hit.retryAfterSeconds;
  return Response.json(
    { error: { code: 'rate_limited', message: t(locale, 'tooMany.api', { seconds }) }, retryAfterSeconds: seconds },
    {
      status: 429,
      headers: { 'retry-after': String(seconds), 'cache-control': 'no-store', 'content-type': 'application/json; charset=utf-8' },
    },
  );
}

/** A limit: so many hits in a fixed window of so many seconds. */
export interface Rule {
  limit: number;
  windowSeconds: number;
}

/**
 * Counts one API request on `key` (in PostgreSQL, so every app instance counts into the same
 * window) and answers the JSON 429 when the rule is spent, else null (go on).
 */
export async function limitApiRequest(db: Database, key: string, rule: Rule, locale: Locale): Promise<Response | null> {
  const hit = await hitRateLimit(db, key, rule.limit, rule.windowSeconds);
  return hit.allowed ? null : tooManyJson(locale, hit);
}
