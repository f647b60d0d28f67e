import { createHmac, hkdfSync, randomBytes } from 'node:crypto';
import { config } from '../config/config';
import { sameSecret } from '../session/token';

/**
 * Spam protection of the citizen's entrance without a third party (no CAPTCHA service sees the
 * citizen): a honeypot field, a signed form token that says when the form was shown, and a rate
 * limit per address (in the page). A person needs more than a few seconds to fill in the form;
 * a robot posting at once, or replaying an old form for days, is refused with a friendly message
 * (a person who was too quick, or away for hours, just sends the form again).
 */
export const HONEYPOT_FIELD = 'hjemmeside';
export const FORM_TOKEN_FIELD = 'formular';
export const MIN_FILL_SECONDS = 3;
export const MAX_FORM_AGE_SECONDS = 2 * 60 * 60;

/** Citizens' requests per address per hour: room for a family sending for two, or a library's shared address. */
export const ENTRANCE_LIMIT = 5;
export const ENTRANCE_WINDOW_SECONDS = 60 * 60;

/** The rate limit key of one address (rate_limits.key). */
export function entranceRateKey(ip: string): string {
  return `entrance:${ip}`;
}

/** A form with the honeypot filled in: a robot's (people never see the field). */
export function filledHoneypot(form: FormData): boolean {
  const value = form.get(HONEYPOT_FIELD);
  return typeof value === 'string' && value.trim() !== '';
}

let cached: { secret: string; key: Buffer } | undefined;

/** A key of its own for signing, derived from REFERRAL_KEY (HKDF), so the encryption key is never used for it. */
function signingKey(): Buffer {
  const secret = config().REFERRAL_KEY;
  if (!secret) throw new Error('REFERRAL_KEY er ikke sat: start Indgang med "npm start"');
  if (cached?.secret !== secret) {
    const master = Buffer.from(secret, 'base64url');
    cached = { secret, key: Buffer.from(hkdfSync('sha256', master, Buffer.alloc(0), 'indgang entrance signing', 32)) };
  }
  return cached.key;
}

function sign(purpose: string, payload: string): string {
  return createHmac('sha256', signingKey()).update(`${purpose}\n${payload}`).digest('base64url');
}

/**
 * A token for a form shown now: `<time>.<nonce>.<signature>`. The nonce also makes the
 * referral's idempotency key, so that a double click on one form makes one referral.
 */
export function issueFormToken(now = new Date()): string {
  const payload = `${now.getTime().toString(36)}.${randomBytes(12).toString('base64url')}`;
  return `${payload}.${sign('form', payload)}`;
}

export type FormTokenCheck = { ok: true; nonce: string } | { ok: false; problem: 'invalid' | 'too_fast' | 'expired' };

/** Whether a sent form token is ours, and was shown between 3 seconds and 2 hours ago. */
export function checkFormToken(token: unknown, now = new Date()): FormTokenCheck {
  if (typeof token !== 'string') return { ok: false, problem: 'invalid' };
  const [time, nonce, signature, ...rest] = token.split('.');
  if (!time || !nonce || !signature || rest.length > 0 || !sameSecret(signature, sign('form', `${time}.${nonce}`))) {
    return { ok: false, problem: 'invalid' };
  }
  const ageSeconds = (now.getTime() - parseInt(time, 36)) / 1000;
  if (!Number.isFinite(ageSeconds) || ageSeconds < MIN_FILL_SECONDS) return { ok: false, problem: 'too_fast' };
  if (ageSeconds > MAX_FORM_AGE_SECONDS) return { ok: false, problem: 'expired' };
  return { ok: true, nonce };
}

/** What the receipt page shows, carried in its signed address (no database read, no personal data). */
export interface Receipt {
  reference: string;
  /** The slug of the administration that received it. */
  administration: string;
  purpose: 'help' | 'volunteer';
  /** A receipt was mailed. */
  mailed: boolean;
}

/**
 * The query of the receipt page. It is signed so that nobody can make the portal show "your
 * referral was received" for a code they made up, or learn where someone else's went.
 */
export function receiptQuery(receipt: Receipt): string {
  const params = new URLSearchParams({ kode: receipt.reference, til: receipt.administration, hvad: receipt.purpose });
  if (receipt.mailed) params.set('mail', '1');
  params.set('s', sign('receipt', params.toString()));
  return params.toString();
}

/** The receipt of a signed query, or null when it was changed or made up. */
export function readReceipt(query: URLSearchParams): Receipt | null {
  const signature = query.get('s');
  const params = new URLSearchParams(query);
  params.delete('s');
  if (!signature || !sameSecret(signature, sign('receipt', params.toString()))) return null;
  const reference = params.get('kode');
  const administration = params.get('til');
  const purpose = params.get('hvad');
  if (!reference || !administration || (purpose !== 'help' && purpose !== 'volunteer')) return null;
  return { reference, administration, purpose, mailed: params.get('mail') === '1' };
}
