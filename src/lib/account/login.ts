import { and, desc, eq, gt, lt } from 'drizzle-orm';
import type { Database } from '../../../db/client';
import { loginAttempts, type User, users } from '../../../db/schema';
import { createSession, endSession } from '../session/session';
import { normalizeEmail } from './email';
import { emailLockedUntil, IP_LIMIT, ipBlockedUntil, LOOKBACK_MS } from './lockout';
import { verifyPassword } from './password';

export interface LoginInput {
  email: string;
  password: string;
  /** The client's address (see src/lib/security/client-ip.ts). */
  ip: string;
}

export interface LoginOptions {
  /** In production demo accounts are refused (their password is in the README). */
  production: boolean;
  now?: Date;
}

export type LoginOutcome =
  | { ok: true; user: User }
  /** `invalid` covers both an unknown e-mail and a wrong password, so that nobody learns which e-mails exist. */
  | { ok: false; reason: 'invalid' | 'disabled' | 'demo' }
  | { ok: false; reason: 'locked' | 'ipLimited'; retryAt: Date };

/**
 * Checks a login attempt against the lockout rules and the password, and records it. The attempt
 * is written first (as failed) and the rules then count only attempts written before it, so that
 * a burst of parallel requests, on one or several app instances, cannot slip past the limit
 * together: each sees the ones before it. A correct password while locked is refused too.
 */
export async function attemptLogin(db: Database, input: LoginInput, options: LoginOptions): Promise<LoginOutcome> {
  const now = options.now ?? new Date();
  const email = normalizeEmail(input.email);
  const [attempt] = await db.insert(loginAttempts).values({ email, ip: input.ip, succeeded: false, at: now }).returning({ id: loginAttempts.id });
  const attemptId = attempt!.id;

  const ipRetry = ipBlockedUntil(await ipFailures(db, input.ip, attemptId, now), now);
  if (ipRetry) return { ok: false, reason: 'ipLimited', retryAt: ipRetry };
  const failures = await emailFailures(db, email, attemptId, now);
  const emailRetry = emailLockedUntil(failures, now);
  if (emailRetry) return { ok: false, reason: 'locked', retryAt: emailRetry };

  const user = await db.query.users.findFirst({ where: eq(users.email, email) });
  if (!(await verifyPassword(user?.passwordHash, input.password)) || !user) {
    // Say so at once when this failure is the one that locks the e-mail, not only at the next try.
    const lockedNow = emailLockedUntil([...failures, now], now);
    return lockedNow ? { ok: false, reason: 'locked', retryAt: lockedNow } : { ok: false, reason: 'invalid' };
  }
  if (user.disabledAt) return { ok: false, reason: 'disabled' };
  if (user.isDemo && options.production) return { ok: false, reason: 'demo' };

  await db.transaction(async (tx) => {
    await tx.update(loginAttempts).set({ succeeded: true }).where(eq(loginAttempts.id, attemptId));
    await tx.update(users).set({ lastLoginAt: now }).where(eq(users.id, user.id));
  });
  return { ok: true, user };
}

/** Failed attempts for the e-mail since its last successful login (a success resets the count). */
async function emailFailures(db: Database, email: string, beforeId: number, now: Date): Promise<Date[]> {
  const since = new Date(now.getTime() - LOOKBACK_MS);
  const [lastSuccess] = await db
    .select({ at: loginAttempts.at })
    .from(loginAttempts)
    .where(and(eq(loginAttempts.email, email), eq(loginAttempts.succeeded, true), gt(loginAttempts.at, since), lt(loginAttempts.id, beforeId)))
    .orderBy(desc(loginAttempts.at))
    .limit(1);
  const from = lastSuccess && lastSuccess.at > since ? lastSuccess.at : since;
  const rows = await db
    .select({ at: loginAttempts.at })
    .from(loginAttempts)
    .where(and(eq(loginAttempts.email, email), eq(loginAttempts.succeeded, false), gt(loginAttempts.at, from), lt(loginAttempts.id, beforeId)))
    .orderBy(loginAttempts.at, loginAttempts.id);
  return rows.map((r) => r.at);
}

/** Failed attempts from the address within the window (only the count and times matter). */
async function ipFailures(db: Database, ip: string, beforeId: number, now: Date): Promise<Date[]> {
  const since = new Date(now.getTime() - IP_LIMIT.windowMs);
  const rows = await db
    .select({ at: loginAttempts.at })
    .from(loginAttempts)
    .where(and(eq(loginAttempts.ip, ip), eq(loginAttempts.succeeded, false), gt(loginAttempts.at, since), lt(loginAttempts.id, beforeId)))
    .orderBy(loginAttempts.at, loginAttempts.id);
  return rows.map((r) => r.at);
}

/**
 * Starts the session of a user who has just proved who they are. A session the browser already
 * had is ended first, so the id always changes at login (no session fixation) and no stale session
 * of someone else lingers on a shared computer.
 */
export async function startSession(db: Database, userId: string, previousToken: string | undefined, now = new Date()) {
  if (previousToken) await endSession(db, previousToken);
  return createSession(db, userId, now);
}

/**
 * Records a login that did not go through the form (a new password, an accepted invitation), so
 * that earlier failed attempts no longer count towards a lockout of the e-mail.
 */
export async function recordSuccessfulLogin(db: Pick<Database, 'insert' | 'update'>, user: { id: string; email: string }, ip: string, now = new Date()) {
  await db.insert(loginAttempts).values({ email: user.email, ip, succeeded: true, at: now });
  await db.update(users).set({ lastLoginAt: now }).where(eq(users.id, user.id));
}
