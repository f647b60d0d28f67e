import { and, eq } from 'drizzle-orm';
import type { Database } from '../../../db/client';
import { associationMemberships, associations, type Invitation, invitations, type User, users } from '../../../db/schema';
import type { SessionUser } from '../session/session';
import { hashToken } from '../session/token';
import { AccountExists, type InvitationProblem, InvitationUnusable, NotMemberRole, WrongInvitee } from './errors';
import { recordSuccessfulLogin } from './login';
import { hashPassword } from './password';

type Tx = Parameters<Parameters<Database['transaction']>[0]>[0];

/** What the invitation page needs to know to show the right form. */
export interface InvitationInfo {
  email: string;
  associationId: string;
  associationName: string;
  /** null when the link can be used. */
  problem: Exclude<InvitationProblem, 'unknown'> | null;
  /** The account that already has the invited e-mail, if any. */
  account: Pick<User, 'id' | 'role'> | null;
}

function problemOf(invitation: Pick<Invitation, 'acceptedAt' | 'revokedAt' | 'expiresAt'>, now: Date): InvitationInfo['problem'] {
  if (invitation.acceptedAt) return 'accepted';
  if (invitation.revokedAt) return 'revoked';
  if (invitation.expiresAt <= now) return 'expired';
  return null;
}

/** The invitation of a link, or null when no invitation has that token. */
export async function findInvitation(db: Database, token: string, now = new Date()): Promise<InvitationInfo | null> {
  const [row] = await db
    .select({ invitation: invitations, associationName: associations.name })
    .from(invitations)
    .innerJoin(associations, eq(associations.id, invitations.associationId))
    .where(eq(invitations.tokenHash, hashToken(token)));
  if (!row) return null;
  const [account] = await db.select({ id: users.id, role: users.role }).from(users).where(eq(users.email, row.invitation.email));
  return {
    email: row.invitation.email,
    associationId: row.invitation.associationId,
    associationName: row.associationName,
    problem: problemOf(row.invitation, now),
    account: account ?? null,
  };
}

/** Locks the invitation row, so that one link is accepted once even when the form is sent twice at once. */
async function lockOpenInvitation(tx: Tx, token: string, now: Date): Promise<Invitation> {
  const [invitation] = await tx.select().from(invitations).where(eq(invitations.tokenHash, hashToken(token))).for('update');
  if (!invitation) throw new InvitationUnusable('unknown');
  const problem = problemOf(invitation, now);
  if (problem) throw new InvitationUnusable(problem);
  return invitation;
}

/**
 * Accepts an invitation by creating the invited person's account (a member, with the invited
 * e-mail) and membership, in one transaction. Throws `AccountExists` when the e-mail has an
 * account by now: its owner must log in instead. Returns the new user.
 */
export async function acceptAsNewUser(
  db: Database,
  input: { token: string; name: string; password: string; ip: string; now?: Date },
): Promise<{ userId: string; associationId: string }> {
  const now = input.now ?? new Date();
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    const invitation = await lockOpenInvitation(tx, input.token, now);
    const [existing] = await tx.select({ id: users.id }).from(users).where(eq(users.email, invitation.email));
    if (existing) throw new AccountExists();
    const [user] = await tx
      .insert(users)
      .values({ email: invitation.email, name: input.name.trim(), passwordHash, role: 'member' })
      .returning({ id: users.id, email: users.email });
    await tx.insert(associationMemberships).values({ userId: user!.id, associationId: invitation.associationId, createdAt: now });
    await tx.update(invitations).set({ acceptedAt: now }).where(eq(invitations.id, invitation.id));
    await recordSuccessfulLogin(tx, user!, input.ip, now);
    return { userId: user!.id, associationId: invitation.associationId };
  });
}

/**
 * Accepts an invitation for the logged-in member whose e-mail it was sent to: adds the membership.
 * Someone logged in with another e-mail is refused (`WrongInvitee`): the link proves access to the
 * invited mailbox, not to theirs.
 */
export async function acceptAsUser(db: Database, input: { token: string; user: SessionUser; now?: Date }): Promise<{ associationId: string }> {
  const now = input.now ?? new Date();
  return db.transaction(async (tx) => {
    const invitation = await lockOpenInvitation(tx, input.token, now);
    if (invitation.email !== input.user.email) throw new WrongInvitee();
    if (input.user.role !== 'member') throw new NotMemberRole(`${input.user.role} cannot join an association`);
    await tx
      .insert(associationMemberships)
      .values({ userId: input.user.id, associationId: invitation.associationId, createdAt: now })
      .onConflictDoNothing();
    await tx.update(invitations).set({ acceptedAt: now }).where(and(eq(invitations.id, invitation.id)));
    return { associationId: invitation.associationId };
  });
}
