import { and, eq, gt, isNull } from 'drizzle-orm';
import type { Database } from '../../../db/client';
import { passwordResets, sessions, users } from '../../../db/schema';
import { type Locale, t } from '../../i18n';
import { queueMail } from '../mail/queue';
import { hashToken, newToken } from '../session/token';
import { normalizeEmail } from './email';
import { recordSuccessfulLogin } from './login';
import { hashPassword } from './password';

/** A reset link works for an hour: long enough to find the mail, short enough if the mailbox leaks later. */
export const RESET_TTL_MS = 60 * 60 * 1000;

export interface ResetRequest {
  email: string;
  /** The language of the page the request came from; the mail is written in it. */
  locale: Locale;
  /** The absolute link for a token (`/nulstil-kode/<token>` on this portal). */
  link: (token: string) => string;
  /** In production demo accounts get no link (they cannot log in there anyway). */
  production: boolean;
  now?: Date;
}

/**
 * Sends a reset link when the e-mail belongs to an account that may log in, and does nothing
 * otherwise. The caller answers the same either way, so the page tells nobody which e-mails exist.
 * The link's row and its mail are stored in one transaction.
 */
export async function requestPasswordReset(db: Database, request: ResetRequest): Promise<void> {
  const now = request.now ?? new Date();
  const user = await db.query.users.findFirst({ where: eq(users.email, normalizeEmail(request.email)) });
  if (!user || user.disabledAt || (user.isDemo && request.production)) return;
  const token = newToken();
  await db.transaction(async (tx) => {
    await tx.insert(passwordResets).values({ id: hashToken(token), userId: user.id, createdAt: now, expiresAt: new Date(now.getTime() + RESET_TTL_MS) });
    await queueMail(tx, {
      to: user.email,
      subject: t(request.locale, 'mail.reset.subject'),
      body: t(request.locale, 'mail.reset.body', { name: user.name, link: request.link(token) }),
      purpose: 'password_reset',
    });
  });
}

/** The account a reset link is for, or null when the link is unknown, used, expired or the account closed. */
export async function findPasswordReset(db: Database, token: string, now = new Date()): Promise<{ userId: string; email: string } | null> {
  const [row] = await db
    .select({ userId: users.id, email: users.email, disabledAt: users.disabledAt })
    .from(passwordResets)
    .innerJoin(users, eq(users.id, passwordResets.userId))
    .where(and(eq(passwordResets.id, hashToken(token)), isNull(passwordResets.usedAt), gt(passwordResets.expiresAt, now)))
    .limit(1);
  return row && !row.disabledAt ? { userId: row.userId, email: row.email } : null;
}

/**
 * Sets a new password through a reset link, once. In one transaction: the link (and every other
 * open link of the user) is used up, the hash is replaced and all the user's sessions end, since
 * whoever knew the old password may be logged in somewhere. Earlier failed logins stop counting.
 * Returns the user, or null when the link does not work (any more).
 */
export async function resetPassword(
  db: Database,
  input: { token: string; password: string; ip: string; now?: Date },
): Promise<{ id: string; email: string } | null> {
  const now = input.now ?? new Date();
  // Hashing is slow by design; done before the transaction so that no row stays locked meanwhile.
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    const [reset] = await tx
      .select({ userId: passwordResets.userId })
      .from(passwordResets)
      .where(and(eq(passwordResets.id, hashToken(input.token)), isNull(passwordResets.usedAt), gt(passwordResets.expiresAt, now)))
      .for('update');
    if (!reset) return null;
    const [user] = await tx
      .update(users)
      .set({ passwordHash, updatedAt: now })
      .where(and(eq(users.id, reset.userId), isNull(users.disabledAt)))
      .returning({ id: users.id, email: users.email });
    if (!user) return null;
    await tx.update(passwordResets).set({ usedAt: now }).where(and(eq(passwordResets.userId, user.id), isNull(passwordResets.usedAt)));
    await tx.delete(sessions).where(eq(sessions.userId, user.id));
    await recordSuccessfulLogin(tx, user, input.ip, now);
    return user;
  });
}
