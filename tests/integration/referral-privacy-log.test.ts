import { beforeAll, describe, expect, it } from 'vitest';
import { referralAccessLog } from '../../db/schema';
import { accessLogOf } from '../../src/lib/referral-privacy';
import { createUser } from '../support/accounts';
import { useTestDatabase } from '../support/database';
import { createAdministration } from '../support/fixtures';
import { daysAgo, insertReferral } from './referral-privacy-fixtures';

const t = useTestDatabase();
let ours: string;
let theirs: string;
let ourReferral: { id: string; reference: string };
let received: { id: string; reference: string };

beforeAll(async () => {
  [ours, theirs] = (await Promise.all([createAdministration(t.db), createAdministration(t.db)])).map((a) => a.id) as [string, string];
  const reader = await createUser(t.db, { role: 'staff', administrationId: theirs, name: 'Modtager Mona' });
  const coordinator = await createUser(t.db, { role: 'coordinator', administrationId: ours, name: 'Koordinator Kim' });
  const citizen = { name: 'Loggede Lis', email: 'lis.log@example.dk', phone: null };
  ourReferral = await insertReferral(t.db, { sender: ours, receiver: theirs, citizen });
  received = await insertReferral(t.db, { sender: theirs, receiver: ours, citizen });
  const elsewhere = await insertReferral(t.db, { sender: theirs, receiver: theirs, citizen });
  await t.db.insert(referralAccessLog).values([
    // The receiver opened the referral we sent: we see it.
    { referralId: ourReferral.id, action: 'view', userId: reader.id, userName: reader.name, administrationId: theirs, at: daysAgo(3) },
    { referralId: received.id, action: 'print', userId: coordinator.id, userName: coordinator.name, administrationId: ours, at: daysAgo(2) },
    { referralId: null, action: 'citizen_lookup', userId: coordinator.id, userName: coordinator.name, administrationId: ours, at: daysAgo(1) },
    // Not ours: another administration's referral, and its own coordinator's search.
    { referralId: elsewhere.id, action: 'view', userId: reader.id, userName: reader.name, administrationId: theirs, at: daysAgo(1) },
    { referralId: null, action: 'citizen_lookup', userId: reader.id, userName: reader.name, administrationId: theirs, at: daysAgo(1) },
  ]);
});

describe('the access log of an administration', () => {
  it("lists who saw our referrals and our own searches, newest first, and nothing of others'", async () => {
    const log = await accessLogOf(t.db, ours);
    expect(log.total).toBe(3);
    expect(log.entries.map((e) => [e.action, e.who, e.reference])).toEqual([
      ['citizen_lookup', 'Koordinator Kim', null],
      ['print', 'Koordinator Kim', received.reference],
      ['view', 'Modtager Mona', ourReferral.reference],
    ]);
  });

  it('narrows to one referral by its reference, however it is typed', async () => {
    const log = await accessLogOf(t.db, ours, { reference: ` ${ourReferral.reference.toLowerCase()} ` });
    expect(log.entries.map((e) => e.action)).toEqual(['view']);
  });

  it('pages the log', async () => {
    const first = await accessLogOf(t.db, ours, { pageSize: 2 });
    const second = await accessLogOf(t.db, ours, { pageSize: 2, page: 2 });
    const beyond = await accessLogOf(t.db, ours, { pageSize: 2, page: 9 });
    expect([first.pages, first.entries.length, second.entries.length]).toEqual([2, 2, 1]);
    expect(beyond).toMatchObject({ entries: [], total: 3, pages: 2 });
  });
});
