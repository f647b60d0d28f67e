import type postgres from 'postgres';
import { keyringFrom } from '../referral/crypto';

/** Whether the referral key at hand opens the restored referrals' personal data. */
export type KeyCheck = 'fits' | 'wrong' | 'missing' | 'nothing-to-check';

/**
 * Tries the key on one sealed referral (the backup holds ciphertext only, never the key): a
 * restore with the wrong key would bring back referrals nobody can read, so the operator is told
 * at once, while the old key may still be found.
 */
export async function checkReferralKey(sql: postgres.Sql, key: string | undefined): Promise<KeyCheck> {
  const [row] = await sql<{ personal: string }[]>`select personal from referrals where personal is not null limit 1`;
  if (!row) return 'nothing-to-check';
  if (!key) return 'missing';
  try {
    keyringFrom(key).decrypt(row.personal);
    return 'fits';
  } catch {
    return 'wrong';
  }
}
