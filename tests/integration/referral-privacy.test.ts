import { runCli } from '../support/cli';
import { eq, inArray, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it, inject } from 'vitest';
import { referralAccessLog, referralEvents, referrals } from '../../db/schema';
import {
  type Coordinator,
  deleteOldAccessLog,
  eraseCitizenData,
  eraseExpiredReferrals,
  exportCitizenData,
  findCitizenReferrals,
} from '../../src/lib/referral-privacy';
import { referralFiguresOf } from '../../src/lib/referral-stats';
import { createUser } from '../support/accounts';
import { TEST_REFERRAL_KEY } from '../support/constants';
import { useTestDatabase } from '../support/database';
import { createActivity, createAdministration, createAssociation } from '../support/fixtures';
import { daysAgo, insertReferral } from './referral-privacy-fixtures';

const t = useTestDatabase();

let sof: string;
let suf: string;
let kff: string;
let coordinatorSof: Coordinator;
let coordinatorSuf: Coordinator;
let coordinatorKff: Coordinator;

async function coordinatorOf(administrationId: string): Promise<Coordinator> {
  const user = await createUser(t.db, { role: 'coordinator', administrationId });
  return { id: user.id, name: user.name, administrationId };
}

async function rawRow(id: string) {
  const [row] = await t.db.select().from(referrals).where(eq(referrals.id, id));
  return row!;
}

async function logOf(ids: string[]) {
  return t.db.select().from(referralAccessLog).where(inArray(referralAccessLog.referralId, ids));
}

beforeAll(async () => {
  [sof, suf, kff] = (await Promise.all([createAdministration(t.db), createAdministration(t.db), createAdministration(t.db)])).map((a) => a.id) as [string, string, string];
  [coordinatorSof, coordinatorSuf, coordinatorKff] = await Promise.all([coordinatorOf(sof), coordinatorOf(suf), coordinatorOf(kff)]);
});

describe('erasure after the retention time', () => {
  it('erases the personal data of referrals closed longer ago than the retention time, and not of newer ones', async () => {
    const association = await createAssociation(t.db, { administrationId: suf });
    const activity = await createActivity(t.db, association);
    const citizen = { name: 'Karen Gammelgaard', email: 'karen.retention@example.dk', phone: '20 30 40 50' };
    const old = await insertReferral(t.db, { sender: sof, receiver: suf, citizen, activityId: activity.id, replyHours: 20, closedAt: daysAgo(181), comment: 'Karen vil helst ringes op.' });
    const recent = await insertReferral(t.db, { sender: sof, receiver: suf, citizen, activityId: activity.id, replyHours: 20, closedAt: daysAgo(179) });
    const open = await insertReferral(t.db, { sender: sof, receiver: suf, citizen, activityId: activity.id, createdAt: daysAgo(400) });

    const run = await eraseExpiredReferrals(t.db, { retentionDays: 180 });
    expect(run.erased).toBe(1);

    const erased = await rawRow(old.id);
    expect(erased).toMatchObject({ personal: null, emailIndex: null, phoneIndex: null, status: 'closed', senderAdministrationId: sof, receiverAdministrationId: suf, activityId: activity.id });
    expect(erased.erasedAt).toBeInstanceOf(Date);
    expect(erased.firstResponseAt).toBeInstanceOf(Date);
    // Nothing in the whole raw row (or its events) names the citizen any more.
    const [raw] = await t.db.execute<{ text: string }>(sql`select row_to_json(r)::text as text from referrals r where id = ${old.id}`);
    expect(raw?.text).not.toMatch(/Karen|Gammelgaard|karen\.retention|20 30 40 50/);
    const events = await t.db.select().from(referralEvents).where(eq(referralEvents.referralId, old.id));
    expect(events.length).toBeGreaterThan(1);
    expect(events.every((e) => e.comment === null)).toBe(true);
    expect(events.map((e) => e.toStatus)).toContain('accepted');

    for (const kept of [recent.id, open.id]) expect((await rawRow(kept)).personal).not.toBeNull();
    // What the figures count stays: three more closed referrals make five, and the erased one is among them.
    for (let i = 0; i < 3; i++) await insertReferral(t.db, { sender: sof, receiver: suf, citizen, activityId: activity.id, replyHours: 20, closedAt: daysAgo(10) });
    expect(await referralFiguresOf(t.db, activity.id)).toMatchObject({ count: 5, medianReplyHours: 20, acceptedShare: 1 });

    expect((await eraseExpiredReferrals(t.db, { retentionDays: 180 })).erased).toBe(0);
  });

  it('lets several instances run at once: every referral is erased exactly once', async () => {
    const ids = await Promise.all(
      Array.from({ length: 37 }, (_, i) =>
        insertReferral(t.db, { sender: sof, receiver: kff, citizen: { name: `Borger ${i}`, email: `borger${i}.samtidig@example.dk`, phone: null }, replyHours: 5, closedAt: daysAgo(200) }),
      ),
    );
    const runs = await Promise.all([1, 2, 3].map(() => eraseExpiredReferrals(t.db, { retentionDays: 180, batchSize: 4 })));
    expect(runs.reduce((sum, r) => sum + r.erased, 0)).toBe(37);
    const rows = await t.db.select({ personal: referrals.personal, erasedAt: referrals.erasedAt }).from(referrals).where(inArray(referrals.id, ids.map((r) => r.id)));
    expect(rows).toHaveLength(37);
    expect(rows.every((r) => r.personal === null && r.erasedAt !== null)).toBe(true);
  });

  it('deletes access log lines older than two years', async () => {
    const { id } = await insertReferral(t.db, { sender: sof, receiver: suf, citizen: { name: 'Log Lars', email: 'log.lars@example.dk', phone: null } });
    const now = new Date();
    await t.db.insert(referralAccessLog).values([
      { referralId: id, action: 'view', userName: 'Gammel', at: daysAgo(2 * 365 + 2, now) },
      { referralId: id, action: 'view', userName: 'Ny', at: daysAgo(300, now) },
    ]);
    expect(await deleteOldAccessLog(t.db, now)).toBe(1);
    expect((await logOf([id])).map((l) => l.userName)).toEqual(['Ny']);
  });

  it('runs once from the command line and says how many it erased', async () => {
    const { id } = await insertReferral(t.db, { sender: sof, receiver: suf, citizen: { name: 'Cli Carl', email: 'cli.carl@example.dk', phone: null }, replyHours: 3, closedAt: daysAgo(40) });
    const { code, output } = await runCli(['erase-referrals'], {
      DATABASE_URL: t.url,
      MEILI_URL: inject('meiliUrl'),
      MEILI_MASTER_KEY: inject('meiliKey'),
      REFERRAL_KEY: TEST_REFERRAL_KEY,
      REFERRAL_RETENTION_DAYS: '30',
      LOG_LEVEL: 'error',
    });
    expect(output).toMatch(/Personoplysninger slettet i \d+ henvisninger, der blev afsluttet for mere end 30 dage siden/);
    expect(code).toBe(0);
    expect((await rawRow(id)).personal).toBeNull();
  });
});

describe("one citizen's data", () => {
  const citizen = { name: 'Poul Papegøje', email: 'Poul.Papegoeje@example.dk', phone: '+45 31 41 59 26' };
  let sent: string;
  let received: string;
  let closed: string;

  beforeAll(async () => {
    sent = (await insertReferral(t.db, { sender: sof, receiver: suf, citizen, replyHours: 30, comment: 'Poul har ondt i knæet.' })).id;
    received = (await insertReferral(t.db, { sender: kff, receiver: sof, citizen: { ...citizen, email: null } })).id;
    closed = (await insertReferral(t.db, { sender: sof, receiver: kff, citizen: { ...citizen, phone: null }, replyHours: 4, accepted: false, closedAt: daysAgo(3) })).id;
    // Another citizen at the same administration.
    await insertReferral(t.db, { sender: sof, receiver: suf, citizen: { name: 'Anden Anne', email: 'anne@example.dk', phone: '31415927' } });
  });

  it('finds the citizen by a phone number typed differently, and logs the search', async () => {
    const found = await findCitizenReferrals(t.db, coordinatorSof, { email: null, phone: '3141 5926' });
    expect(found.map((r) => r.id).sort()).toEqual([sent, received].sort());
    expect(found.find((r) => r.id === sent)?.sentByUs).toBe(true);
    expect(found.find((r) => r.id === received)?.sentByUs).toBe(false);
    const byEmail = await findCitizenReferrals(t.db, coordinatorSof, { email: ' poul.papegoeje@EXAMPLE.dk ', phone: null });
    expect(byEmail.map((r) => r.id).sort()).toEqual([sent, closed].sort());
    const lookups = await t.db.select().from(referralAccessLog).where(eq(referralAccessLog.action, 'citizen_lookup'));
    expect(lookups.filter((l) => l.userId === coordinatorSof.id)).toHaveLength(2);
    expect(lookups.every((l) => l.referralId === null && l.administrationId !== null)).toBe(true);
  });

  it("shows a coordinator of another administration nothing of ours", async () => {
    const other = await coordinatorOf((await createAdministration(t.db)).id);
    expect(await findCitizenReferrals(t.db, other, { email: citizen.email, phone: citizen.phone })).toEqual([]);
    // Each administration sees only the referrals it sent or received.
    expect((await findCitizenReferrals(t.db, coordinatorSuf, { email: citizen.email, phone: citizen.phone })).map((r) => r.id)).toEqual([sent]);
  });

  it('shows an administration that forwarded a referral what it handled', async () => {
    const { id } = await insertReferral(t.db, { sender: suf, receiver: kff, citizen: { name: 'Frede Fremsendt', email: 'frede.fremsendt@example.dk', phone: null } });
    // SOF received it first and forwarded it to KFF.
    await t.db.insert(referralEvents).values([
      { referralId: id, fromStatus: 'sent', toStatus: 'received', actorAdministrationId: sof },
      { referralId: id, fromStatus: 'received', toStatus: 'forwarded', forwardedToAdministrationId: kff, actorAdministrationId: sof },
    ]);
    expect((await findCitizenReferrals(t.db, coordinatorSof, { email: 'frede.fremsendt@example.dk', phone: null })).map((r) => r.id)).toEqual([id]);
  });

  it('exports everything about the citizen, decrypted, and logs each referral exported', async () => {
    const data = await exportCitizenData(t.db, coordinatorSof, { email: citizen.email, phone: citizen.phone });
    expect(data.referrals.map((r) => r.reference)).toHaveLength(3);
    const json = JSON.stringify(data);
    expect(json).toContain('Poul Papegøje');
    expect(json).toContain('Poul har ondt i knæet.');
    expect(json).toContain('Ring til Poul Papegøje om formiddagen.');
    const first = data.referrals.find((r) => r.events.some((e) => e.comment === 'Poul har ondt i knæet.'))!;
    expect(first.personal).toMatchObject({ citizen: { name: 'Poul Papegøje', phone: '+45 31 41 59 26' }, consent: { method: 'oral' } });
    expect(first.accessLog.map((l) => l.action)).toEqual([]);
    const logged = await logOf([sent, received, closed]);
    expect(logged.filter((l) => l.action === 'export').map((l) => l.referralId).sort()).toEqual([sent, received, closed].sort());
    expect(logged.every((l) => l.userId === coordinatorSof.id && l.administrationId === sof)).toBe(true);
  });

  it('erases everything about the citizen on request, closing what was open, and logs it', async () => {
    const done = await eraseCitizenData(t.db, coordinatorSof, { email: citizen.email, phone: citizen.phone });
    expect(done).toEqual({ erased: 3, closed: 2 });
    for (const id of [sent, received, closed]) {
      const row = await rawRow(id);
      expect(row).toMatchObject({ personal: null, emailIndex: null, phoneIndex: null, status: 'closed' });
      expect(row.closedAt).toBeInstanceOf(Date);
      const events = await t.db.select().from(referralEvents).where(eq(referralEvents.referralId, id));
      expect(events.every((e) => e.comment === null)).toBe(true);
    }
    const closing = await t.db.select().from(referralEvents).where(eq(referralEvents.referralId, sent));
    expect(closing.at(-1)).toMatchObject({ fromStatus: 'received', toStatus: 'closed', reason: 'citizen_declined', actorUserId: coordinatorSof.id });
    expect((await logOf([sent, received, closed])).filter((l) => l.action === 'erase')).toHaveLength(3);
    // Found no more; the other citizen is untouched.
    expect(await findCitizenReferrals(t.db, coordinatorSof, { email: citizen.email, phone: citizen.phone })).toEqual([]);
    expect(await findCitizenReferrals(t.db, coordinatorSof, { email: 'anne@example.dk', phone: null })).toHaveLength(1);
  });

  it('leaves referrals of other administrations about the same citizen alone', async () => {
    const theirs = await insertReferral(t.db, { sender: suf, receiver: kff, citizen: { name: 'Poul Papegøje', email: 'poul.papegoeje@example.dk', phone: null } });
    expect((await eraseCitizenData(t.db, coordinatorSof, { email: 'poul.papegoeje@example.dk', phone: null })).erased).toBe(0);
    expect((await rawRow(theirs.id)).personal).not.toBeNull();
    expect((await eraseCitizenData(t.db, coordinatorKff, { email: 'poul.papegoeje@example.dk', phone: null })).erased).toBe(1);
  });
});
