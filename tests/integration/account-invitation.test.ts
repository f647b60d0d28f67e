import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { associationMemberships, associations, invitations, listingHistory, users } from '../../db/schema';
import {
  AccountExists,
  AlreadyMember,
  acceptAsNewUser,
  acceptAsUser,
  attemptLogin,
  findInvitation,
  InvitationUnusable,
  inviteMember,
  inviteNewAssociation,
  NotMemberRole,
  revokeInvitation,
  WrongInvitee,
} from '../../src/lib/account';
import { listMails } from '../../src/lib/mail';
import { hashToken } from '../../src/lib/session';
import { createUser, sessionFor } from '../support/accounts';
import { useTestDatabase } from '../support/database';
import { createAdministration, createAssociation } from '../support/fixtures';

const t = useTestDatabase();
const days = (n: number) => n * 24 * 60 * 60 * 1000;

/** A member of a fresh association who invites `email` to it; returns the token from the mail. */
async function invite(email: string, options: { associationId?: string; now?: Date } = {}) {
  const associationId = options.associationId ?? (await createAssociation(t.db)).id;
  const inviter = await createUser(t.db, { role: 'member', associationIds: [associationId] });
  let token = '';
  await inviteMember(t.db, {
    associationId,
    email,
    inviter: (await sessionFor(t.db, inviter.id)).user,
    locale: 'da',
    now: options.now,
    link: (value) => {
      token = value;
      return `http://indgang.test/invitation/${value}`;
    },
  });
  return { token, associationId, inviter };
}

const memberships = (userId: string) =>
  t.db.select({ associationId: associationMemberships.associationId }).from(associationMemberships).where(eq(associationMemberships.userId, userId));

describe('an invitation to a new person', () => {
  it('is mailed with its link and creates a member account with the membership when accepted', async () => {
    const { token, associationId, inviter } = await invite('Ny.Frivillig@Example.dk');
    const [mail] = await listMails(t.db, { to: 'ny.frivillig@example.dk' });
    expect(mail?.body).toContain(`http://indgang.test/invitation/${token}`);
    expect(mail?.body).toContain(inviter.name);
    expect(await findInvitation(t.db, token)).toMatchObject({ email: 'ny.frivillig@example.dk', associationId, problem: null, account: null });

    const { userId } = await acceptAsNewUser(t.db, { token, name: ' Ny Frivillig ', password: 'min gode kode', ip: '10.2.0.1' });
    const [user] = await t.db.select().from(users).where(eq(users.id, userId));
    expect(user).toMatchObject({ email: 'ny.frivillig@example.dk', name: 'Ny Frivillig', role: 'member' });
    expect(await memberships(userId)).toEqual([{ associationId }]);
    expect(await attemptLogin(t.db, { email: user!.email, password: 'min gode kode', ip: '10.2.0.1' }, { production: false })).toMatchObject({ ok: true });
  });

  it('works only once', async () => {
    const { token } = await invite('en-gang@example.dk');
    await acceptAsNewUser(t.db, { token, name: 'En Gang', password: 'min gode kode', ip: '10.2.0.2' });
    expect((await findInvitation(t.db, token))?.problem).toBe('accepted');
    await expect(acceptAsNewUser(t.db, { token, name: 'To Gange', password: 'min gode kode', ip: '10.2.0.2' })).rejects.toThrow(InvitationUnusable);
  });

  it('stops working after 14 days', async () => {
    const { token } = await invite('for-sent@example.dk', { now: new Date(Date.now() - days(15)) });
    expect((await findInvitation(t.db, token))?.problem).toBe('expired');
    await expect(acceptAsNewUser(t.db, { token, name: 'For Sent', password: 'min gode kode', ip: '10.2.0.3' })).rejects.toMatchObject({ problem: 'expired' });
    expect(await t.db.select().from(users).where(eq(users.email, 'for-sent@example.dk'))).toHaveLength(0);
  });

  it('stops working when withdrawn, or when a newer invitation to the same e-mail is sent', async () => {
    const first = await invite('to-gange@example.dk');
    const inviter = (await sessionFor(t.db, first.inviter.id)).user;
    let second = '';
    await inviteMember(t.db, { associationId: first.associationId, email: 'to-gange@example.dk', inviter, locale: 'da', link: (v) => (second = v) });
    expect((await findInvitation(t.db, first.token))?.problem).toBe('revoked');
    expect((await findInvitation(t.db, second))?.problem).toBeNull();

    const [open] = await t.db.select().from(invitations).where(eq(invitations.tokenHash, hashToken(second)));
    expect(await revokeInvitation(t.db, { associationId: first.associationId, invitationId: open!.id })).toBe(true);
    expect((await findInvitation(t.db, second))?.problem).toBe('revoked');
    expect(await revokeInvitation(t.db, { associationId: first.associationId, invitationId: open!.id })).toBe(false);
  });

  it('asks the owner to log in when an account with the e-mail was made meanwhile', async () => {
    const { token } = await invite('naeste@example.dk');
    await createUser(t.db, { role: 'member', email: 'naeste@example.dk' });
    await expect(acceptAsNewUser(t.db, { token, name: 'Næste', password: 'min gode kode', ip: '10.2.0.4' })).rejects.toThrow(AccountExists);
    expect((await findInvitation(t.db, token))?.problem).toBeNull();
  });

  it('is unknown for a made-up link', async () => {
    expect(await findInvitation(t.db, 'findes-ikke')).toBeNull();
    await expect(acceptAsNewUser(t.db, { token: 'findes-ikke', name: 'X', password: 'min gode kode', ip: '10.2.0.5' })).rejects.toMatchObject({ problem: 'unknown' });
  });
});

describe('an invitation to someone with an account', () => {
  it('adds the membership for the member it was sent to, once they are logged in', async () => {
    const other = await createAssociation(t.db);
    const member = await createUser(t.db, { role: 'member', associationIds: [other.id] });
    const { token, associationId } = await invite(member.email);
    expect((await findInvitation(t.db, token))?.account).toEqual({ id: member.id, role: 'member' });

    const stranger = await createUser(t.db, { role: 'member', associationIds: [other.id] });
    await expect(acceptAsUser(t.db, { token, user: (await sessionFor(t.db, stranger.id)).user })).rejects.toThrow(WrongInvitee);

    await acceptAsUser(t.db, { token, user: (await sessionFor(t.db, member.id)).user });
    expect((await memberships(member.id)).map((m) => m.associationId).sort()).toEqual([other.id, associationId].sort());
    expect((await findInvitation(t.db, token))?.problem).toBe('accepted');
  });

  it('is refused for staff, coordinators and admins, who act for the municipality', async () => {
    const administration = await createAdministration(t.db);
    const staff = await createUser(t.db, { role: 'staff', administrationId: administration.id });
    const admin = await createUser(t.db, { role: 'admin' });
    await expect(invite(staff.email)).rejects.toThrow(NotMemberRole);
    await expect(invite(admin.email)).rejects.toThrow(NotMemberRole);
    expect(await listMails(t.db, { to: staff.email })).toHaveLength(0);
  });

  it('is refused for someone who is a member already', async () => {
    const association = await createAssociation(t.db);
    const member = await createUser(t.db, { role: 'member', associationIds: [association.id] });
    await expect(invite(member.email, { associationId: association.id })).rejects.toThrow(AlreadyMember);
  });
});

describe('a coordinator inviting a new association', () => {
  it('creates the association as a draft of their administration, with its history, and invites', async () => {
    const administration = await createAdministration(t.db);
    const coordinator = await createUser(t.db, { role: 'coordinator', administrationId: administration.id });
    const inviter = (await sessionFor(t.db, coordinator.id)).user;
    const ids = [];
    for (const email of ['a@example.dk', 'b@example.dk']) {
      const { associationId } = await inviteNewAssociation(t.db, {
        associationName: 'Strikkeklubben Æblet',
        administrationId: administration.id,
        email,
        inviter,
        locale: 'da',
        link: (v) => `http://indgang.test/invitation/${v}`,
      });
      ids.push(associationId);
    }
    const rows = await Promise.all(ids.map(async (id) => (await t.db.select().from(associations).where(eq(associations.id, id)))[0]));
    expect(rows.map((r) => [r?.slug, r?.status, r?.administrationId])).toEqual([
      ['strikkeklubben-aeblet', 'draft', administration.id],
      ['strikkeklubben-aeblet-2', 'draft', administration.id],
    ]);
    const [history] = await t.db.select().from(listingHistory).where(eq(listingHistory.listingId, ids[0]!));
    expect(history).toMatchObject({ action: 'created', actorId: coordinator.id, actorName: coordinator.name });
    expect((await listMails(t.db, { to: 'a@example.dk' }))[0]?.subject).toContain('Strikkeklubben Æblet');
  });

  it('creates nothing when the e-mail cannot be invited', async () => {
    const administration = await createAdministration(t.db);
    const coordinator = await createUser(t.db, { role: 'coordinator', administrationId: administration.id });
    await expect(
      inviteNewAssociation(t.db, {
        associationName: 'Forgæves Forening',
        administrationId: administration.id,
        email: coordinator.email,
        inviter: (await sessionFor(t.db, coordinator.id)).user,
        locale: 'da',
        link: (v) => v,
      }),
    ).rejects.toThrow(NotMemberRole);
    expect(await t.db.select().from(associations).where(eq(associations.name, 'Forgæves Forening'))).toHaveLength(0);
  });
});
