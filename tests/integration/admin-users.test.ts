import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { associationMemberships, mails, passwordResets, sessions, users } from '../../db/schema';
import { createUserAccount, editUserSchema, findUser, listUsers, newUserSchema, setUserDisabled, updateUserAccount } from '../../src/lib/admin';
import { parseForm } from '../../src/lib/forms/validate';
import { hashToken, validateSession } from '../../src/lib/session';
import { useTestDatabase } from '../support/database';
import { createAdministration, createAssociation } from '../support/fixtures';
import { createUser, sessionFor } from '../support/accounts';

const t = useTestDatabase();
const linkTo = (path: string) => `https://indgang.example.dk${path}`;
const DAY = 24 * 60 * 60 * 1000;

function form(fields: Record<string, string | string[]>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) for (const v of [value].flat()) data.append(key, v);
  return data;
}

async function anAdmin() {
  const admin = await createUser(t.db, { role: 'admin' });
  return (await sessionFor(t.db, admin.id)).user;
}

describe('the new-user form', () => {
  it('wants an administration for staff and coordinators, and none for others', async () => {
    const staff = parseForm(form({ name: 'Sara', email: 'sara@example.dk', role: 'staff' }), newUserSchema('da'), ['associationIds']);
    expect(staff.ok ? null : staff.errors).toEqual({ administrationId: 'Vælg den forvaltning, koordinatoren eller medarbejderen hører til.' });
    const admin = parseForm(
      form({ name: 'Ali', email: 'ali@example.dk', role: 'admin', administrationId: '00000000-0000-4000-8000-000000000001' }),
      newUserSchema('da'),
      ['associationIds'],
    );
    expect(admin.ok ? null : admin.errors).toEqual({ administrationId: 'Kun koordinatorer og medarbejdere hører til en forvaltning. Vælg "Ingen forvaltning".' });
  });

  it('wants at least one association for a member, and none for others', () => {
    const member = parseForm(form({ name: 'Mette', email: 'mette@example.dk', role: 'member' }), newUserSchema('da'), ['associationIds']);
    expect(member.ok ? null : member.errors).toEqual({ associationIds: 'Vælg mindst én forening, medlemmet hører til.' });
    const coordinator = parseForm(
      form({ name: 'Kim', role: 'coordinator', administrationId: '00000000-0000-4000-8000-000000000001', associationIds: ['00000000-0000-4000-8000-000000000002'] }),
      editUserSchema('da'),
      ['associationIds'],
    );
    expect(coordinator.ok ? null : coordinator.errors).toEqual({ associationIds: 'Kun foreningsmedlemmer hører til en forening. Fjern markeringerne ved foreningerne.' });
  });

  it('asks for a name, a valid e-mail and a role', () => {
    const parsed = parseForm(form({ name: '', email: 'ikke-en-adresse', role: 'boss' }), newUserSchema('da'), ['associationIds']);
    expect(parsed.ok ? null : parsed.errors).toMatchObject({ name: 'Skriv brugerens navn.', email: 'Skriv en gyldig e-mailadresse, fx navn@example.dk.', role: 'Vælg en rolle.' });
  });
});

describe('creating a user', () => {
  it('stores the e-mail lower-cased with no password, and mails a one-time link that works for 7 days', async () => {
    const kff = await createAdministration(t.db);
    const now = new Date('2026-03-02T09:00:00Z');
    const parsed = parseForm(form({ name: 'Nanna Nyansat', email: ' Nanna.Nyansat@Example.dk ', role: 'staff', administrationId: kff.id }), newUserSchema('da'), ['associationIds']);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));

    const { id } = await createUserAccount(t.db, parsed.data, { linkTo, now });

    const user = await findUser(t.db, id);
    expect(user).toMatchObject({ email: 'nanna.nyansat@example.dk', role: 'staff', administration: { id: kff.id }, hasPassword: false, disabledAt: null });
    const [mail] = await t.db.select().from(mails).where(eq(mails.to, 'nanna.nyansat@example.dk'));
    expect(mail?.purpose).toBe('account_created');
    expect(mail?.body).toContain('Hej Nanna Nyansat');
    expect(mail?.body).toContain('Din rolle er: Medarbejder');
    const token = mail?.body?.match(/https:\/\/indgang\.example\.dk\/nulstil-kode\/([\w-]+)/)?.[1];
    expect(token).toBeDefined();
    const [reset] = await t.db.select().from(passwordResets).where(eq(passwordResets.userId, id));
    expect(reset?.id).toBe(hashToken(token!));
    expect(reset?.expiresAt.getTime()).toBe(now.getTime() + 7 * DAY);
    expect(reset?.usedAt).toBeNull();
  });

  it('gives a member their associations', async () => {
    const a = await createAssociation(t.db);
    const b = await createAssociation(t.db);
    const { id } = await createUserAccount(t.db, { name: 'Mads', email: 'mads-medlem@example.dk', role: 'member', administrationId: null, associationIds: [a.id, b.id] }, { linkTo });
    expect((await findUser(t.db, id))?.associationIds.sort()).toEqual([a.id, b.id].sort());
  });

  it('refuses an e-mail another user has, and writes neither user nor mail', async () => {
    await createUser(t.db, { role: 'admin', email: 'optaget@example.dk' });
    const attempt = createUserAccount(t.db, { name: 'Dublet', email: 'optaget@example.dk', role: 'admin', administrationId: null, associationIds: [] }, { linkTo });
    await expect(attempt).rejects.toMatchObject({ messageKey: 'admin.error.emailTaken', field: 'email' });
    expect(await t.db.select().from(users).where(eq(users.name, 'Dublet'))).toEqual([]);
    expect(await t.db.select().from(mails).where(eq(mails.to, 'optaget@example.dk'))).toEqual([]);
  });

  it('refuses an association that does not exist, with a message for the associations field', async () => {
    const attempt = createUserAccount(
      t.db,
      { name: 'Spøgelse', email: 'spoegelse@example.dk', role: 'member', administrationId: null, associationIds: ['00000000-0000-4000-8000-00000000dead'] },
      { linkTo },
    );
    await expect(attempt).rejects.toMatchObject({ messageKey: 'admin.error.unknownAssociation', field: 'associationIds' });
    expect(await t.db.select().from(users).where(eq(users.email, 'spoegelse@example.dk'))).toEqual([]);
  });
});

describe('changing a user', () => {
  it('moves a member to staff of an administration, and drops the memberships', async () => {
    const actor = await anAdmin();
    const association = await createAssociation(t.db);
    const adm = await createAdministration(t.db);
    const member = await createUser(t.db, { role: 'member', associationIds: [association.id] });
    await updateUserAccount(t.db, member.id, { name: 'Ny Medarbejder', role: 'staff', administrationId: adm.id, associationIds: [] }, actor);
    expect(await findUser(t.db, member.id)).toMatchObject({ name: 'Ny Medarbejder', role: 'staff', administration: { id: adm.id }, associationIds: [] });
  });

  it('changes which associations a member belongs to', async () => {
    const actor = await anAdmin();
    const [a, b, c] = [await createAssociation(t.db), await createAssociation(t.db), await createAssociation(t.db)];
    const member = await createUser(t.db, { role: 'member', associationIds: [a.id, b.id] });
    await updateUserAccount(t.db, member.id, { name: member.name, role: 'member', administrationId: null, associationIds: [b.id, c.id] }, actor);
    const rows = await t.db.select().from(associationMemberships).where(eq(associationMemberships.userId, member.id));
    expect(rows.map((r) => r.associationId).sort()).toEqual([b.id, c.id].sort());
  });

  it('refuses to let an admin take the admin role from themselves', async () => {
    const actor = await anAdmin();
    const adm = await createAdministration(t.db);
    const attempt = updateUserAccount(t.db, actor.id, { name: actor.name, role: 'coordinator', administrationId: adm.id, associationIds: [] }, actor);
    await expect(attempt).rejects.toMatchObject({ messageKey: 'admin.error.selfDemotion', field: 'role' });
    expect((await findUser(t.db, actor.id))?.role).toBe('admin');
  });

  it('lets an admin demote another admin', async () => {
    const actor = await anAdmin();
    const other = await createUser(t.db, { role: 'admin' });
    const adm = await createAdministration(t.db);
    await updateUserAccount(t.db, other.id, { name: other.name, role: 'staff', administrationId: adm.id, associationIds: [] }, actor);
    expect((await findUser(t.db, other.id))?.role).toBe('staff');
  });
});

describe('disabling a user', () => {
  it('ends every session of the user at once and voids unused password links', async () => {
    const actor = await anAdmin();
    const adm = await createAdministration(t.db);
    const { id } = await createUserAccount(t.db, { name: 'Går Snart', email: 'gaar-snart@example.dk', role: 'staff', administrationId: adm.id, associationIds: [] }, { linkTo });
    const first = await sessionFor(t.db, id);
    const second = await sessionFor(t.db, id);

    await setUserDisabled(t.db, id, true, actor);

    expect(await validateSession(t.db, first.token)).toBeNull();
    expect(await validateSession(t.db, second.token)).toBeNull();
    expect(await t.db.select().from(sessions).where(eq(sessions.userId, id))).toEqual([]);
    expect(await t.db.select().from(passwordResets).where(eq(passwordResets.userId, id))).toEqual([]);
    expect((await findUser(t.db, id))?.disabledAt).toBeInstanceOf(Date);
  });

  it('can be undone: the user may log in again', async () => {
    const actor = await anAdmin();
    const user = await createUser(t.db, { role: 'admin' });
    await setUserDisabled(t.db, user.id, true, actor);
    await setUserDisabled(t.db, user.id, false, actor);
    const session = await sessionFor(t.db, user.id);
    expect(session.user.id).toBe(user.id);
    expect((await findUser(t.db, user.id))?.disabledAt).toBeNull();
  });

  it('refuses to let an admin disable themselves, and keeps their session', async () => {
    const admin = await createUser(t.db, { role: 'admin' });
    const session = await sessionFor(t.db, admin.id);
    await expect(setUserDisabled(t.db, admin.id, true, session.user)).rejects.toMatchObject({ messageKey: 'admin.error.selfDisable' });
    expect(await validateSession(t.db, session.token)).not.toBeNull();
  });
});

describe('the user list', () => {
  it('narrows by role, administration and part of a name or e-mail', async () => {
    const adm = await createAdministration(t.db);
    const other = await createAdministration(t.db);
    const coordinator = await createUser(t.db, { role: 'coordinator', administrationId: adm.id, name: 'Karin Koordinator' });
    const staff = await createUser(t.db, { role: 'staff', administrationId: adm.id, name: 'Søren Sagsbehandler', email: 'soeren.100%@example.dk' });
    await createUser(t.db, { role: 'staff', administrationId: other.id, name: 'Søren Andenforvaltning' });

    const ofAdm = await listUsers(t.db, { administrationId: adm.id });
    expect(ofAdm.users.map((u) => u.id).sort()).toEqual([coordinator.id, staff.id].sort());
    expect((await listUsers(t.db, { administrationId: adm.id, role: 'staff' })).users.map((u) => u.id)).toEqual([staff.id]);
    expect((await listUsers(t.db, { q: 'sagsbehandler' })).users.map((u) => u.id)).toEqual([staff.id]);
    // A % typed in the search box is a percent sign, not "anything".
    expect((await listUsers(t.db, { q: '100%@' })).users.map((u) => u.id)).toEqual([staff.id]);
    expect((await listUsers(t.db, { q: '%' })).users.map((u) => u.id)).toEqual([staff.id]);
  });

  it('says when there are more users than it shows', async () => {
    const adm = await createAdministration(t.db);
    for (let i = 0; i < 3; i += 1) await createUser(t.db, { role: 'staff', administrationId: adm.id });
    const found = await listUsers(t.db, { administrationId: adm.id }, 2);
    expect(found.users).toHaveLength(2);
    expect(found.more).toBe(true);
  });

  it('shows demo accounts and whether a password was chosen', async () => {
    const demo = await createUser(t.db, { role: 'admin', isDemo: true });
    const invited = await createUser(t.db, { role: 'admin', passwordHash: null });
    expect(await findUser(t.db, demo.id)).toMatchObject({ isDemo: true, hasPassword: true });
    expect(await findUser(t.db, invited.id)).toMatchObject({ isDemo: false, hasPassword: false });
  });
});
