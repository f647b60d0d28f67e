import { createHmac, hkdfSync } from 'node:crypto';
import { config } from '../config/config';

let cached: { secret: string; key: Buffer } | undefined;

/** A key of its own for rate-limit keys, derived from REFERRAL_KEY (so no new secret to keep). */
function limitKeySecret(): Buffer {
  const secret = config().REFERRAL_KEY;
  if (!secret) throw new Error('REFERRAL_KEY er ikke sat: start Indgang med "npm start"');
  if (cached?.secret !== secret) {
    const master = Buffer.from(secret, 'base64url');
    cached = { secret, key: Buffer.from(hkdfSync('sha256', master, Buffer.alloc(0), 'indgang rate limit keys', 32)) };
  }
  return cached.key;
}

/**
 * A rate-limit key part for personal data (an e-mail): its keyed hash, so that the
 * `rate_limits` table holds no e-mail. Keyed, because a plain hash of an e-mail is reversed by
 * hashing a list of e-mails. The same value always gives the same part, on every app instance.
 */
export function personalKeyPart(value: string): string {
  return createHmac('sha256', limitKeySecret()).update(value).digest('base64url').slice(0, 32);
}
