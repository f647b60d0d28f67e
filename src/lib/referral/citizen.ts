import { and, eq } from 'drizzle-orm';
import type { Database } from '../../../db/client';
import { activities, administrations, associations, referrals } from '../../../db/schema';
import { referralKeyring } from './crypto';
import type { ReferralStatus } from './machine';
import { normaliseReference } from './reference';

// A reference that can never exist (it has characters outside the alphabet): a malformed code
// still costs one keyed hash and one indexed query, like any other wrong code.
const NEVER = '---------';

/**
 * The status of a citizen's own referral, for /indgang/status: only when the reference and the
 * e-mail given in the referral both match (the e-mail is compared by its keyed hash, never
 * decrypted). The same work is done whether the code exists or not, so timing tells nothing;
 * the page rate-limits the attempts. Returns no personal data: the status, who has it (the
 * association when passed to one, else the administration) and the activity.
 */
export async function citizenStatus(
  db: Database,
  reference: string,
  email: string,
): Promise<{ reference: string; status: ReferralStatus; receiverName: string; activityName: string | null; updatedAt: Date } | null> {
  const code = normaliseReference(reference) ?? NEVER;
  const emailIndex = referralKeyring().index('email', email);
  const [row] = await db
    .select({
      reference: referrals.reference,
      status: referrals.status,
      administrationName: administrations.nameDa,
      associationName: associations.name,
      activityName: activities.name,
      updatedAt: referrals.updatedAt,
    })
    .from(referrals)
    .innerJoin(administrations, eq(administrations.id, referrals.receiverAdministrationId))
    .leftJoin(associations, eq(associations.id, referrals.associationId))
    .leftJoin(activities, eq(activities.id, referrals.activityId))
    .where(and(eq(referrals.reference, code), eq(referrals.emailIndex, emailIndex)));
  if (!row) return null;
  return {
    reference: row.reference,
    status: row.status,
    receiverName: row.associationName ?? row.administrationName,
    activityName: row.activityName,
    updatedAt: row.updatedAt,
  };
}
