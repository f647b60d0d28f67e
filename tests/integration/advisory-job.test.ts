import { runCli } from '../support/cli';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createDatabase, type Database } from '../../db/client';
import { advisoryAccessLog, advisoryBookings, advisorySessions } from '../../db/schema';
import { bookSeat, cancelSession, sessionBookings } from '../../src/lib/advisory';
import { eraseEndedBookings, runAdvisoryJob, sendDueReminders } from '../../src/lib/advisory/job';
import { reminderWindowStart } from '../../src/lib/advisory/reminder';
import { TEST_REFERRAL_KEY } from '../support/constants';
import { useTestDatabase } from '../support/database';
import { type AdvisoryWorld, bookMany, booking, createAdvisoryWorld, dateIn, mailsTo, moveSession, ORIGIN, publishOne, rawBookings, rawText } from './advisory-fixtures';

const t = useTestDatabase();
let world: AdvisoryWorld;
let instanceA: Database;
let instanceB: Database;
const baseUrl = new URL('https://indgang.example.dk');
const DAY_MS = 86_400_000;

beforeAll(async () => {
  world = await createAdvisoryWorld(t.db);
  // Two app instances, each with its own pool, as production runs them behind a load balancer.
  instanceA = createDatabase(t.url, { max: 3 });
  instanceB = createDatabase(t.url, { max: 3 });
});

afterAll(async () => {
  await instanceA.$client.end();
  await instanceB.$client.end();
});

async function startsAt(id: string): Promise<Date> {
  const [row] = await t.db.select({ startsAt: advisorySessions.startsAt }).from(advisorySessions).where(eq(advisorySessions.id, id));
  return row!.startsAt;
}

const remindersTo = async (email: string) => (await mailsTo(t.db, email)).filter((m) => m.purpose === 'advisory_reminder');

describe('the reminder the day before', () => {
  it('is sent from 09.00 the day before, once, with the cancel link', async () => {
    const { id } = await publishOne(t.db, world, { date: dateIn(8) });
    const input = booking();
    const receipt = await bookSeat(t.db, id, input, ORIGIN);
    const opens = reminderWindowStart(await startsAt(id));

    expect(await sendDueReminders(t.db, { now: new Date(opens.getTime() - 60_000), baseUrl })).toBe(0);
    expect(await sendDueReminders(t.db, { now: new Date(opens.getTime() + 60_000), baseUrl })).toBe(1);
    expect(await sendDueReminders(t.db, { now: new Date(opens.getTime() + 11 * 60_000), baseUrl })).toBe(0);
    const [mail] = await remindersTo(input.person.email!);
    expect(mail!.subject).toMatch(/^Husk: Fælles rådgivning/);
    expect(mail!.body).toContain(`https://indgang.example.dk/raadgivning/afmeld/${receipt.cancelToken}`);
    expect(await remindersTo(input.person.email!)).toHaveLength(1);
  });

  it('is sent once even when two instances run the job at the same moment', async () => {
    const { id } = await publishOne(t.db, world, { date: dateIn(9), capacity: 12 });
    const inputs = Array.from({ length: 12 }, () => booking());
    for (const input of inputs) await bookSeat(t.db, id, input, ORIGIN);
    const now = new Date(reminderWindowStart(await startsAt(id)).getTime() + 60_000);

    const [a, b] = await Promise.all([sendDueReminders(instanceA, { now, baseUrl }), sendDueReminders(instanceB, { now, baseUrl })]);
    expect(a + b).toBe(12);
    for (const input of inputs) expect(await remindersTo(input.person.email!)).toHaveLength(1);
  });

  it('is not sent to a booking made after the window opened, to the waiting list, or without an e-mail', async () => {
    const { id } = await publishOne(t.db, world, { date: dateIn(10), capacity: 2 });
    const late = await bookSeat(t.db, id, booking(), ORIGIN);
    await bookSeat(t.db, id, booking({ email: null, phone: '30 30 30 30' }), ORIGIN);
    await bookSeat(t.db, id, booking(), ORIGIN); // waiting
    const opens = reminderWindowStart(await startsAt(id));
    await t.db.update(advisoryBookings).set({ createdAt: new Date(opens.getTime() + 3600_000) }).where(eq(advisoryBookings.id, late.bookingId));
    expect(await sendDueReminders(t.db, { now: new Date(opens.getTime() + 2 * 3600_000), baseUrl })).toBe(0);
  });

  it('is not sent for a cancelled session, nor once the session has started', async () => {
    const cancelled = await publishOne(t.db, world, { date: dateIn(11) });
    await bookSeat(t.db, cancelled.id, booking(), ORIGIN);
    await cancelSession(t.db, cancelled.id, world.coordinator, 'this');
    expect(await sendDueReminders(t.db, { now: new Date(reminderWindowStart(await startsAt(cancelled.id)).getTime() + 60_000), baseUrl })).toBe(0);

    const started = await publishOne(t.db, world, { date: dateIn(12) });
    await bookSeat(t.db, started.id, booking(), ORIGIN);
    expect(await sendDueReminders(t.db, { now: new Date((await startsAt(started.id)).getTime() + 60_000), baseUrl })).toBe(0);
  });
});

describe('erasure after the retention time', () => {
  it('erases names and contacts of sessions ended longer ago than the retention time, and not of newer ones', async () => {
    const old = await publishOne(t.db, world, { capacity: 1 });
    const oldSeat = await bookSeat(t.db, old.id, booking({ name: 'Gammel Gamst', phone: '40 40 40 40' }), ORIGIN);
    await bookSeat(t.db, old.id, booking({ name: 'Venter Gamst' }), ORIGIN);
    const recent = await publishOne(t.db, world);
    await bookMany(t.db, recent.id, 2);
    const cancelled = await publishOne(t.db, world);
    await bookMany(t.db, cancelled.id, 1);
    await cancelSession(t.db, cancelled.id, world.coordinator, 'this');

    await moveSession(t.db, old.id, new Date(Date.now() - 33 * DAY_MS));
    await moveSession(t.db, recent.id, new Date(Date.now() - 29 * DAY_MS));
    await moveSession(t.db, cancelled.id, new Date(Date.now() - 32 * DAY_MS));
    await t.db.update(advisoryBookings).set({ attended: true }).where(eq(advisoryBookings.id, oldSeat.bookingId));

    expect(await eraseEndedBookings(t.db, { retentionDays: 30 })).toBe(3);
    for (const row of [...(await rawBookings(t.db, old.id)), ...(await rawBookings(t.db, cancelled.id))]) {
      expect(row).toMatchObject({ personal: null, emailIndex: null, phoneIndex: null });
      expect(row.erasedAt).toBeInstanceOf(Date);
    }
    expect(await rawText(t.db, oldSeat.bookingId)).not.toMatch(/Gamst|40 40 40 40/);
    // What the reports count stays: the status and who came.
    expect((await rawBookings(t.db, old.id)).find((r) => r.id === oldSeat.bookingId)).toMatchObject({ status: 'confirmed', attended: true });
    expect((await rawBookings(t.db, recent.id)).every((r) => r.personal !== null)).toBe(true);
    // The hosts still see the list, without names.
    expect((await sessionBookings(t.db, old.id, world.ownerStaff))!.bookings.map((b) => b.person)).toEqual([null, null]);
    expect(await eraseEndedBookings(t.db, { retentionDays: 30 })).toBe(0);
  });

  it('lets two instances erase at once, each booking once, in batches', async () => {
    const sessions = await Promise.all([publishOne(t.db, world, { capacity: 20 }), publishOne(t.db, world, { capacity: 20 })]);
    for (const s of sessions) await bookMany(t.db, s.id, 15);
    for (const s of sessions) await moveSession(t.db, s.id, new Date(Date.now() - 100 * DAY_MS));
    const [a, b] = await Promise.all([
      eraseEndedBookings(instanceA, { retentionDays: 30, batchSize: 4 }),
      eraseEndedBookings(instanceB, { retentionDays: 30, batchSize: 4 }),
    ]);
    expect(a + b).toBe(30);
    for (const s of sessions) expect((await rawBookings(t.db, s.id)).every((r) => r.personal === null && r.erasedAt !== null)).toBe(true);
  });

  it('deletes access log lines older than two years in the job run', async () => {
    const { id } = await publishOne(t.db, world);
    await t.db.insert(advisoryAccessLog).values([
      { sessionId: id, action: 'view', userId: world.ownerStaff.id, at: new Date(Date.now() - 3 * 365 * DAY_MS) },
      { sessionId: id, action: 'view', userId: world.ownerStaff.id, at: new Date(Date.now() - 300 * DAY_MS) },
    ]);
    const run = await runAdvisoryJob(t.db, { retentionDays: 30, baseUrl });
    expect(run.accessLogDeleted).toBe(1);
    const left = await t.db.select({ n: sql<number>`count(*)::int` }).from(advisoryAccessLog).where(eq(advisoryAccessLog.sessionId, id));
    expect(left[0]!.n).toBe(1);
  });

  it('runs once from the command line and says how many it erased', async () => {
    const { id } = await publishOne(t.db, world);
    await bookMany(t.db, id, 2);
    await moveSession(t.db, id, new Date(Date.now() - 40 * DAY_MS));
    const { code, output } = await runCli(['erase-bookings'], {
      DATABASE_URL: t.url,
      MEILI_URL: inject('meiliUrl'),
      MEILI_MASTER_KEY: inject('meiliKey'),
      REFERRAL_KEY: TEST_REFERRAL_KEY,
      ADVISORY_RETENTION_DAYS: '30',
      LOG_LEVEL: 'error',
    });
    expect(output).toMatch(/Personoplysninger slettet i \d+ bookinger til rådgivningsmøder, der sluttede for mere end 30 dage siden/);
    expect(code).toBe(0);
    expect((await rawBookings(t.db, id)).every((r) => r.personal === null)).toBe(true);
  });
});
