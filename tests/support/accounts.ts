import { hash } from '@node-rs/argon2';
import type { Database } from '../../db/client';
import { associationMemberships, type User, users } from '../../db/schema';
import { createSession, validateSession, type ActiveSession } from '../../src/lib/session';

let counter = 0;

/** Creates a user (password `test-password-1` unless given) with optional memberships. */
export async function createUser(
  db: Database,
  over: Partial<typeof users.$inferInsert> & { role: User['role']; associationIds?: string[]; password?: string },
): Promise<User> {
  counter += 1;
  const { associationIds = [], password = 'test-password-1', ...rest } = over;
  const [user] = await db
    .insert(users)
    .values({
      email: `bruger${counter}-${Math.random().toString(36).slice(2, 8)}@example.dk`,
      name: `Testbruger ${counter}`,
      passwordHash: await hash(password),
      ...rest,
    })
    .returning();
  for (const associationId of associationIds) await db.insert(associationMemberships).values({ userId: user!.id, associationId });
  return user!;
}

/** A live session for a user, as the middleware would see it (the user with memberships, and the CSRF token). */
export async function sessionFor(db: Database, userId: string): Promise<ActiveSession & { token: string }> {
  const { token } = await createSession(db, userId);
  const session = await validateSession(db, token);
  return { ...session!, token };
}
