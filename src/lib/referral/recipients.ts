import { and, eq, isNull } from 'drizzle-orm';
import { administrations, associationMemberships, associations, users } from '../../../db/schema';
import type { Runner } from './db';

function unique(addresses: (string | null | undefined)[]): string[] {
  return [...new Set(addresses.filter((a): a is string => !!a && a.trim() !== '').map((a) => a.trim().toLowerCase()))];
}

/** An administration's shared mailbox and its active coordinators: who must see a new referral. */
export async function administrationRecipients(db: Runner, administrationId: string): Promise<string[]> {
  const [administration] = await db.select({ email: administrations.email }).from(administrations).where(eq(administrations.id, administrationId));
  const coordinators = await db
    .select({ email: users.email })
    .from(users)
    .where(and(eq(users.administrationId, administrationId), eq(users.role, 'coordinator'), isNull(users.disabledAt)));
  return unique([administration?.email, ...coordinators.map((c) => c.email)]);
}

/** An association's own e-mail and every active member's. */
export async function associationRecipients(db: Runner, associationId: string): Promise<string[]> {
  const [association] = await db.select({ email: associations.email }).from(associations).where(eq(associations.id, associationId));
  const members = await db
    .select({ email: users.email })
    .from(associationMemberships)
    .innerJoin(users, eq(users.id, associationMemberships.userId))
    .where(and(eq(associationMemberships.associationId, associationId), isNull(users.disabledAt)));
  return unique([association?.email, ...members.map((m) => m.email)]);
}

/**
 * The sender side of a referral: the member of staff who sent it while they are active; otherwise
 * (sent through the API, or the sender has left) the sender administration's mailbox and coordinators.
 * A citizen's own referral has no sender side to mail: the citizen looks up the status with the code.
 */
export async function senderRecipients(db: Runner, referral: { senderUserId: string | null; senderAdministrationId: string | null }): Promise<string[]> {
  if (referral.senderUserId) {
    const [sender] = await db
      .select({ email: users.email })
      .from(users)
      .where(and(eq(users.id, referral.senderUserId), isNull(users.disabledAt)));
    if (sender) return unique([sender.email]);
  }
  return referral.senderAdministrationId ? administrationRecipients(db, referral.senderAdministrationId) : [];
}
