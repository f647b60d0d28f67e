import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { sessions, users } from '../../db/schema';
import { deliverDueMails, eraseOldMails, listMails, queueMail } from '../../src/lib/mail';
import { hitRateLimit } from '../../src/lib/security/rate-limit';
import {
  ABSOLUTE_TIMEOUT_MS,
  createSession,
  deleteEndedSessions,
  endAllSessions,
  endSession,
  hashToken,
  IDLE_TIMEOUT_MS,
  validateSession,
} from '../../src/lib/session';
import { useTestDatabase } from '../support/database';
import { createAssociation } from '../support/fixtures';
import { createUser } from '../support/accounts';

const t = useTestDatabase();
const minutes = (n: number) => n * 60 * 1000;

describe('a login session', () => {
  it('is found by its cookie token, with the user and their associations, and stores only the hash', async () => {
    const association = await createAssociation(t.db);
    const user = await createUser(t.db, { role: 'member', associationIds: [association.id] });
    const { token } = await createSession(t.db, user.id);

    const session = await validateSession(t.db, token);
    expect(session?.user).toMatchObject({ id: user.id, role: 'member', associationIds: [association.id] });
    expect(session?.csrfToken).toMatch(/^[\w-]{40,}$/);
    const stored = await t.db.select().from(sessions).where(eq(sessions.userId, user.id));
    expect(stored.map((s) => s.id)).toEqual([hashToken(token)]);
    expect(stored[0]?.id).not.toBe(token);
  });

  it('ends after an hour without requests, and is deleted then', async () => {
    const user = await createUser(t.db, { role: 'admin' });
    const start = new Date('2026-11-24T08:00:00Z');
    const { token } = await createSession(t.db, user.id, start);
    expect(await validateSession(t.db, token, new Date(start.getTime() + minutes(50)))).not.toBeNull();
    // The request at 50 minutes counted as activity: 50 minutes later it is still alive.
    expect(await validateSession(t.db, token, new Date(start.getTime() + minutes(100)))).not.toBeNull();
    expect(await validateSession(t.db, token, new Date(start.getTime() + minutes(100) + IDLE_TIMEOUT_MS + 1000))).toBeNull();
    expect(await t.db.select().from(sessions).where(eq(sessions.userId, user.id))).toHaveLength(0);
  });

  it('ends after twelve hours however active it is', async () => {
    const user = await createUser(t.db, { role: 'admin' });
    const start = new Date('2026-11-24T08:00:00Z');
    const { token } = await createSession(t.db, user.id, start);
    for (let m = 30; m < ABSOLUTE_TIMEOUT_MS / 60000; m += 30) {
      expect(await validateSession(t.db, token, new Date(start.getTime() + minutes(m)))).not.toBeNull();
    }
    expect(await validateSession(t.db, token, new Date(start.getTime() + ABSOLUTE_TIMEOUT_MS))).toBeNull();
  });

  it('is refused once the user is disabled', async () => {
    const user = await createUser(t.db, { role: 'staff', administrationId: (await createAssociation(t.db)).administrationId });
    const { token } = await createSession(t.db, user.id);
    await t.db.update(users).set({ disabledAt: new Date() }).where(eq(users.id, user.id));
    expect(await validateSession(t.db, token)).toBeNull();
  });

  it('can be ended alone, or together with all the user’s other sessions', async () => {
    const user = await createUser(t.db, { role: 'admin' });
    const a = await createSession(t.db, user.id);
    const b = await createSession(t.db, user.id);
    const c = await createSession(t.db, user.id);
    await endSession(t.db, a.token);
    expect(await validateSession(t.db, a.token)).toBeNull();
    expect(await validateSession(t.db, b.token)).not.toBeNull();
    await endAllSessions(t.db, user.id);
    expect(await validateSession(t.db, b.token)).toBeNull();
    expect(await validateSession(t.db, c.token)).toBeNull();
  });

  it('is cleaned away by the maintenance job when ended', async () => {
    const user = await createUser(t.db, { role: 'admin' });
    const old = new Date(Date.now() - ABSOLUTE_TIMEOUT_MS - minutes(1));
    await createSession(t.db, user.id, old);
    const fresh = await createSession(t.db, user.id);
    await deleteEndedSessions(t.db);
    const left = await t.db.select().from(sessions).where(eq(sessions.userId, user.id));
    expect(left.map((s) => s.id)).toEqual([hashToken(fresh.token)]);
  });
});

describe('a rate limit', () => {
  it('allows up to the limit within the window and refuses the next, with the time to wait', async () => {
    const results = [];
    for (let i = 0; i < 4; i += 1) results.push(await hitRateLimit(t.db, 'test:a', 3, 60));
    expect(results.map((r) => r.allowed)).toEqual([true, true, true, false]);
    expect(results[3]!.retryAfterSeconds).toBeGreaterThan(0);
    expect(results[3]!.retryAfterSeconds).toBeLessThanOrEqual(60);
    expect((await hitRateLimit(t.db, 'test:b', 3, 60)).allowed).toBe(true);
  });

  it('counts hits from many instances at once exactly', async () => {
    const results = await Promise.all(Array.from({ length: 20 }, () => hitRateLimit(t.db, 'test:burst', 10, 60)));
    expect(results.filter((r) => r.allowed)).toHaveLength(10);
  });

  it('starts a new window when the old one has ended', async () => {
    await hitRateLimit(t.db, 'test:window', 1, 1);
    expect((await hitRateLimit(t.db, 'test:window', 1, 1)).allowed).toBe(false);
    await new Promise((r) => setTimeout(r, 1100));
    expect((await hitRateLimit(t.db, 'test:window', 1, 1)).allowed).toBe(true);
  });
});

describe('the mail queue', () => {
  it('keeps a queued mail until it is delivered, and delivers it once even with two senders at once', async () => {
    await queueMail(t.db, { to: ' Frivillig@Example.dk ', subject: 'Velkommen', body: 'Hej', purpose: 'test' });
    const sent: string[] = [];
    const transport = { send: async (m: { to: string }) => void sent.push(m.to) };
    const counts = await Promise.all([deliverDueMails(t.db, transport, 'x@example.dk'), deliverDueMails(t.db, transport, 'x@example.dk')]);
    expect(sent).toEqual(['frivillig@example.dk']);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(1);
    const [mail] = await listMails(t.db, { to: 'frivillig@example.dk' });
    expect(mail?.sentAt).toBeInstanceOf(Date);
  });

  it('keeps a mail the server refused, with the reason, and tries it again later', async () => {
    await queueMail(t.db, { to: 'afvist@example.dk', subject: 'Prøv igen', body: 'Hej', purpose: 'test' });
    const refusing = { send: async () => Promise.reject(new Error('550 mailbox unavailable')) };
    expect(await deliverDueMails(t.db, refusing, 'x@example.dk')).toBe(0);
    const [mail] = await listMails(t.db, { to: 'afvist@example.dk' });
    expect(mail).toMatchObject({ sentAt: null, attempts: 1, lastError: '550 mailbox unavailable' });
    expect(mail!.availableAt.getTime()).toBeGreaterThan(Date.now() + 30_000);
  });

  it('erases the body of a mail delivered more than a week ago', async () => {
    await queueMail(t.db, { to: 'gammel@example.dk', subject: 'Link', body: 'https://x/nulstil-kode/abc', purpose: 'test' });
    await t.db.$client`update mails set sent_at = now() - interval '8 days' where "to" = 'gammel@example.dk'`;
    await eraseOldMails(t.db, true);
    const [mail] = await listMails(t.db, { to: 'gammel@example.dk' });
    expect(mail?.body).toBeNull();
    expect(mail?.subject).toBe('Link');
  });
});
