import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Database } from '../../../db/client';
import { advisoryAccessLog, advisoryBookings, referrals } from '../../../db/schema';
import { isStaff, mayCoordinate } from '../access/policy';
import { isUuid, type Runner } from '../referral/db';
import { AdvisoryError } from './errors';
import { memberHostAssociation, mayHostSession } from './hosts';
import { openBooking } from './personal';
import { publicOnly, sessionById } from './read';
import type { BookingPerson, Host, HostBooking, PublicSession } from './types';

/** Writes one line of the access log: who saw (or used) the names and contacts of a session's bookings. */
async function logAccess(db: Runner, entry: { sessionId: string; bookingId: string | null; action: 'view' | 'follow_up'; user: Host }): Promise<void> {
  await db.insert(advisoryAccessLog).values({
    sessionId: entry.sessionId,
    bookingId: entry.bookingId,
    action: entry.action,
    userId: entry.user.id,
    userName: entry.user.name,
    administrationId: isStaff(entry.user) ? entry.user.administrationId : null,
    associationId: await memberHostAssociation(db, entry.sessionId, entry.user),
  });
}

const statusRank = sql`case ${advisoryBookings.status} when 'confirmed' then 0 when 'waiting' then 1 else 2 end`;

/**
 * The bookings of a session as its hosts see them: seats first, then the waiting list in order
 * (with positions), then the cancelled; names and contacts decrypted, or null once erased. Writes
 * one access log line (action `view`) in the same transaction as the read. Null when the user is
 * not a host of the session (or it does not exist: the page says 404 either way).
 */
export async function sessionBookings(db: Database, sessionId: string, user: Host): Promise<{ session: PublicSession; bookings: HostBooking[]; mayEdit: boolean } | null> {
  if (!(await mayHostSession(db, sessionId, user))) return null;
  return db.transaction(async (tx) => {
    const session = await sessionById(tx, sessionId);
    if (!session) return null;
    const rows = await tx
      .select()
      .from(advisoryBookings)
      .where(eq(advisoryBookings.sessionId, sessionId))
      .orderBy(statusRank, asc(advisoryBookings.createdAt), asc(advisoryBookings.id));
    let waiting = 0;
    const bookings = rows.map((row): HostBooking => ({
      id: row.id,
      reference: row.reference,
      status: row.status,
      person: openBooking(row.personal)?.person ?? null,
      position: row.status === 'waiting' ? ++waiting : null,
      attended: row.attended,
      followUpReferralId: row.followUpReferralId,
      createdAt: row.createdAt,
    }));
    await logAccess(tx, { sessionId, bookingId: null, action: 'view', user });
    return { session: publicOnly(session), bookings, mayEdit: mayCoordinate(user, session.administrationId) };
  });
}

/**
 * Records who came: `attended` maps booking ids to true (came) or false (did not). Only after the
 * session has started, and only for bookings that hold a seat; other ids are ignored. Throws
 * not_found (no such session), not_allowed (not a host), closed (not started yet, or cancelled).
 */
export async function recordAttendance(db: Database, sessionId: string, attended: Record<string, boolean>, user: Host): Promise<void> {
  if (!isUuid(sessionId)) throw new AdvisoryError('not_found');
  const session = await sessionById(db, sessionId);
  if (!session) throw new AdvisoryError('not_found');
  if (!(await mayHostSession(db, sessionId, user))) throw new AdvisoryError('not_allowed');
  if (session.status === 'cancelled' || session.startsAt.getTime() > Date.now()) throw new AdvisoryError('closed');
  const ids = (value: boolean) => Object.entries(attended).filter(([id, came]) => came === value && isUuid(id)).map(([id]) => id);
  await db.transaction(async (tx) => {
    for (const value of [true, false]) {
      const chosen = ids(value);
      if (chosen.length === 0) continue;
      await tx
        .update(advisoryBookings)
        .set({ attended: value, attendanceRecordedAt: sql`now()` })
        .where(and(eq(advisoryBookings.sessionId, sessionId), eq(advisoryBookings.status, 'confirmed'), inArray(advisoryBookings.id, chosen)));
    }
  });
}

/**
 * Whether a user may make a follow-up referral from a booking: staff or coordinator of the owning
 * or a host administration. Association members host too, but cannot send referrals (decision 012).
 */
async function followUpBooking(db: Runner, bookingId: string, user: Host) {
  if (!isUuid(bookingId) || !isStaff(user) || !user.administrationId) return null;
  const [row] = await db
    .select({ sessionId: advisoryBookings.sessionId, personal: advisoryBookings.personal, referralId: advisoryBookings.followUpReferralId })
    .from(advisoryBookings)
    .where(eq(advisoryBookings.id, bookingId));
  if (!row || !(await mayHostSession(db, row.sessionId, user))) return null;
  return row;
}

/** One booking's person for a follow-up referral (staff of a host administration only); logged (action follow_up). Null when erased or not allowed. */
export async function followUpPerson(db: Database, bookingId: string, user: Host): Promise<{ sessionId: string; person: BookingPerson; referralId: string | null } | null> {
  const row = await followUpBooking(db, bookingId, user);
  const sealed = row ? openBooking(row.personal) : null;
  if (!row || !sealed) return null;
  await logAccess(db, { sessionId: row.sessionId, bookingId, action: 'follow_up', user });
  return { sessionId: row.sessionId, person: sealed.person, referralId: row.referralId };
}

/** Links a referral made from a booking, so the host list shows it. The referral must be one the user's administration sent. Throws not_allowed / not_found. */
export async function linkFollowUp(db: Database, bookingId: string, referralId: string, user: Host): Promise<void> {
  const row = await followUpBooking(db, bookingId, user);
  if (!row) throw new AdvisoryError('not_allowed');
  const [referral] = isUuid(referralId) ? await db.select({ sender: referrals.senderAdministrationId }).from(referrals).where(eq(referrals.id, referralId)) : [];
  if (!referral) throw new AdvisoryError('not_found');
  if (referral.sender !== user.administrationId) throw new AdvisoryError('not_allowed');
  await db.update(advisoryBookings).set({ followUpReferralId: referralId }).where(eq(advisoryBookings.id, bookingId));
}
