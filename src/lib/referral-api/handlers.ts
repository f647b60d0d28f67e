import type { Database } from '../../../db/client';
import { type Locale, t } from '../../i18n';
import { authenticateApiToken, type ApiTokenActor, bearerToken } from '../api-token';
import type { Logger } from 'pino';
import { createReferral, getReferral, ReferralError, transitionReferral } from '../referral';
import { apiLocale } from '../search/api';
import { hitRateLimit } from '../security/rate-limit';
import { hashToken } from '../session/token';
import { readEvent, readNewReferral } from './body';
import { referralState } from './lookup';
import { presentReferral, referralLinks } from './present';
import { apiError, bodyProblem, coreError, json } from './respond';

/**
 * The referral API for case systems (README "Referral API"): the same core, rules and state
 * machine as the pages, with an administration's API token as the actor. Each handler keeps the
 * order of every endpoint: rate limit, authenticate (401), parse (400), act (the core authorises:
 * 404 for what the token's administration may not see, 409 for what the procedure refuses).
 */
export interface ApiDeps {
  db: Database;
  log?: Pick<Logger, 'error'>;
}

/** Requests per token per minute: a case system syncing in bursts, not a loop gone wrong. */
export const API_LIMIT = 120;
export const API_WINDOW_SECONDS = 60;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function localeOf(request: Request): Locale {
  return apiLocale(new URL(request.url), request.headers.get('accept-language'));
}

/** The token's administration, or the 401/429 to answer. */
async function authenticate(request: Request, deps: ApiDeps, locale: Locale): Promise<ApiTokenActor | Response> {
  const token = bearerToken(request.headers.get('authorization'));
  const challenge = { 'www-authenticate': 'Bearer realm="indgang"' };
  if (!token) return apiError(401, 'unauthorized', t(locale, 'referralApi.error.unauthorized'), undefined, challenge);
  // Counted per token (its hash: the raw token is never a key anywhere), before it is looked up.
  const limit = await hitRateLimit(deps.db, `api:${hashToken(token)}`, API_LIMIT, API_WINDOW_SECONDS);
  if (!limit.allowed) {
    return apiError(429, 'rate_limited', t(locale, 'referralApi.error.rateLimited'), undefined, { 'retry-after': String(limit.retryAfterSeconds) });
  }
  return (await authenticateApiToken(deps.db, token)) ?? apiError(401, 'unauthorized', t(locale, 'referralApi.error.unauthorized'), undefined, challenge);
}

/** A referral is a few kilobytes; a body far beyond that is a mistake or an attack, not a referral. */
const MAX_BODY_CHARS = 64 * 1024;

/** The request's JSON, or undefined when it is none or too large (then the body is refused as not an object). */
async function readJson(request: Request): Promise<unknown> {
  try {
    const text = await request.text();
    return text.length > MAX_BODY_CHARS ? undefined : JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * Runs a handler; the core's errors become their answers. Anything else goes to the one place that
 * maps failures (src/lib/log/middleware.ts): a JSON 503 when the database is down, else a logged 500,
 * both with the request id.
 */
async function answer(locale: Locale, act: () => Promise<Response>): Promise<Response> {
  try {
    return await act();
  } catch (error) {
    if (error instanceof ReferralError) return coreError(error, locale);
    throw error;
  }
}

/** `POST /api/referrals`: 201 with the new referral, 200 with the same one for a repeated Idempotency-Key. */
export async function createReferralResponse(request: Request, deps: ApiDeps): Promise<Response> {
  const locale = localeOf(request);
  return answer(locale, async () => {
    const actor = await authenticate(request, deps, locale);
    if (actor instanceof Response) return actor;
    const key = request.headers.get('idempotency-key')?.trim() || null;
    const parsed = await readNewReferral(deps.db, await readJson(request), key);
    if (!parsed.ok) return bodyProblem(parsed, locale);
    const made = await createReferral(deps.db, parsed.value, actor, { requestUrl: new URL(request.url) });
    const state = await referralState(deps.db, made.id);
    const links = referralLinks(made.id);
    const body = { id: made.id, reference: made.reference, status: state.status, version: state.version, links };
    return made.created ? json(body, 201, { location: links.self }) : json(body, 200);
  });
}

/** `GET /api/referrals/[id]`: the referral with its timeline, 404 unless the token's administration sees it. */
export async function readReferralResponse(request: Request, id: string, deps: ApiDeps): Promise<Response> {
  const locale = localeOf(request);
  return answer(locale, async () => {
    const actor = await authenticate(request, deps, locale);
    if (actor instanceof Response) return actor;
    const detail = UUID.test(id) ? await getReferral(deps.db, id, actor, 'api_view') : null;
    if (!detail) return apiError(404, 'not_found', t(locale, 'referral.error.notFound'));
    return json(presentReferral(detail));
  });
}

/** `POST /api/referrals/[id]/events`: one step of the procedure; 200 with the new status and version. */
export async function referralEventResponse(request: Request, id: string, deps: ApiDeps): Promise<Response> {
  const locale = localeOf(request);
  return answer(locale, async () => {
    const actor = await authenticate(request, deps, locale);
    if (actor instanceof Response) return actor;
    if (!UUID.test(id)) return apiError(404, 'not_found', t(locale, 'referral.error.notFound'));
    const parsed = await readEvent(deps.db, id, await readJson(request));
    if (!parsed.ok) return bodyProblem(parsed, locale);
    const result = await transitionReferral(deps.db, parsed.value, actor, { requestUrl: new URL(request.url) });
    return json({ id, status: result.status, version: result.version, links: referralLinks(id) });
  });
}
