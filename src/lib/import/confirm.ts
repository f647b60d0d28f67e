/**
 * The upload page's two steps without state on the server (any app instance may answer either):
 * the dry run signs what it showed (who, which file content by its SHA-256, which fallback
 * administration, when), and "Importér" imports only content with that hash, by that admin,
 * within an hour. Small files travel back in a hidden field; a large one is chosen again and must
 * hash the same. Either way the content is read and checked again from scratch before it is
 * written: nothing from the dry run is trusted.
 */
import { createHash, createHmac, hkdfSync } from 'node:crypto';
import { config } from '../config/config';
import { sameSecret } from '../session/token';

/** How long a dry run may be confirmed. */
export const CONFIRM_MAX_AGE_SECONDS = 60 * 60;

/** Files up to this size come back in the confirm form; larger ones are chosen again. */
export const EMBED_LIMIT_BYTES = 2 * 1024 * 1024;

/** What a confirmation is bound to. */
export interface Confirmation {
  userId: string;
  name: string;
  administration: string;
  sha256: string;
}

export const sha256Of = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

let cached: { secret: string; key: Buffer } | undefined;

/** A key of its own, derived from REFERRAL_KEY (HKDF), so no other key is used for it. */
export function confirmationKey(): Buffer {
  const secret = config().REFERRAL_KEY;
  if (!secret) throw new Error('REFERRAL_KEY er ikke sat: start Indgang med "npm start"');
  if (cached?.secret !== secret) {
    const master = Buffer.from(secret, 'base64url');
    cached = { secret, key: Buffer.from(hkdfSync('sha256', master, Buffer.alloc(0), 'indgang import confirmation', 32)) };
  }
  return cached.key;
}

function sign(key: Buffer, issued: string, c: Confirmation): string {
  return createHmac('sha256', key).update(['import', issued, c.userId, c.name, c.administration, c.sha256].join('\n')).digest('base64url');
}

/** A token for a dry run shown now: `<time>.<signature>`. */
export function issueConfirmation(key: Buffer, c: Confirmation, now = new Date()): string {
  const issued = now.getTime().toString(36);
  return `${issued}.${sign(key, issued, c)}`;
}

/** Whether a sent token confirms exactly this content, for this admin, and is less than an hour old. */
export function checkConfirmation(key: Buffer, token: unknown, c: Confirmation, now = new Date()): boolean {
  if (typeof token !== 'string') return false;
  const [issued, signature, ...rest] = token.split('.');
  if (!issued || !signature || rest.length > 0 || !sameSecret(signature, sign(key, issued, c))) return false;
  const age = (now.getTime() - parseInt(issued, 36)) / 1000;
  return Number.isFinite(age) && age >= 0 && age <= CONFIRM_MAX_AGE_SECONDS;
}
