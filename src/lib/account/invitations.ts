import { and, eq, gt, isNull, like, or } from 'drizzle-orm';
import type { Database } from '../../../db/client';
import { slugify } from '../../../db/slug';
import { associationMemberships, associations, invitations, listingHistory, users } from '../../../db/schema';
import { type Locale, t } from '../../i18n';
import { queueMail } from '../mail/queue';
import type { SessionUser } from '../session/session';
import { hashToken, newToken } from '../session/token';
import { normalizeEmail } from './email';
import { AlreadyMember, NotMemberRole } from './errors';

/** An invitation link works for 14 days: time to get round to it, not forever. */
export const INVITATION_TTL_MS = 14 * 24 * 60 * 60 * 1000;

type Tx = Parameters<Parameters<Database['transaction']>[0]>[0];

export interface InviteInput {
  email: string;
  inviter: SessionUser;
  /** The language of the inviter's page; the mail is written in it. */
  locale: Locale;
  /** The absolute link for a token (`/invitation/<token>` on this portal). */
  link: (token: string) => string;
  now?: Date;
}

/**
 * Invites an e-mail to act for an association and mails the link, in one transaction. Refused for
 * an e-mail that is a member already, or that belongs to staff or an admin. An open invitation to
 * the same e-mail is replaced, so the newest mail is the one that works.
 */
export async function inviteMember(db: Database, input: InviteInput & { associationId: string }): Promise<void> {
  await db.transaction((tx) => invite(tx, input.associationId, input));
}

/**
 * A coordinator invites someone from an association that is not on Indgang yet: the association
 * is created as a draft of the coordinator's administration, and the invitation sent, together.
 */
export async function inviteNewAssociation(
  db: Database,
  input: InviteInput & { associationName: string; administrationId: string },
): Promise<{ associationId: string }> {
  return db.transaction(async (tx) => {
    // Checked before the association is created, so that a refused e-mail leaves nothing behind.
    await refuseNonMembers(tx, normalizeEmail(input.email), null);
    const name = input.associationName.trim();
    const [association] = await tx
      .insert(associations)
      .values({ name, slug: await freeSlug(tx, name), administrationId: input.administrationId, status: 'draft' })
      .returning({ id: associations.id });
    const associationId = association!.id;
    // Written directly: the association exists from here on, and its history should say who made it.
    await tx.insert(listingHistory).values({
      listingKind: 'association',
      listingId: associationId,
      associationId,
      action: 'created',
      actorId: input.inviter.id,
      actorName: input.inviter.name,
    });
    await invite(tx, associationId, input);
    return { associationId };
  });
}

async function invite(tx: Tx, associationId: string, input: InviteInput): Promise<void> {
  const now = input.now ?? new Date();
  const email = normalizeEmail(input.email);
  await refuseNonMembers(tx, email, associationId);
  const [association] = await tx.select({ name: associations.name }).from(associations).where(eq(associations.id, associationId));
  if (!association) throw new Error(`association ${associationId} not found`);
  await tx
    .update(invitations)
    .set({ revokedAt: now })
    .where(and(eq(invitations.associationId, associationId), eq(invitations.email, email), isNull(invitations.acceptedAt), isNull(invitations.revokedAt)));
  const token = newToken();
  await tx.insert(invitations).values({
    tokenHash: hashToken(token),
    email,
    associationId,
    invitedBy: input.inviter.id,
    createdAt: now,
    expiresAt: new Date(now.getTime() + INVITATION_TTL_MS),
  });
  await queueMail(tx, {
    to: email,
    subject: t(input.locale, 'mail.invite.subject', { association: association.name }),
    body: t(input.locale, 'mail.invite.body', { association: association.name, inviter: input.inviter.name, link: input.link(token) }),
    purpose: 'invitation',
  });
}

/** Throws when the e-mail belongs to staff or an admin, or to a member of the association already. */
async function refuseNonMembers(tx: Tx, email: string, associationId: string | null): Promise<void> {
  const [existing] = await tx.select({ id: users.id, role: users.role }).from(users).where(eq(users.email, email));
  if (!existing) return;
  if (existing.role !== 'member') throw new NotMemberRole(`${existing.role} cannot be invited to an association`);
  if (!associationId) return;
  const [membership] = await tx
    .select({ userId: associationMemberships.userId })
    .from(associationMemberships)
    .where(and(eq(associationMemberships.userId, existing.id), eq(associationMemberships.associationId, associationId)));
  if (membership) throw new AlreadyMember(`user ${existing.id} is a member of ${associationId}`);
}

/** The slug of the name, or the first of `<slug>-2`, `<slug>-3` ... that no association has. */
async function freeSlug(tx: Tx, name: string): Promise<string> {
  const base = slugify(name) || 'forening';
  const taken = new Set(
    (
      await tx
        .select({ slug: associations.slug })
        .from(associations)
        .where(or(eq(associations.slug, base), like(associations.slug, `${base}-%`)))
    ).map((row) => row.slug),
  );
  if (!taken.has(base)) return base;
  for (let n = 2; ; n += 1) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** The invitations of an association nobody has answered yet and that still work, oldest first. */
export async function listOpenInvitations(db: Database, associationId: string, now = new Date()) {
  return db
    .select({ id: invitations.id, email: invitations.email, createdAt: invitations.createdAt, expiresAt: invitations.expiresAt })
    .from(invitations)
    .where(
      and(eq(invitations.associationId, associationId), isNull(invitations.acceptedAt), isNull(invitations.revokedAt), gt(invitations.expiresAt, now)),
    )
    .orderBy(invitations.createdAt);
}

/** Withdraws an open invitation of the association; false when there was none (answered or withdrawn meanwhile). */
export async function revokeInvitation(db: Database, input: { associationId: string; invitationId: string; now?: Date }): Promise<boolean> {
  const rows = await db
    .update(invitations)
    .set({ revokedAt: input.now ?? new Date() })
    .where(
      and(
        eq(invitations.id, input.invitationId),
        eq(invitations.associationId, input.associationId),
        isNull(invitations.acceptedAt),
        isNull(invitations.revokedAt),
      ),
    )
    .returning({ id: invitations.id });
  return rows.length > 0;
}
