import { hash, verify } from '@node-rs/argon2';

/** Shorter passwords are refused; length matters more than odd characters (NIST SP 800-63B). */
export const PASSWORD_MIN_LENGTH = 10;
/** Longer input is refused before hashing, so that nobody can make the server hash megabytes. */
export const PASSWORD_MAX_LENGTH = 200;

/** An argon2id hash of a password (the library's default algorithm and parameters). */
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

let dummyHash: Promise<string> | undefined;

/**
 * Whether `password` matches `passwordHash`. Without a hash (unknown e-mail, or an account that
 * never chose a password) a made-up hash is verified anyway and the answer is no: the reply then
 * takes as long as for a known e-mail, so its timing does not tell which e-mails have accounts.
 */
export async function verifyPassword(passwordHash: string | null | undefined, password: string): Promise<boolean> {
  if (!passwordHash) {
    dummyHash ??= hash('indgang-timing-dummy-password');
    await verify(await dummyHash, password).catch(() => false);
    return false;
  }
  try {
    return await verify(passwordHash, password);
  } catch {
    // A malformed stored hash must not let anyone in, nor crash the login page.
    return false;
  }
}
