import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';
import { config } from '../config/config';

/**
 * Encryption at rest of a citizen's personal data in referrals: AES-256-GCM in the application,
 * so that a database dump, a backup or a curious database administrator reads no names. Two keys
 * are derived from REFERRAL_KEY with HKDF: one encrypts, one makes the keyed hashes used to look
 * a citizen up by e-mail or phone without decrypting every row.
 */
export interface Keyring {
  /** `v1.<iv>.<tag>.<ciphertext>`, base64url; a fresh random IV every time. */
  encrypt(plain: string): string;
  /** Throws when the text was changed or made with another key. */
  decrypt(sealed: string): string;
  /** A keyed hash of a normalised e-mail or phone number; equal inputs give equal hashes. */
  index(kind: 'email' | 'phone', value: string): string;
}

const VERSION = 'v1';

/** A keyring from 32 random bytes in base64 or base64url (REFERRAL_KEY). */
export function keyringFrom(secret: string): Keyring {
  const master = Buffer.from(secret, 'base64url');
  if (master.length !== 32) throw new Error('REFERRAL_KEY skal være 32 tilfældige bytes i base64');
  const encryptionKey = Buffer.from(hkdfSync('sha256', master, Buffer.alloc(0), 'indgang referral encryption', 32));
  const indexKey = Buffer.from(hkdfSync('sha256', master, Buffer.alloc(0), 'indgang referral index', 32));
  return {
    encrypt(plain) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', encryptionKey, iv);
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return [VERSION, iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), body.toString('base64url')].join('.');
    },
    decrypt(sealed) {
      const [version, iv, tag, body] = sealed.split('.');
      if (version !== VERSION || !iv || !tag || body === undefined) throw new Error('Ukendt krypteringsformat');
      const decipher = createDecipheriv('aes-256-gcm', encryptionKey, Buffer.from(iv, 'base64url'));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
    },
    index(kind, value) {
      return createHmac('sha256', indexKey).update(`${kind}:${normalise(kind, value)}`).digest('hex');
    },
  };
}

/** E-mails compare without case and spaces; Danish phone numbers by their 8 digits. */
export function normalise(kind: 'email' | 'phone', value: string): string {
  if (kind === 'email') return value.trim().toLowerCase();
  const digits = value.replace(/\D/g, '');
  return digits.length === 10 && digits.startsWith('45') ? digits.slice(2) : digits.length === 12 && digits.startsWith('0045') ? digits.slice(4) : digits;
}

let cached: { secret: string; keyring: Keyring } | undefined;

/** The keyring of this process, from REFERRAL_KEY (the launcher generates one under DATA_DIR when embedded). */
export function referralKeyring(): Keyring {
  const secret = config().REFERRAL_KEY;
  if (!secret) throw new Error('REFERRAL_KEY er ikke sat: start Indgang med "npm start"');
  if (cached?.secret !== secret) cached = { secret, keyring: keyringFrom(secret) };
  return cached.keyring;
}
