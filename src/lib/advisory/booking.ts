import { and, eq, sql } from 'drizzle-orm';
import type { PgInsertValue } from 'drizzle-orm/pg-core';
import type { Database } from '../../../db/client';
import { advisoryBookings } from '../../../db/schema';
import { queueMail } from '../mail';
import { isUuid, pgError, type Tx } from '../referral/db';
import { referenceCode } from '../referral/reference';
import { placeBooking } from './capacity';
import { AdvisoryError } from './errors';
import { bookingMail } from './mails';
import { hashCancelToken, newCancelToken, sealBooking } from './personal';
import { waitingPosition } from './promote';
import { sessionById } from './read';
import { lockSession } from './rows';
import type { BookingInput, BookingReceipt } from './types';
import { validateBooking } from './validate';

/** Inserts the booking under a fresh reference; a reference collision (1 in 10^13) is retried in a savepoint. */
async function insertBooking(tx: Tx, values: Omit<PgInsertValue<typeof advisoryBookings>, 'reference'>): Promise<{ id: string; reference: string }> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await tx.transaction(async (savepoint) => {
        const [row] = await savepoint
          .insert(advisoryBookings)
          .values({ ...values, reference: referenceCode() })
          .returning({ id: advisoryBookings.id, reference: advisoryBookings.reference });
        return row!;
      });
    } catch (error) {
      const { code, constraint } = pgError(error);
      if (code === '23505' && constraint === 'advisory_bookings_one_per_email') throw new AdvisoryError('already_booked');
      if (code !== '23505' || constraint !== 'advisory_bookings_reference_unique' || attempt >= 4) throw error;
    }
  }
}

/**
 * Books a seat, or a place on the waiting list when full. In ONE transaction: the session's row
 * is locked (`SELECT … FOR UPDATE`), so every booking of it, in whatever app instance, waits here
 * in turn and counts the seats only after the one before has committed: a session is never
 * overbooked, whatever the load. Then the booking is stored with its person sealed, and the
 * confirmation mail (with the cancel link) queued when an e-mail was given. Throws AdvisoryError
 * not_found | closed (cancelled or started) | full | already_booked (the same e-mail has an
 * active booking) | invalid (fields as in validate.ts).
 */
export async function bookSeat(db: Database, sessionId: string, input: BookingInput, origin: URL): Promise<BookingReceipt> {
  if (!isUuid(sessionId)) throw new AdvisoryError('not_found');
  const person = validateBooking(input);
  const locale = input.locale === 'en' ? 'en' : 'da';
  const cancelToken = newCancelToken();
  return db.transaction(async (tx) => {
    const session = await lockSession(tx, sessionId);
    if (!session) throw new AdvisoryError('not_found');
    if (session.status !== 'published' || session.startsAt.getTime() <= Date.now()) throw new AdvisoryError('closed');
    const [counts] = await tx
      .select({ confirmed: sql<number>`count(*)::int` })
      .from(advisoryBookings)
      .where(and(eq(advisoryBookings.sessionId, sessionId), eq(advisoryBookings.status, 'confirmed')));
    const placement = placeBooking({ confirmed: counts?.confirmed ?? 0, capacity: session.capacity, waitingList: session.waitingList });
    if (placement === 'full') throw new AdvisoryError('full');
    const row = await insertBooking(tx, {
      sessionId,
      status: placement,
      ...sealBooking({ person, cancelToken, locale }),
      cancelTokenHash: hashCancelToken(cancelToken),
      consentAt: sql`now()`,
      // The clock at the insert, not the transaction's start: we waited for the lock, and the
      // waiting list must follow the order in which bookings got it.
      createdAt: sql`clock_timestamp()`,
    });
    const position = placement === 'waiting' ? await waitingPosition(tx, row.id) : null;
    if (person.email) {
      const full = await sessionById(tx, sessionId);
      await queueMail(tx, bookingMail(placement, full!, { email: person.email, locale, reference: row.reference, cancelToken, position }, origin));
    }
    return { bookingId: row.id, reference: row.reference, status: placement, position, cancelToken };
  });
}
