import { and, asc, eq, gte, inArray, isNotNull, sql } from 'drizzle-orm';
import type { Database } from '../../../db/client';
import { type AdvisorySession, advisoryBookings, advisorySessions } from '../../../db/schema';
import { mayCoordinate } from '../access/policy';
import { queueMail } from '../mail';
import { isUuid, type Tx } from '../referral/db';
import { seatsToPromote } from './capacity';
import { AdvisoryError } from './errors';
import { type BookingMailKind, bookingMail, mailBaseUrl } from './mails';
import { openBooking } from './personal';
import { promoteWaiting } from './promote';
import { checkReferences } from './references';
import { sessionTimes } from './recurrence';
import { sessionById } from './read';
import { lockSession, replaceHostsAndTerms, sessionColumns } from './rows';
import type { Host, SessionInput } from './types';
import { validateSessionFields } from './validate';

/**
 * The session and, for `future`, the later sessions of its series, each locked (in time order,
 * the same order every editor takes, so two edits never deadlock). Throws not_found, not_allowed
 * (not a coordinator of the owner).
 */
async function lockTargets(tx: Tx, id: string, actor: Host, scope: 'this' | 'future'): Promise<AdvisorySession[]> {
  const first = await lockSession(tx, id);
  if (!first) throw new AdvisoryError('not_found');
  if (!mayCoordinate(actor, first.administrationId)) throw new AdvisoryError('not_allowed');
  if (scope === 'this' || !first.seriesId) return [first];
  const later = await tx
    .select()
    .from(advisorySessions)
    .where(and(eq(advisorySessions.seriesId, first.seriesId), gte(advisorySessions.startsAt, first.startsAt), eq(advisorySessions.status, 'published')))
    .orderBy(asc(advisorySessions.startsAt))
    .for('update');
  return [first, ...later.filter((s) => s.id !== first.id)];
}

/** Mails every active booking (a seat or on the waiting list) that has an e-mail. */
async function mailActiveBookings(tx: Tx, sessionId: string, kind: BookingMailKind, baseUrl: URL): Promise<void> {
  const session = await sessionById(tx, sessionId);
  const rows = await tx
    .select({ reference: advisoryBookings.reference, personal: advisoryBookings.personal, status: advisoryBookings.status })
    .from(advisoryBookings)
    .where(and(eq(advisoryBookings.sessionId, sessionId), inArray(advisoryBookings.status, ['confirmed', 'waiting']), isNotNull(advisoryBookings.emailIndex)));
  for (const row of rows) {
    const sealed = openBooking(row.personal);
    if (!sealed?.person.email) continue;
    await queueMail(tx, bookingMail(kind, session!, { email: sealed.person.email, locale: sealed.locale, reference: row.reference, cancelToken: sealed.cancelToken, seated: row.status === 'confirmed' }, baseUrl));
  }
}

const placeKey = (s: Pick<AdvisorySession, 'placeName' | 'address' | 'postalCode' | 'city' | 'onlineUrl'>) => JSON.stringify([s.placeName, s.address, s.postalCode, s.city, s.onlineUrl]);

/**
 * Changes one session, or this and the later ones of its series (`future`). The date and times
 * apply only to `this` (each later session keeps its own date); everything else to all. A
 * capacity below the seats already taken is refused (the message says how many); a raised
 * capacity gives seats to the waiting list (mailed). A changed time or place is mailed to every
 * active booking, and their reminder is due again. Throws not_found | not_allowed | closed (a
 * cancelled session) | invalid.
 */
export async function updateSession(db: Database, id: string, input: Omit<SessionInput, 'repeat'>, actor: Host, scope: 'this' | 'future'): Promise<void> {
  if (!isUuid(id)) throw new AdvisoryError('not_found');
  const clean = validateSessionFields(input);
  const [newTime] = sessionTimes({ ...clean, repeat: null });
  const baseUrl = mailBaseUrl();
  await db.transaction(async (tx) => {
    const targets = await lockTargets(tx, id, actor, scope);
    if (targets[0]!.status === 'cancelled') throw new AdvisoryError('closed');
    await checkReferences(tx, clean);
    const columns = sessionColumns(clean);
    for (const target of targets) {
      const time = target.id === id ? newTime! : { start: target.startsAt, end: target.endsAt };
      const timeChanged = time.start.getTime() !== target.startsAt.getTime() || time.end.getTime() !== target.endsAt.getTime();
      if (timeChanged && time.start.getTime() <= Date.now()) throw new AdvisoryError('invalid', { date: 'advisory.invalid.datePast' });
      const counts = await sessionById(tx, target.id);
      if (clean.capacity < counts!.confirmed) {
        throw new AdvisoryError('invalid', { capacity: 'advisory.invalid.capacityBelowBooked' }, { capacity: { count: counts!.confirmed } });
      }
      await tx
        .update(advisorySessions)
        .set({ ...columns, startsAt: time.start, endsAt: time.end, updatedAt: sql`now()` })
        .where(eq(advisorySessions.id, target.id));
      await replaceHostsAndTerms(tx, target.id, target.administrationId, clean);
      const upcoming = time.start.getTime() > Date.now();
      if (!upcoming) continue;
      if (timeChanged) {
        // The reminder follows the new date: the day before it, not the old one.
        await tx.update(advisoryBookings).set({ reminderSentAt: null }).where(eq(advisoryBookings.sessionId, target.id));
      }
      if (timeChanged || placeKey(columns as AdvisorySession) !== placeKey(target)) await mailActiveBookings(tx, target.id, 'changed', baseUrl);
      const seats = seatsToPromote({ confirmed: counts!.confirmed, capacity: clean.capacity, waiting: counts!.waiting });
      if (seats > 0) await promoteWaiting(tx, target.id, seats, (await sessionById(tx, target.id))!, baseUrl);
    }
  });
}

/**
 * Cancels a session, or this and the later ones of its series (`future`): status cancelled, and
 * every active booking with an e-mail is told. The sessions stay visible as cancelled; their
 * bookings' personal data is erased on the usual schedule. Already cancelled ones are left alone.
 * Throws not_found | not_allowed | closed (the session has already ended).
 */
export async function cancelSession(db: Database, id: string, actor: Host, scope: 'this' | 'future'): Promise<void> {
  if (!isUuid(id)) throw new AdvisoryError('not_found');
  const baseUrl = mailBaseUrl();
  await db.transaction(async (tx) => {
    const targets = await lockTargets(tx, id, actor, scope);
    if (targets[0]!.endsAt.getTime() <= Date.now()) throw new AdvisoryError('closed');
    for (const target of targets) {
      if (target.status === 'cancelled') continue;
      await tx
        .update(advisorySessions)
        .set({ status: 'cancelled', cancelledAt: sql`now()`, updatedAt: sql`now()` })
        .where(and(eq(advisorySessions.id, target.id), eq(advisorySessions.status, 'published')));
      await mailActiveBookings(tx, target.id, 'cancelled', baseUrl);
    }
  });
}
