import { asc, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { advisoryAccessLog } from '../../db/schema';
import {
  bookSeat,
  cancelBooking,
  followUpPerson,
  linkFollowUp,
  listHostSessions,
  mayHostSession,
  recordAttendance,
  sessionBookings,
} from '../../src/lib/advisory';
import { createReferral } from '../../src/lib/referral';
import { useTestDatabase } from '../support/database';
import { type AdvisoryWorld, booking, createAdvisoryWorld, moveSession, ORIGIN, publishOne, rawBookings } from './advisory-fixtures';

const t = useTestDatabase();
let world: AdvisoryWorld;

beforeAll(async () => {
  world = await createAdvisoryWorld(t.db);
});

const logOf = (sessionId: string) => t.db.select().from(advisoryAccessLog).where(eq(advisoryAccessLog.sessionId, sessionId)).orderBy(asc(advisoryAccessLog.id));

describe('who hosts a session', () => {
  it('is staff of the owner or a host administration and members of a host association; nobody else, not even an admin', async () => {
    const { id } = await publishOne(t.db, world);
    for (const user of [world.coordinator, world.ownerStaff, world.partnerStaff, world.partnerCoordinator, world.member]) {
      expect(await mayHostSession(t.db, id, user), user.email).toBe(true);
    }
    for (const user of [world.bystanderStaff, world.bystanderCoordinator, world.otherMember, world.admin]) {
      expect(await mayHostSession(t.db, id, user), user.email).toBe(false);
      expect(await sessionBookings(t.db, id, user)).toBeNull();
    }
    expect(await mayHostSession(t.db, 'not-an-id', world.coordinator)).toBe(false);
  });

  it("lists a host's sessions, upcoming first, with counts, and who may edit", async () => {
    const later = await publishOne(t.db, world, { topic: `Senere ${world.tag}`, date: '2031-05-01' });
    const sooner = await publishOne(t.db, world, { topic: `Snart ${world.tag}`, date: '2031-04-01', capacity: 1 });
    const past = await publishOne(t.db, world, { topic: `Forbi ${world.tag}`, date: '2031-04-02' });
    await bookSeat(t.db, sooner.id, booking(), ORIGIN);
    await bookSeat(t.db, sooner.id, booking(), ORIGIN);
    await moveSession(t.db, past.id, new Date(Date.now() - 3 * 86_400_000));

    const mine = (await listHostSessions(t.db, world.member)).filter((s) => s.session.topic.endsWith(world.tag));
    const topics = mine.map((s) => s.session.topic);
    expect(topics.indexOf(`Snart ${world.tag}`)).toBeLessThan(topics.indexOf(`Senere ${world.tag}`));
    expect(topics.at(-1)).toBe(`Forbi ${world.tag}`);
    expect(mine.find((s) => s.session.id === sooner.id)).toMatchObject({ confirmed: 1, waiting: 1, attended: 0, mayEdit: false });
    expect((await listHostSessions(t.db, world.coordinator)).find((s) => s.session.id === later.id)!.mayEdit).toBe(true);
    expect(await listHostSessions(t.db, world.bystanderStaff)).toEqual([]);
    expect(await listHostSessions(t.db, world.admin)).toEqual([]);
  });
});

describe('the bookings a host sees', () => {
  it('are decrypted, seats first, then the waiting list in order, then the cancelled, and every look is logged', async () => {
    const { id } = await publishOne(t.db, world, { capacity: 1 });
    const seated = await bookSeat(t.db, id, booking({ name: 'Siddende Sørensen', phone: '20 20 20 20' }), ORIGIN);
    const cancelled = await bookSeat(t.db, id, booking({ name: 'Afbud Andersen' }), ORIGIN);
    await bookSeat(t.db, id, booking({ name: 'Venter Vestergaard' }), ORIGIN);
    await bookSeat(t.db, id, booking({ name: 'Venter Vinther', note: 'Har brug for tolk' }), ORIGIN);
    await cancelBooking(t.db, cancelled.cancelToken, ORIGIN);

    const seen = await sessionBookings(t.db, id, world.member);
    expect(seen!.mayEdit).toBe(false);
    expect(seen!.bookings.map((b) => [b.status, b.person?.name ?? null, b.position])).toEqual([
      ['confirmed', 'Siddende Sørensen', null],
      ['waiting', 'Venter Vestergaard', 1],
      ['waiting', 'Venter Vinther', 2],
      ['cancelled', null, null],
    ]);
    expect(seen!.bookings[0]!.person).toMatchObject({ phone: '20 20 20 20' });
    expect(seen!.bookings[0]!.reference).toBe(seated.reference);
    expect(seen!.bookings[2]!.person!.note).toBe('Har brug for tolk');

    await sessionBookings(t.db, id, world.partnerStaff);
    const log = await logOf(id);
    expect(log.map((l) => [l.action, l.userId, l.administrationId, l.associationId, l.bookingId])).toEqual([
      ['view', world.member.id, null, world.hostAssociation.id, null],
      ['view', world.partnerStaff.id, world.partner.id, null, null],
    ]);
    // Nobody outside the hosts reads, and their attempt reads nothing and logs nothing.
    await sessionBookings(t.db, id, world.bystanderStaff);
    expect(await logOf(id)).toHaveLength(2);
  });
});

describe('attendance', () => {
  it('can only be recorded once the session has started, for bookings with a seat', async () => {
    const { id } = await publishOne(t.db, world, { capacity: 2 });
    const came = await bookSeat(t.db, id, booking(), ORIGIN);
    const absent = await bookSeat(t.db, id, booking(), ORIGIN);
    const waiting = await bookSeat(t.db, id, booking(), ORIGIN);
    const marks = { [came.bookingId]: true, [absent.bookingId]: false, [waiting.bookingId]: true };

    await expect(recordAttendance(t.db, id, marks, world.member)).rejects.toMatchObject({ code: 'closed' });
    await moveSession(t.db, id, new Date(Date.now() - 30 * 60_000));
    await expect(recordAttendance(t.db, id, marks, world.bystanderStaff)).rejects.toMatchObject({ code: 'not_allowed' });
    await recordAttendance(t.db, id, marks, world.member);

    const rows = new Map((await rawBookings(t.db, id)).map((r) => [r.id, r]));
    expect(rows.get(came.bookingId)!.attended).toBe(true);
    expect(rows.get(absent.bookingId)!.attended).toBe(false);
    expect(rows.get(waiting.bookingId)!.attended).toBeNull();
    expect(rows.get(came.bookingId)!.attendanceRecordedAt).toBeInstanceOf(Date);
    expect((await listHostSessions(t.db, world.member)).find((s) => s.session.id === id)!.attended).toBe(1);
  });
});

describe('a follow-up referral', () => {
  it('gives the person only to staff of a host administration, logs it, and links the referral made', async () => {
    const { id } = await publishOne(t.db, world);
    const receipt = await bookSeat(t.db, id, booking({ name: 'Følge Op', email: 'foelge.op@example.dk' }), ORIGIN);

    expect(await followUpPerson(t.db, receipt.bookingId, world.member)).toBeNull();
    expect(await followUpPerson(t.db, receipt.bookingId, world.bystanderStaff)).toBeNull();
    expect(await followUpPerson(t.db, receipt.bookingId, world.admin)).toBeNull();
    const person = await followUpPerson(t.db, receipt.bookingId, world.partnerStaff);
    expect(person).toMatchObject({ sessionId: id, referralId: null, person: { name: 'Følge Op', email: 'foelge.op@example.dk' } });
    expect((await logOf(id)).map((l) => [l.action, l.bookingId, l.userId])).toEqual([['follow_up', receipt.bookingId, world.partnerStaff.id]]);

    const referral = await createReferral(
      t.db,
      {
        target: { kind: 'administration', administrationId: world.owner.id },
        citizen: { name: 'Følge Op', email: 'foelge.op@example.dk', phone: null, preferredContact: 'email', goodTimes: null, needs: 'Vil gerne have en besøgsven.' },
        consent: { method: 'oral', givenAt: new Date(), scope: 'Socialforvaltningen' },
        urgency: 'normal',
        termIds: [],
        noteToReceiver: null,
        purpose: 'help',
        idempotencyKey: null,
      },
      { kind: 'user', user: world.partnerStaff },
    );
    await expect(linkFollowUp(t.db, receipt.bookingId, referral.id, world.member)).rejects.toMatchObject({ code: 'not_allowed' });
    // A referral the user's administration did not send cannot be linked by them.
    await expect(linkFollowUp(t.db, receipt.bookingId, referral.id, world.ownerStaff)).rejects.toMatchObject({ code: 'not_allowed' });
    await linkFollowUp(t.db, receipt.bookingId, referral.id, world.partnerStaff);
    const seen = await sessionBookings(t.db, id, world.ownerStaff);
    expect(seen!.bookings[0]!.followUpReferralId).toBe(referral.id);
    expect((await followUpPerson(t.db, receipt.bookingId, world.partnerStaff))!.referralId).toBe(referral.id);
  });

  it('has nothing to give once the booking is erased', async () => {
    const { id } = await publishOne(t.db, world);
    const receipt = await bookSeat(t.db, id, booking(), ORIGIN);
    await cancelBooking(t.db, receipt.cancelToken, ORIGIN);
    expect(await followUpPerson(t.db, receipt.bookingId, world.ownerStaff)).toBeNull();
  });
});
