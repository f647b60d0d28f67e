import { and, count, eq } from 'drizzle-orm';
import type { Database } from '../../../db/client';
import { administrations, associationMemberships, associations, users } from '../../../db/schema';
import { sortByDanishName } from '../directory/danish-order';
import { LastMember, NotAMember } from './errors';

/** The association a members page is about, or null for an unknown id. */
export async function findAssociationForMembers(db: Database, associationId: string) {
  const [row] = await db
    .select({ id: associations.id, name: associations.name, administrationId: associations.administrationId })
    .from(associations)
    .where(eq(associations.id, associationId));
  return row ?? null;
}

/** The members of an association, by name. */
export async function listMembers(db: Database, associationId: string) {
  const rows = await db
    .select({ userId: users.id, name: users.name, email: users.email, since: associationMemberships.createdAt })
    .from(associationMemberships)
    .innerJoin(users, eq(users.id, associationMemberships.userId))
    .where(eq(associationMemberships.associationId, associationId));
  return sortByDanishName(rows);
}

/**
 * Removes a member from an association, but never the last one: an association nobody acts for
 * cannot keep its listings current or invite anyone again. The association row is locked, so two
 * members removing each other at the same moment cannot both succeed.
 */
export async function removeMember(db: Database, input: { associationId: string; userId: string }): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.select({ id: associations.id }).from(associations).where(eq(associations.id, input.associationId)).for('update');
    const [total] = await tx
      .select({ n: count() })
      .from(associationMemberships)
      .where(eq(associationMemberships.associationId, input.associationId));
    if ((total?.n ?? 0) <= 1) {
      // The last member of an association is never removed; said only when they are a member at all.
      const [self] = await tx
        .select({ userId: associationMemberships.userId })
        .from(associationMemberships)
        .where(and(eq(associationMemberships.associationId, input.associationId), eq(associationMemberships.userId, input.userId)));
      if (self) throw new LastMember(`user ${input.userId} is the last member of ${input.associationId}`);
    }
    const removed = await tx
      .delete(associationMemberships)
      .where(and(eq(associationMemberships.associationId, input.associationId), eq(associationMemberships.userId, input.userId)))
      .returning({ userId: associationMemberships.userId });
    if (removed.length === 0) throw new NotAMember(`user ${input.userId} is not a member of ${input.associationId}`);
  });
}

/** The associations an administration is responsible for (any status but archived), by name: what a coordinator may invite to. */
export async function associationsOfAdministration(db: Database, administrationId: string) {
  const rows = await db
    .select({ id: associations.id, name: associations.name, status: associations.status })
    .from(associations)
    .where(eq(associations.administrationId, administrationId));
  return sortByDanishName(rows.filter((row) => row.status !== 'archived'));
}

/** The administration's names, for headings. */
export async function findAdministration(db: Database, administrationId: string) {
  const [row] = await db
    .select({ id: administrations.id, nameDa: administrations.nameDa, nameEn: administrations.nameEn })
    .from(administrations)
    .where(eq(administrations.id, administrationId));
  return row ?? null;
}
