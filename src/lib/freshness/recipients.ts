import { and, eq, inArray, isNull } from 'drizzle-orm';
import { associationMemberships, associations, users } from '../../../db/schema';
import type { Queryable } from '../mail';

/**
 * Who hears about an association's listings: its own e-mail and every member with an active
 * account, each address once (lower-cased), per association.
 */
export async function associationRecipients(db: Queryable, associationIds: readonly string[]): Promise<Map<string, string[]>> {
  const result = new Map<string, Set<string>>();
  if (associationIds.length === 0) return new Map();
  const add = (id: string, email: string | null) => {
    if (!email?.trim()) return;
    let set = result.get(id);
    if (!set) result.set(id, (set = new Set()));
    set.add(email.trim().toLowerCase());
  };
  const [own, members] = await Promise.all([
    db.select({ id: associations.id, email: associations.email }).from(associations).where(inArray(associations.id, [...associationIds])),
    db
      .select({ id: associationMemberships.associationId, email: users.email })
      .from(associationMemberships)
      .innerJoin(users, eq(users.id, associationMemberships.userId))
      .where(and(inArray(associationMemberships.associationId, [...associationIds]), isNull(users.disabledAt))),
  ]);
  for (const row of own) add(row.id, row.email);
  for (const row of members) add(row.id, row.email);
  return new Map([...result].map(([id, set]) => [id, [...set]]));
}
