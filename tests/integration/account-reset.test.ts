import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { passwordResets } from '../../db/schema';
import { attemptLogin, findPasswordReset, requestPasswordReset, resetPassword } from '../../src/lib/account';
import { listMails } from '../../src/lib/mail';
import { createSession, validateSession } from '../../src/lib/session';
import { createUser } from '../support/accounts';
import { useTestDatabase } from '../support/database';

const t = useTestDatabase();
const dev = { production: false };

/** Asks for a link as the page does and returns the token that went into the mail. */
async function askForLink(email: string, options: { production?: boolean; now?: Date } = {}): Promise<string | null> {
  let token: string | null = null;
  await requestPasswordReset(t.db, {
    email,
    locale: 'da',
    production: options.production ?? false,
    now: options.now,
    link: (value) => {
      token = value;
      return `http://indgang.test/nulstil-kode/${value}`;
    },
  });
  return token;
}

describe('asking for a password reset', () => {
  it('mails a link to a known e-mail, in Danish, and stores only the hash of its token', async () => {
    const user = await createUser(t.db, { role: 'admin' });
    const token = await askForLink(user.email.toUpperCase());
    expect(token).not.toBeNull();
    const [mail] = await listMails(t.db, { to: user.email });
    expect(mail).toMatchObject({ subject: 'Vælg en ny adgangskode til Indgang', purpose: 'password_reset' });
    expect(mail?.body).toContain(`http://indgang.test/nulstil-kode/${token}`);
    expect(mail?.body).toContain(`Hej ${user.name}`);
    const stored = await t.db.select().from(passwordResets).where(eq(passwordResets.userId, user.id));
    expect(stored).toHaveLength(1);
    expect(stored[0]?.id).not.toBe(token);
  });

  it('sends nothing for an unknown e-mail, a disabled account, or a demo account in production', async () => {
    const disabled = await createUser(t.db, { role: 'admin', disabledAt: new Date() });
    const demo = await createUser(t.db, { role: 'admin', isDemo: true });
    expect(await askForLink('ukendt@example.dk')).toBeNull();
    expect(await askForLink(disabled.email)).toBeNull();
    expect(await askForLink(demo.email, { production: true })).toBeNull();
    for (const to of ['ukendt@example.dk', disabled.email, demo.email]) expect(await listMails(t.db, { to })).toHaveLength(0);
  });
});

describe('a reset link', () => {
  it('sets the new password once, ends every session of the user and uses up the other links', async () => {
    const user = await createUser(t.db, { role: 'admin' });
    const older = (await askForLink(user.email))!;
    const token = (await askForLink(user.email))!;
    const phone = await createSession(t.db, user.id);
    const laptop = await createSession(t.db, user.id);

    expect(await findPasswordReset(t.db, token)).toEqual({ userId: user.id, email: user.email });
    expect(await resetPassword(t.db, { token, password: 'en helt ny kode', ip: '10.1.0.1' })).toEqual({ id: user.id, email: user.email });

    expect(await validateSession(t.db, phone.token)).toBeNull();
    expect(await validateSession(t.db, laptop.token)).toBeNull();
    expect(await attemptLogin(t.db, { email: user.email, password: 'test-password-1', ip: '10.1.0.2' }, dev)).toMatchObject({ ok: false });
    expect(await attemptLogin(t.db, { email: user.email, password: 'en helt ny kode', ip: '10.1.0.2' }, dev)).toMatchObject({ ok: true });

    expect(await findPasswordReset(t.db, token)).toBeNull();
    expect(await resetPassword(t.db, { token, password: 'endnu en ny kode', ip: '10.1.0.1' })).toBeNull();
    expect(await findPasswordReset(t.db, older)).toBeNull();
  });

  it('stops working after an hour', async () => {
    const user = await createUser(t.db, { role: 'admin' });
    const asked = new Date(Date.now() - 61 * 60 * 1000);
    const token = (await askForLink(user.email, { now: asked }))!;
    expect(await findPasswordReset(t.db, token)).toBeNull();
    expect(await resetPassword(t.db, { token, password: 'en helt ny kode', ip: '10.1.0.3' })).toBeNull();
    expect(await attemptLogin(t.db, { email: user.email, password: 'test-password-1', ip: '10.1.0.3' }, dev)).toMatchObject({ ok: true });
  });

  it('lets a locked-out user in at once with the new password', async () => {
    const user = await createUser(t.db, { role: 'admin' });
    const wrong = { email: user.email, password: 'forkert-kode-123', ip: '10.1.0.4' };
    for (let i = 0; i < 5; i += 1) await attemptLogin(t.db, wrong, dev);
    expect(await attemptLogin(t.db, { ...wrong, password: 'test-password-1' }, dev)).toMatchObject({ reason: 'locked' });
    const token = (await askForLink(user.email))!;
    await resetPassword(t.db, { token, password: 'en helt ny kode', ip: '10.1.0.4' });
    expect(await attemptLogin(t.db, { ...wrong, password: 'en helt ny kode' }, dev)).toMatchObject({ ok: true });
  });

  it('does not work for an account closed after the link was sent', async () => {
    const user = await createUser(t.db, { role: 'admin' });
    const token = (await askForLink(user.email))!;
    await t.db.$client`update users set disabled_at = now() where id = ${user.id}`;
    expect(await findPasswordReset(t.db, token)).toBeNull();
    expect(await resetPassword(t.db, { token, password: 'en helt ny kode', ip: '10.1.0.5' })).toBeNull();
  });
});
