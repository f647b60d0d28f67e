import { beforeAll, describe, expect, it } from 'vitest';
import { AdvisoryError, bookSeat, bookingByToken, cancelSession, findPublicSession } from '../../src/lib/advisory';
import { useTestDatabase } from '../support/database';
import { type AdvisoryWorld, booking, createAdvisoryWorld, mailsTo, moveSession, ORIGIN, publishOne, rawBookings, rawText } from './advisory-fixtures';

const t = useTestDatabase();
let world: AdvisoryWorld;

beforeAll(async () => {
  world = await createAdvisoryWorld(t.db);
});

async function refusal(run: Promise<unknown>): Promise<AdvisoryError> {
  try {
    await run;
  } catch (error) {
    if (error instanceof AdvisoryError) return error;
    throw error;
  }
  throw new Error('expected an AdvisoryError');
}

describe('booking a seat', () => {
  it('gives seats until the session is full, then places on the waiting list in order', async () => {
    const session = await publishOne(t.db, world, { capacity: 2 });
    const first = await bookSeat(t.db, session.id, booking(), ORIGIN);
    const second = await bookSeat(t.db, session.id, booking(), ORIGIN);
    const third = await bookSeat(t.db, session.id, booking(), ORIGIN);
    const fourth = await bookSeat(t.db, session.id, booking(), ORIGIN);
    expect([first, second, third, fourth].map((r) => [r.status, r.position])).toEqual([
      ['confirmed', null],
      ['confirmed', null],
      ['waiting', 1],
      ['waiting', 2],
    ]);
    expect(first.reference).toMatch(/^[2-9A-Z]{3}-[2-9A-Z]{3}-[2-9A-Z]{3}$/);
    const shown = await findPublicSession(t.db, session.slug);
    expect(shown).toMatchObject({ capacity: 2, seatsLeft: 0, waiting: 2 });
    expect(await bookingByToken(t.db, fourth.cancelToken)).toMatchObject({ status: 'waiting', position: 2, reference: fourth.reference });
  });

  it('says full when the session has no waiting list', async () => {
    const session = await publishOne(t.db, world, { capacity: 1, waitingList: false });
    await bookSeat(t.db, session.id, booking(), ORIGIN);
    expect((await refusal(bookSeat(t.db, session.id, booking(), ORIGIN))).code).toBe('full');
    expect(await rawBookings(t.db, session.id)).toHaveLength(1);
  });

  it('refuses a second active booking with the same e-mail, whatever its case', async () => {
    const session = await publishOne(t.db, world);
    await bookSeat(t.db, session.id, booking({ email: 'samme.person@example.dk' }), ORIGIN);
    const again = await refusal(bookSeat(t.db, session.id, booking({ email: ' Samme.Person@Example.dk ' }), ORIGIN));
    expect(again.code).toBe('already_booked');
    // Booking by phone only has no e-mail to compare: two such bookings are two people.
    await bookSeat(t.db, session.id, booking({ email: null, phone: '20 30 40 50' }), ORIGIN);
    await bookSeat(t.db, session.id, booking({ email: null, phone: '20 30 40 51' }), ORIGIN);
    expect(await rawBookings(t.db, session.id)).toHaveLength(3);
  });

  it('refuses a person without a name, contact or consent, field by field', async () => {
    const session = await publishOne(t.db, world);
    const error = await refusal(
      bookSeat(t.db, session.id, { person: { name: ' ', email: null, phone: '123', note: 'x'.repeat(1001), organisation: null }, consent: false, locale: 'da' }, ORIGIN),
    );
    expect(error.code).toBe('invalid');
    expect(error.fields).toEqual({
      name: 'advisory.invalid.name',
      phone: 'advisory.invalid.phone',
      note: 'advisory.invalid.note',
      consent: 'advisory.invalid.consent',
    });
    const noContact = await refusal(bookSeat(t.db, session.id, { ...booking({ email: null, phone: null }) }, ORIGIN));
    expect(noContact.fields).toEqual({ contact: 'advisory.invalid.contact' });
    expect(await rawBookings(t.db, session.id)).toHaveLength(0);
  });

  it('is closed once the session has started, and for a cancelled session', async () => {
    const started = await publishOne(t.db, world);
    await moveSession(t.db, started.id, new Date(Date.now() - 60_000));
    expect((await refusal(bookSeat(t.db, started.id, booking(), ORIGIN))).code).toBe('closed');

    const cancelled = await publishOne(t.db, world);
    await cancelSession(t.db, cancelled.id, world.coordinator, 'this');
    expect((await refusal(bookSeat(t.db, cancelled.id, booking(), ORIGIN))).code).toBe('closed');

    expect((await refusal(bookSeat(t.db, '00000000-0000-4000-8000-000000000000', booking(), ORIGIN))).code).toBe('not_found');
    expect((await refusal(bookSeat(t.db, 'not-an-id', booking(), ORIGIN))).code).toBe('not_found');
  });
});

describe('personal data of a booking', () => {
  it('is encrypted at rest: the raw row holds no name, e-mail, phone or note', async () => {
    const session = await publishOne(t.db, world);
    const receipt = await bookSeat(
      t.db,
      session.id,
      { person: { name: 'Åse Hemmeligsen', email: 'aase.hemmelig@example.dk', phone: '31 41 59 26', note: 'Kommer med kørestol', organisation: 'Hemmelig Forening' }, consent: true, locale: 'da' },
      ORIGIN,
    );
    const text = await rawText(t.db, receipt.bookingId);
    expect(text).not.toMatch(/Åse|Hemmelig|aase|31 41 59 26|31415926|kørestol|Forening/i);
    // The cancel token is not stored either: only its hash.
    expect(text).not.toContain(receipt.cancelToken);
    const [row] = await rawBookings(t.db, session.id);
    expect(row!.personal).toMatch(/^v1\./);
    expect(row!.emailIndex).toMatch(/^[0-9a-f]{64}$/);
    expect(row!.consentAt).toBeInstanceOf(Date);
  });
});

describe('the confirmation mail', () => {
  it('goes to the e-mail given, says the seat, time and place, and carries the cancel link, but not the name', async () => {
    const session = await publishOne(t.db, world, { date: '2030-12-03', startTime: '16:00', endTime: '18:00' });
    const input = booking({ name: 'Karla Mailsen' });
    const receipt = await bookSeat(t.db, session.id, input, ORIGIN);
    const [mail] = await mailsTo(t.db, input.person.email!);
    expect(mail!.subject).toBe(`Du har en plads til Fælles rådgivning om ensomhed ${world.tag} tirsdag 3. december 2030`);
    expect(mail!.body).toContain('tirsdag 3. december 2030 kl. 16.00–18.00');
    expect(mail!.body).toContain('Valby Bibliotek, Annexstræde 2, 2500 Valby');
    expect(mail!.body).toContain(receipt.reference);
    expect(mail!.body).toContain(`http://indgang.test/raadgivning/afmeld/${receipt.cancelToken}`);
    expect(mail!.body).not.toContain('Karla');
    expect(mail!.purpose).toBe('advisory_confirmed');
  });

  it('is in English with the English link for a booking made in English, and tells the place on the waiting list', async () => {
    const session = await publishOne(t.db, world, { capacity: 1, date: '2030-12-03' });
    await bookSeat(t.db, session.id, booking(), ORIGIN);
    const input = booking({}, 'en');
    const receipt = await bookSeat(t.db, session.id, input, ORIGIN);
    const [mail] = await mailsTo(t.db, input.person.email!);
    expect(mail!.subject).toBe(`You are on the waiting list for Joint advice on loneliness ${world.tag} Tuesday 3 December 2030`);
    expect(mail!.body).toContain('You are number 1 on the waiting list');
    expect(mail!.body).toContain('Tuesday 3 December 2030, 16:00–18:00');
    expect(mail!.body).toContain(`http://indgang.test/en/raadgivning/afmeld/${receipt.cancelToken}`);
  });

  it('is not sent when only a phone number was given', async () => {
    const session = await publishOne(t.db, world);
    const before = (await t.db.query.mails.findMany()).length;
    await bookSeat(t.db, session.id, booking({ email: null, phone: '22 33 44 55' }), ORIGIN);
    expect((await t.db.query.mails.findMany()).length).toBe(before);
  });
});
