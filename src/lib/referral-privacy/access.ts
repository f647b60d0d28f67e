import { referralAccessLog } from '../../../db/schema';
import type { Queryable } from '../mail';
import type { SessionUser } from '../session/session';

/** What was done with a citizen's personal data (the `action` column of `referral_access_log`). */
export type AccessAction = 'view' | 'print' | 'pdf' | 'export' | 'erase' | 'citizen_lookup' | 'api_view';

/**
 * Writes who did what with which referrals' personal data, one line per referral (or one line with
 * no referral for a search across them). Call it in the transaction of the read or change itself,
 * so that nothing is read or erased without its line.
 */
export async function logAccess(
  tx: Queryable,
  user: Pick<SessionUser, 'id' | 'name' | 'administrationId'>,
  action: AccessAction,
  referralIds: readonly (string | null)[],
  at = new Date(),
): Promise<void> {
  if (referralIds.length === 0) return;
  await tx.insert(referralAccessLog).values(
    referralIds.map((referralId) => ({ referralId, action, userId: user.id, userName: user.name, administrationId: user.administrationId, at })),
  );
}
