import { and, eq, inArray, isNull, notInArray } from 'drizzle-orm';
import type { Database } from '../../../db/client';
import { administrations, associationMemberships, associations, passwordResets, users } from '../../../db/schema';
import { endAllSessions, type SessionUser } from '../session';
import { AdminError, AdminNotFound, EmailTaken, SelfChangeRefused } from './errors';
import type { EditUserInput, NewUserInput } from './schemas';
import { sendWelcome } from './welcome';

type Tx = Parameters<Parameters<Database['transaction']>[0]>[0];
type Placement = Pick<EditUserInput, 'administrationId' | 'associationIds'>;

/** The chosen administration and associations must exist (a clear message, not a foreign-key error). */
async function checkPlacement(tx: Tx, input: Placement): Promise<void> {
  if (input.administrationId) {
    const [found] = await tx.select({ id: administrations.id }).from(administrations).where(eq(administrations.id, input.administrationId));
    if (!found) throw new AdminError('admin.error.unknownAdministration', 'administrationId', 'administration not found');
  }
  const wanted = [...new Set(input.associationIds)];
  if (wanted.length > 0) {
    const found = await tx.select({ id: associations.id }).from(associations).where(inArray(associations.id, wanted));
    if (found.length !== wanted.length) throw new AdminError('admin.error.unknownAssociation', 'associationIds', 'association not found');
  }
}

/** Makes the user's memberships exactly `associationIds`. */
async function setMemberships(tx: Tx, userId: string, associationIds: string[]): Promise<void> {
  const wanted = [...new Set(associationIds)];
  await tx
    .delete(associationMemberships)
    .where(and(eq(associationMemberships.userId, userId), wanted.length > 0 ? notInArray(associationMemberships.associationId, wanted) : undefined));
  if (wanted.length > 0) {
    await tx.insert(associationMemberships).values(wanted.map((associationId) => ({ userId, associationId }))).onConflictDoNothing();
  }
}

/** A unique-violation on the e-mail index: two admins created the same address at the same moment. */
function isEmailClash(error: unknown): boolean {
  const e = error as { code?: string; constraint_name?: string; cause?: { code?: string; constraint_name?: string } };
  const pg = e?.cause ?? e;
  return pg?.code === '23505' && pg?.constraint_name === 'users_email_key';
}

/**
 * Creates an account without a password and mails the person a link to choose one, all in one
 * transaction: there is never an account whose link was not queued, nor a mail for no account.
 */
export async function createUserAccount(
  db: Database,
  input: NewUserInput,
  options: { linkTo: (path: string) => string; now?: Date },
): Promise<{ id: string }> {
  try {
    return await db.transaction(async (tx) => {
      const [existing] = await tx.select({ id: users.id }).from(users).where(eq(users.email, input.email));
      if (existing) throw new EmailTaken(input.email);
      await checkPlacement(tx, input);
      const [user] = await tx
        .insert(users)
        .values({ name: input.name, email: input.email, role: input.role, administrationId: input.administrationId })
        .returning({ id: users.id });
      await setMemberships(tx, user!.id, input.associationIds);
      await sendWelcome(tx, { id: user!.id, ...input }, options.linkTo, options.now);
      return { id: user!.id };
    });
  } catch (error) {
    if (isEmailClash(error)) throw new EmailTaken(input.email);
    throw error;
  }
}

/**
 * Changes a user's name, role, administration and memberships. An admin may not take the admin
 * role from themselves: with no admin left, nobody could give it back. The new role takes effect
 * at the user's next request, since sessions read the user afresh each time.
 */
export async function updateUserAccount(db: Database, id: string, input: EditUserInput, actor: SessionUser): Promise<void> {
  if (actor.id === id && input.role !== 'admin') throw new SelfChangeRefused('demote');
  await db.transaction(async (tx) => {
    await checkPlacement(tx, input);
    const updated = await tx
      .update(users)
      .set({ name: input.name, role: input.role, administrationId: input.administrationId, updatedAt: new Date() })
      .where(eq(users.id, id))
      .returning({ id: users.id });
    if (updated.length === 0) throw new AdminNotFound('user');
    await setMemberships(tx, id, input.associationIds);
  });
}

/**
 * Disables a user (ends every session and voids unused password links, so that no way in is left)
 * or enables them again. An admin cannot disable themselves.
 */
export async function setUserDisabled(db: Database, id: string, disabled: boolean, actor: SessionUser, now = new Date()): Promise<void> {
  if (disabled && actor.id === id) throw new SelfChangeRefused('disable');
  await db.transaction(async (tx) => {
    const updated = await tx
      .update(users)
      .set({ disabledAt: disabled ? now : null, updatedAt: now })
      .where(eq(users.id, id))
      .returning({ id: users.id });
    if (updated.length === 0) throw new AdminNotFound('user');
    if (disabled) await tx.delete(passwordResets).where(and(eq(passwordResets.userId, id), isNull(passwordResets.usedAt)));
  });
  // After the commit: sessions of a disabled user are refused at validation anyway, so this only
  // tidies up, and a failure here cannot leave the user logged in.
  if (disabled) await endAllSessions(db, id);
}
