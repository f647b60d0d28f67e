import { and, eq, sql } from 'drizzle-orm';
import type { Database } from '../../../db/client';
import { advisoryBookings } from '../../../db/schema';
import type { Runner } from '../referral/db';
import { seatsToPromote } from './capacity';
import { AdvisoryError } from './errors';
import { hashCancelToken } from './personal';
import { promoteWaiting, waitingPosition } from './promote';
import { publicOnly, sessionById } from './read';
import { lockSession } from './rows';
import type { BookingView } from './types';

/** A cancel token is 32 random bytes in base64url: anything else is not looked up at all. */
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

async function findByToken(db: Runner, token: string) {
  if (!TOKEN.test(token)) return null;
  const [row] = await db
    .select({ id: advisoryBookings.id, sessionId: advisoryBookings.sessionId })
    .from(advisoryBookings)
    .where(eq(advisoryBookings.cancelTokenHash, hashCancelToken(token)));
  return row ?? null;
}

async function viewOf(db: Runner, bookingId: string): Promise<BookingView> {
  const [booking] = await db
    .select({ reference: advisoryBookings.reference, status: advisoryBookings.status, sessionId: advisoryBookings.sessionId })
    .from(advisoryBookings)
    .where(eq(advisoryBookings.id, bookingId));
  const session = await sessionById(db, booking!.sessionId);
  const position = booking!.status === 'waiting' ? await waitingPosition(db, bookingId) : null;
  return { reference: booking!.reference, status: booking!.status, position, session: publicOnly(session!) };
}

/** The booking behind a cancel link's token, with its place on the waiting list, or null. */
export async function bookingByToken(db: Database, token: string): Promise<BookingView | null> {
  const found = await findByToken(db, token);
  return found ? viewOf(db, found.id) : null;
}

/**
 * Cancels by the cancel link. Idempotent: a booking already cancelled is simply shown again. The
 * person's name and contact are erased at once, since their purpose is served. A seat it held
 * goes to the first on the waiting list (mailed), under the session's row lock, so a booking
 * arriving at the same moment cannot take it twice. Throws not_found (unknown token) or closed
 * (the session has started: the hosts record who came instead). Cancelling a booking of a
 * cancelled session is allowed: it erases the person's data sooner.
 */
export async function cancelBooking(db: Database, token: string, origin: URL): Promise<BookingView> {
  const found = await findByToken(db, token);
  if (!found) throw new AdvisoryError('not_found');
  return db.transaction(async (tx) => {
    const session = await lockSession(tx, found.sessionId);
    const [booking] = await tx.select({ status: advisoryBookings.status }).from(advisoryBookings).where(eq(advisoryBookings.id, found.id)).for('update');
    if (!session || !booking) throw new AdvisoryError('not_found');
    if (booking.status === 'cancelled') return viewOf(tx, found.id);
    const open = session.status === 'published';
    if (open && session.startsAt.getTime() <= Date.now()) throw new AdvisoryError('closed');
    await tx
      .update(advisoryBookings)
      .set({ status: 'cancelled', cancelledAt: sql`now()`, personal: null, emailIndex: null, phoneIndex: null, erasedAt: sql`now()` })
      .where(and(eq(advisoryBookings.id, found.id), eq(advisoryBookings.status, booking.status)));
    if (booking.status === 'confirmed' && open) {
      const counts = await sessionById(tx, session.id);
      const count = seatsToPromote({ confirmed: counts!.confirmed, capacity: session.capacity, waiting: counts!.waiting });
      await promoteWaiting(tx, session.id, count, counts!, origin);
    }
    return viewOf(tx, found.id);
  });
}
