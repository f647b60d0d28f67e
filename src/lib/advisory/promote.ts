import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { advisoryBookings } from '../../../db/schema';
import { queueMail } from '../mail';
import type { Tx } from '../referral/db';
import { bookingMail, type MailSession } from './mails';
import { openBooking } from './personal';

/**
 * The waiting list's order: first come, first served. `created_at` is the clock time of the
 * insert, taken after the session's row lock, so it follows the order the bookings were placed in
 * (see booking.ts); the id breaks a tie.
 */
export const waitingOrder = [asc(advisoryBookings.createdAt), asc(advisoryBookings.id)];

/**
 * Gives seats to the first `count` on the waiting list of a session and mails each of them "Du
 * har fået en plads" with their own cancel link. Call it inside the transaction that holds the
 * session's row lock, after the seats were freed. Returns how many were promoted.
 */
export async function promoteWaiting(tx: Tx, sessionId: string, count: number, session: MailSession, baseUrl: URL): Promise<number> {
  if (count <= 0) return 0;
  const first = await tx
    .select({ id: advisoryBookings.id, reference: advisoryBookings.reference, personal: advisoryBookings.personal })
    .from(advisoryBookings)
    .where(and(eq(advisoryBookings.sessionId, sessionId), eq(advisoryBookings.status, 'waiting')))
    .orderBy(...waitingOrder)
    .limit(count)
    .for('update');
  if (first.length === 0) return 0;
  await tx
    .update(advisoryBookings)
    .set({ status: 'confirmed', promotedAt: sql`now()` })
    .where(and(inArray(advisoryBookings.id, first.map((b) => b.id)), eq(advisoryBookings.status, 'waiting')));
  for (const booking of first) {
    const sealed = openBooking(booking.personal);
    if (!sealed?.person.email) continue; // no e-mail: the hosts phone them (the list shows who got a seat)
    await queueMail(tx, bookingMail('promoted', session, { email: sealed.person.email, locale: sealed.locale, reference: booking.reference, cancelToken: sealed.cancelToken }, baseUrl));
  }
  return first.length;
}

/** A booking's place on the waiting list (1 = next to get a seat). */
export async function waitingPosition(tx: Pick<Tx, 'execute'>, bookingId: string): Promise<number> {
  const [row] = await tx.execute<{ position: number }>(sql`
    select count(*)::int as position from advisory_bookings w, advisory_bookings me
    where me.id = ${bookingId} and w.session_id = me.session_id and w.status = 'waiting'
      and (w.created_at, w.id) <= (me.created_at, me.id)`);
  return row?.position ?? 1;
}
