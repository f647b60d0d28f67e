import { eq, lt, or } from 'drizzle-orm';
import type { Database } from '../../../db/client';
import { associationMemberships, sessions, type User, users } from '../../../db/schema';
import { hashToken, newToken } from './token';

/** A session ends after this long without a request... */
export const IDLE_TIMEOUT_MS = 60 * 60 * 1000;
/** ...and after this long in any case: a staff member logs in again each working day. */
export const ABSOLUTE_TIMEOUT_MS = 12 * 60 * 60 * 1000;
/** `last_seen_at` is written at most this often, so that reading pages does not write on every request. */
const TOUCH_INTERVAL_MS = 60 * 1000;

/** The logged-in person as pages and policies see them. */
export interface SessionUser {
  id: string;
  email: string;
  name: string;
  role: User['role'];
  administrationId: string | null;
  /** The associations a member acts for (empty for other roles). */
  associationIds: string[];
  isDemo: boolean;
}

export interface ActiveSession {
  /** The hashed id, as stored. */
  id: string;
  csrfToken: string;
  expiresAt: Date;
  user: SessionUser;
}

/**
 * Starts a session for a user who has just proved who they are. Returns the token for the cookie;
 * only its hash is stored. A new id at every login (never reusing one from before) defeats session fixation.
 */
export async function createSession(db: Database, userId: string, now = new Date()): Promise<{ token: string; expiresAt: Date }> {
  const token = newToken();
  const expiresAt = new Date(now.getTime() + ABSOLUTE_TIMEOUT_MS);
  await db.insert(sessions).values({ id: hashToken(token), userId, createdAt: now, lastSeenAt: now, expiresAt, csrfToken: newToken() });
  return { token, expiresAt };
}

/**
 * The session a cookie token belongs to, or null when it is unknown, idle too long, past its end,
 * or its user is disabled. Ended sessions are deleted on the way.
 */
export async function validateSession(db: Database, token: string, now = new Date()): Promise<ActiveSession | null> {
  const id = hashToken(token);
  const [row] = await db
    .select({ session: sessions, user: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(eq(sessions.id, id))
    .limit(1);
  if (!row) return null;
  const { session, user } = row;
  const idleFor = now.getTime() - session.lastSeenAt.getTime();
  if (session.expiresAt <= now || idleFor > IDLE_TIMEOUT_MS || user.disabledAt) {
    await db.delete(sessions).where(eq(sessions.id, id));
    return null;
  }
  if (idleFor > TOUCH_INTERVAL_MS) {
    await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.id, id));
  }
  const memberships =
    user.role === 'member'
      ? await db.select({ associationId: associationMemberships.associationId }).from(associationMemberships).where(eq(associationMemberships.userId, user.id))
      : [];
  return {
    id,
    csrfToken: session.csrfToken,
    expiresAt: session.expiresAt,
    user: {
      id: user.id,
      email: user.email,
      name: user.name,
      role: user.role,
      administrationId: user.administrationId,
      associationIds: memberships.map((m) => m.associationId),
      isDemo: user.isDemo,
    },
  };
}

/** Ends one session (logout). */
export async function endSession(db: Database, token: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.id, hashToken(token)));
}

/** Ends every session of a user, e.g. after a password reset or when the account is disabled. */
export async function endAllSessions(db: Database, userId: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.userId, userId));
}

/** Deletes sessions that can no longer be used; run by the maintenance job. */
export async function deleteEndedSessions(db: Database, now = new Date()): Promise<void> {
  await db
    .delete(sessions)
    .where(or(lt(sessions.expiresAt, now), lt(sessions.lastSeenAt, new Date(now.getTime() - IDLE_TIMEOUT_MS))));
}
