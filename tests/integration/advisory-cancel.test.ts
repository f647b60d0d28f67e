import { beforeAll, describe, expect, it } from 'vitest';
import { AdvisoryError, bookSeat, bookingByToken, cancelBooking, cancelSession } from '../../src/lib/advisory';
import { useTestDatabase } from '../support/database';
import { type AdvisoryWorld, booking, createAdvisoryWorld, mailsTo, moveSession, ORIGIN, publishOne, rawBookings, rawText } from './advisory-fixtures';

const t = useTestDatabase();
let world: AdvisoryWorld;

beforeAll(async () => {
  world = await createAdvisoryWorld(t.db);
});

describe('cancelling by the cancel link', () => {
  it('gives the freed seat to the first on the waiting list, mails them, and moves the others up', async () => {
    const session = await publishOne(t.db, world, { capacity: 2 });
    const seated = await bookSeat(t.db, session.id, booking(), ORIGIN);
    await bookSeat(t.db, session.id, booking(), ORIGIN);
    const firstInput = booking({ name: 'Første Ventesen' });
    const first = await bookSeat(t.db, session.id, firstInput, ORIGIN);
    const second = await bookSeat(t.db, session.id, booking(), ORIGIN);
    const third = await bookSeat(t.db, session.id, booking(), ORIGIN);
    expect([first.position, second.position, third.position]).toEqual([1, 2, 3]);

    const view = await cancelBooking(t.db, seated.cancelToken, ORIGIN);
    expect(view).toMatchObject({ status: 'cancelled', position: null, reference: seated.reference });
    expect(view.session).toMatchObject({ seatsLeft: 0, waiting: 2 });

    expect(await bookingByToken(t.db, first.cancelToken)).toMatchObject({ status: 'confirmed', position: null });
    expect(await bookingByToken(t.db, second.cancelToken)).toMatchObject({ status: 'waiting', position: 1 });
    expect(await bookingByToken(t.db, third.cancelToken)).toMatchObject({ status: 'waiting', position: 2 });

    const [promoted] = await mailsTo(t.db, firstInput.person.email!);
    expect(promoted!.purpose).toBe('advisory_promoted');
    expect(promoted!.subject).toMatch(/^Du har fået en plads til /);
    // The same cancel link as in their first mail: the token was kept sealed for this.
    expect(promoted!.body).toContain(`/raadgivning/afmeld/${first.cancelToken}`);
    expect(promoted!.body).not.toContain('Ventesen');
    const rows = await rawBookings(t.db, session.id);
    expect(rows.find((r) => r.id === first.bookingId)!.promotedAt).toBeInstanceOf(Date);
  });

  it('erases the name and contact at once, and keeps the anonymous facts', async () => {
    const session = await publishOne(t.db, world);
    const input = booking({ name: 'Slet Migsen', phone: '44 55 66 77' });
    const receipt = await bookSeat(t.db, session.id, input, ORIGIN);
    await cancelBooking(t.db, receipt.cancelToken, ORIGIN);
    const [row] = await rawBookings(t.db, session.id);
    expect(row).toMatchObject({ status: 'cancelled', personal: null, emailIndex: null, phoneIndex: null, reference: receipt.reference });
    expect(row!.erasedAt).toBeInstanceOf(Date);
    expect(row!.cancelledAt).toBeInstanceOf(Date);
    // With the e-mail's hash gone, the same person can book again.
    await expect(bookSeat(t.db, session.id, input, ORIGIN)).resolves.toMatchObject({ status: 'confirmed' });
  });

  it('is idempotent: a second cancel shows the same cancelled booking and frees no second seat', async () => {
    const session = await publishOne(t.db, world, { capacity: 1 });
    const seated = await bookSeat(t.db, session.id, booking(), ORIGIN);
    const waiting1 = await bookSeat(t.db, session.id, booking(), ORIGIN);
    const waiting2 = await bookSeat(t.db, session.id, booking(), ORIGIN);
    await cancelBooking(t.db, seated.cancelToken, ORIGIN);
    const again = await cancelBooking(t.db, seated.cancelToken, ORIGIN);
    expect(again.status).toBe('cancelled');
    expect(await bookingByToken(t.db, waiting1.cancelToken)).toMatchObject({ status: 'confirmed' });
    expect(await bookingByToken(t.db, waiting2.cancelToken)).toMatchObject({ status: 'waiting', position: 1 });
    const confirmed = (await rawBookings(t.db, session.id)).filter((r) => r.status === 'confirmed');
    expect(confirmed).toHaveLength(1);
  });

  it('promotes nobody when a waiting booking is cancelled', async () => {
    const session = await publishOne(t.db, world, { capacity: 1 });
    await bookSeat(t.db, session.id, booking(), ORIGIN);
    const waiting1 = await bookSeat(t.db, session.id, booking(), ORIGIN);
    const waiting2 = await bookSeat(t.db, session.id, booking(), ORIGIN);
    await cancelBooking(t.db, waiting1.cancelToken, ORIGIN);
    expect(await bookingByToken(t.db, waiting2.cancelToken)).toMatchObject({ status: 'waiting', position: 1 });
  });

  it('is closed once the session has started, and unknown tokens are not found', async () => {
    const session = await publishOne(t.db, world);
    const receipt = await bookSeat(t.db, session.id, booking(), ORIGIN);
    await moveSession(t.db, session.id, new Date(Date.now() - 60_000));
    await expect(cancelBooking(t.db, receipt.cancelToken, ORIGIN)).rejects.toMatchObject({ code: 'closed' });
    expect((await bookingByToken(t.db, receipt.cancelToken))!.status).toBe('confirmed');

    const unknown = 'A'.repeat(43);
    expect(await bookingByToken(t.db, unknown)).toBeNull();
    expect(await bookingByToken(t.db, 'kort')).toBeNull();
    await expect(cancelBooking(t.db, unknown, ORIGIN)).rejects.toBeInstanceOf(AdvisoryError);
  });

  it('still lets a booking of a cancelled session be cancelled, so the data goes sooner', async () => {
    const session = await publishOne(t.db, world);
    const receipt = await bookSeat(t.db, session.id, booking({ name: 'Aflyst Andersen' }), ORIGIN);
    await cancelSession(t.db, session.id, world.coordinator, 'this');
    const view = await cancelBooking(t.db, receipt.cancelToken, ORIGIN);
    expect(view.status).toBe('cancelled');
    expect(view.session.status).toBe('cancelled');
    expect(await rawText(t.db, receipt.bookingId)).not.toContain('Andersen');
  });
});
