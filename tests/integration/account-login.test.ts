import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { loginAttempts, users } from '../../db/schema';
import { attemptLogin, startSession } from '../../src/lib/account';
import { validateSession } from '../../src/lib/session';
import { createUser } from '../support/accounts';
import { useTestDatabase } from '../support/database';

const t = useTestDatabase();
const dev = { production: false };
const minutes = (n: number) => n * 60 * 1000;
let ipCounter = 0;
/** Each test its own address, so that the per-address limit of one test does not touch another. */
const freshIp = () => `10.0.0.${(ipCounter += 1)}`;

describe('logging in', () => {
  it('lets a user in with the right password, records the attempt and the time of login', async () => {
    const user = await createUser(t.db, { role: 'admin', password: 'rigtig-adgangskode' });
    const ip = freshIp();
    const outcome = await attemptLogin(t.db, { email: `  ${user.email.toUpperCase()} `, password: 'rigtig-adgangskode', ip }, dev);
    expect(outcome).toMatchObject({ ok: true, user: { id: user.id } });
    const attempts = await t.db.select().from(loginAttempts).where(eq(loginAttempts.email, user.email));
    expect(attempts).toMatchObject([{ ip, succeeded: true }]);
    const [after] = await t.db.select().from(users).where(eq(users.id, user.id));
    expect(after?.lastLoginAt).toBeInstanceOf(Date);
  });

  it('gives the same answer for an unknown e-mail as for a wrong password', async () => {
    const user = await createUser(t.db, { role: 'admin' });
    const wrong = await attemptLogin(t.db, { email: user.email, password: 'forkert-kode-123', ip: freshIp() }, dev);
    const unknown = await attemptLogin(t.db, { email: 'ingen@example.dk', password: 'forkert-kode-123', ip: freshIp() }, dev);
    expect(wrong).toEqual({ ok: false, reason: 'invalid' });
    expect(unknown).toEqual(wrong);
  });

  it('refuses a disabled account even with the right password', async () => {
    const user = await createUser(t.db, { role: 'admin', disabledAt: new Date() });
    expect(await attemptLogin(t.db, { email: user.email, password: 'test-password-1', ip: freshIp() }, dev)).toEqual({ ok: false, reason: 'disabled' });
  });

  it('refuses demo accounts in production only', async () => {
    const user = await createUser(t.db, { role: 'admin', isDemo: true });
    const input = { email: user.email, password: 'test-password-1', ip: freshIp() };
    expect(await attemptLogin(t.db, input, { production: true })).toEqual({ ok: false, reason: 'demo' });
    expect(await attemptLogin(t.db, input, { production: false })).toMatchObject({ ok: true });
  });
});

describe('lockout of an e-mail', () => {
  it('locks the e-mail for 15 minutes at the fifth wrong password, even for the right password then', async () => {
    const user = await createUser(t.db, { role: 'admin' });
    const start = Date.now();
    const at = (m: number) => ({ production: false, now: new Date(start + minutes(m)) });
    const wrong = { email: user.email, password: 'forkert-kode-123', ip: freshIp() };
    for (let i = 0; i < 4; i += 1) expect(await attemptLogin(t.db, wrong, at(i))).toEqual({ ok: false, reason: 'invalid' });
    const fifth = await attemptLogin(t.db, wrong, at(4));
    expect(fifth).toEqual({ ok: false, reason: 'locked', retryAt: new Date(start + minutes(19)) });

    const right = { ...wrong, password: 'test-password-1' };
    expect(await attemptLogin(t.db, right, at(10))).toMatchObject({ ok: false, reason: 'locked', retryAt: new Date(start + minutes(19)) });
    expect(await attemptLogin(t.db, right, at(19))).toMatchObject({ ok: true });
  });

  it('locks an e-mail nobody has, too, so that a lockout tells nothing about which accounts exist', async () => {
    const input = { email: 'findes-ikke@example.dk', password: 'forkert-kode-123', ip: freshIp() };
    const outcomes = [];
    for (let i = 0; i < 6; i += 1) outcomes.push(await attemptLogin(t.db, input, dev));
    expect(outcomes.at(-1)).toMatchObject({ ok: false, reason: 'locked' });
  });

  it('forgets earlier failures after a successful login', async () => {
    const user = await createUser(t.db, { role: 'admin' });
    const ip = freshIp();
    const wrong = { email: user.email, password: 'forkert-kode-123', ip };
    for (let i = 0; i < 4; i += 1) await attemptLogin(t.db, wrong, dev);
    expect(await attemptLogin(t.db, { ...wrong, password: 'test-password-1' }, dev)).toMatchObject({ ok: true });
    for (let i = 0; i < 4; i += 1) expect(await attemptLogin(t.db, wrong, dev)).toEqual({ ok: false, reason: 'invalid' });
  });

  it('cannot be slipped past by many attempts at once', async () => {
    const user = await createUser(t.db, { role: 'admin' });
    const wrong = { email: user.email, password: 'forkert-kode-123', ip: freshIp() };
    const outcomes = await Promise.all(Array.from({ length: 20 }, () => attemptLogin(t.db, wrong, dev)));
    const checked = outcomes.filter((o) => !o.ok && o.reason === 'invalid');
    expect(checked.length).toBeLessThanOrEqual(5);
    expect(outcomes.filter((o) => !o.ok && o.reason === 'locked').length).toBeGreaterThanOrEqual(15);
  });
});

describe('limit per address', () => {
  it('refuses an address after 30 failed attempts in 15 minutes, whatever e-mail it tries next', async () => {
    const victim = await createUser(t.db, { role: 'admin' });
    const ip = freshIp();
    for (let i = 0; i < 30; i += 1) {
      await attemptLogin(t.db, { email: `gaet${i}@example.dk`, password: 'forkert-kode-123', ip }, dev);
    }
    const next = await attemptLogin(t.db, { email: victim.email, password: 'test-password-1', ip }, dev);
    expect(next).toMatchObject({ ok: false, reason: 'ipLimited' });
    if (!next.ok && next.reason === 'ipLimited') expect(next.retryAt.getTime()).toBeGreaterThan(Date.now());
    // Another address is not affected.
    expect(await attemptLogin(t.db, { email: victim.email, password: 'test-password-1', ip: freshIp() }, dev)).toMatchObject({ ok: true });
  });
});

describe('the session of a login', () => {
  it('gets a new id at login and ends the session the browser had before', async () => {
    const first = await createUser(t.db, { role: 'admin' });
    const second = await createUser(t.db, { role: 'admin' });
    const before = await startSession(t.db, first.id, undefined);
    const after = await startSession(t.db, second.id, before.token);
    expect(after.token).not.toBe(before.token);
    expect(await validateSession(t.db, before.token)).toBeNull();
    expect((await validateSession(t.db, after.token))?.user.id).toBe(second.id);
  });
});
