import { type Locale, type MessageKey, t } from '../../i18n';
import { da } from '../../i18n/messages';
import { CprRefused, InvalidReferral, type ReferralError, TransitionRefused } from '../referral/errors';

/** Answers hold personal data: never cached, by the browser or by a proxy. */
const HEADERS = { 'cache-control': 'no-store', 'content-type': 'application/json; charset=utf-8' };

/** A successful answer. */
export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { ...HEADERS, ...headers } });
}

/**
 * The one error format of the API: `{ "error": { "code", "message", "field"? } }`. `code` is for
 * the case system's program, `message` for its user (Danish, or English with Accept-Language: en),
 * `field` the path in the request body that is wrong.
 */
export function apiError(status: number, code: string, message: string, field?: string, headers: Record<string, string> = {}): Response {
  return json({ error: field ? { code, message, field } : { code, message } }, status, headers);
}

/** A text of the catalogue by a key built at run time (the core's error and field keys take no parameters), or null. */
function text(locale: Locale, key: string): string | null {
  if (!(key in da)) return null;
  return (t as (l: Locale, k: MessageKey, p?: Record<string, string | number>) => string)(locale, key as MessageKey);
}

/** Which field of an event a refusal is about. */
const REFUSAL_FIELD: Partial<Record<TransitionRefused['refusal'], string>> = {
  reason_required: 'reason',
  comment_required: 'comment',
  target_required: 'forwardTo',
  same_target: 'forwardTo',
};

/** A body that does not have the shape the API takes: which field, and what is wrong in words. */
export function bodyProblem(problem: { field: string; key: string }, locale: Locale): Response {
  const message = text(locale, problem.key) ?? problem.key;
  if (!problem.key.startsWith('referral.invalid.')) return apiError(400, 'invalid', message, problem.field);
  return apiError(400, 'invalid', `${text(locale, `referral.field.${problem.field}`) ?? problem.field}: ${message}`, problem.field);
}

/** An error of the referral core as the API answers it: the core's status, its message, and the field. */
export function coreError(error: ReferralError, locale: Locale): Response {
  const message = text(locale, error.messageKey) ?? error.messageKey;
  if (error instanceof InvalidReferral) {
    const label = text(locale, `referral.field.${error.field}`) ?? error.field;
    const problem = text(locale, `referral.invalid.${error.problem}`) ?? message;
    return apiError(400, 'invalid', `${label}: ${problem}`, error.field);
  }
  if (error instanceof CprRefused) return apiError(400, 'cpr', message, error.field);
  if (error instanceof TransitionRefused) return apiError(error.status, error.refusal, message, REFUSAL_FIELD[error.refusal]);
  // notFound → not_found, invalidTarget → invalid_target, ...
  const code = error.messageKey.replace('referral.error.', '').replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
  return apiError(error.status, code, message, error.messageKey === 'referral.error.invalidTarget' ? 'target' : undefined);
}
