import { and, isNull, lt, sql } from 'drizzle-orm';
import type { Database } from '../../../db/client';
import { advisoryAccessLog, advisoryBookings, advisorySessions } from '../../../db/schema';
import type { Config } from '../config/config';
import { publicBaseUrl } from '../freshness/job';
import { queueMail } from '../mail';
import type { Job } from '../../runtime/jobs';
import { bookingMail } from './mails';
import { openBooking } from './personal';
import { sessionById, type SessionWithCounts } from './read';

const DAY_MS = 86_400_000;
/** The access log is kept two years, as the referrals' (decision 013). */
const ACCESS_LOG_YEARS = 2;
/** Bookings erased per transaction: short transactions, few locks held at a time. */
const BATCH_SIZE = 200;

// 09.00 on Copenhagen clocks the day before the session's Copenhagen date (reminder.ts in SQL).
const windowOpens = sql`(((s.starts_at at time zone 'Europe/Copenhagen')::date - 1 + time '09:00') at time zone 'Europe/Copenhagen')`;

/**
 * Sends the reminders that are due (reminder.ts): claims them with one UPDATE that sets
 * `reminder_sent_at` only where it is still null, and queues the mails in the same transaction.
 * Two instances running at once: the second's UPDATE waits for the first's row locks, then finds
 * `reminder_sent_at` set and skips the row, so nobody is reminded twice; a rollback un-claims.
 */
export async function sendDueReminders(db: Database, options: { now?: Date; baseUrl: URL }): Promise<number> {
  const now = options.now ?? new Date();
  // A raw Date would reach the driver unconverted (drizzle maps dates only for columns): pass text.
  const at = sql`${now.toISOString()}::timestamptz`;
  return db.transaction(async (tx) => {
    const claimed = await tx.execute<{ id: string; sessionId: string; reference: string; personal: string | null }>(sql`
      update advisory_bookings b set reminder_sent_at = ${at}
      from advisory_sessions s
      where s.id = b.session_id and b.reminder_sent_at is null
        and b.status = 'confirmed' and b.email_index is not null and b.personal is not null
        and s.status = 'published' and s.starts_at > ${at} and ${at} >= ${windowOpens}
        and greatest(b.created_at, coalesce(b.promoted_at, b.created_at)) < ${windowOpens}
      returning b.id, b.session_id as "sessionId", b.reference, b.personal`);
    const sessions = new Map<string, SessionWithCounts | null>();
    for (const row of claimed) {
      if (!sessions.has(row.sessionId)) sessions.set(row.sessionId, await sessionById(tx, row.sessionId));
      const sealed = openBooking(row.personal);
      const session = sessions.get(row.sessionId);
      if (!sealed?.person.email || !session) continue;
      await queueMail(tx, bookingMail('reminder', session, { email: sealed.person.email, locale: sealed.locale, reference: row.reference, cancelToken: sealed.cancelToken }, options.baseUrl));
    }
    return claimed.length;
  });
}

/**
 * Erases the names and contacts of bookings of sessions that ended more than `retentionDays` ago
 * (a cancelled session counts from its date too): `personal` and both indexes null, `erased_at`
 * set. Status, attendance and times stay as anonymous figures. In batches, skipping rows another
 * instance holds. Returns how many bookings were erased.
 */
export async function eraseEndedBookings(db: Database, options: { now?: Date; retentionDays: number; batchSize?: number }): Promise<number> {
  const now = options.now ?? new Date();
  const before = new Date(now.getTime() - options.retentionDays * DAY_MS);
  const batchSize = options.batchSize ?? BATCH_SIZE;
  let erased = 0;
  for (;;) {
    const count = await db.transaction(async (tx) => {
      const due = await tx
        .select({ id: advisoryBookings.id })
        .from(advisoryBookings)
        .innerJoin(advisorySessions, sql`${advisorySessions.id} = ${advisoryBookings.sessionId}`)
        .where(and(isNull(advisoryBookings.erasedAt), lt(advisorySessions.endsAt, before)))
        .limit(batchSize)
        .for('update', { of: advisoryBookings, skipLocked: true });
      if (due.length === 0) return 0;
      await tx
        .update(advisoryBookings)
        .set({ personal: null, emailIndex: null, phoneIndex: null, erasedAt: now })
        .where(sql`${advisoryBookings.id} in (${sql.join(due.map((d) => sql`${d.id}`), sql`, `)})`);
      return due.length;
    });
    erased += count;
    if (count < batchSize) return erased;
  }
}

/** Deletes access log lines older than two years. */
export async function deleteOldAdvisoryAccessLog(db: Database, now = new Date()): Promise<number> {
  const before = new Date(now);
  before.setUTCFullYear(before.getUTCFullYear() - ACCESS_LOG_YEARS);
  return (await db.delete(advisoryAccessLog).where(lt(advisoryAccessLog.at, before))).count;
}

/** One run of the job: reminders, then erasure. */
export async function runAdvisoryJob(db: Database, options: { now?: Date; retentionDays: number; baseUrl: URL }) {
  const reminded = await sendDueReminders(db, options);
  const erased = await eraseEndedBookings(db, options);
  const accessLogDeleted = await deleteOldAdvisoryAccessLog(db, options.now);
  return { reminded, erased, accessLogDeleted };
}

/**
 * Every ten minutes, in every instance: reminders the day before, and erasure of bookings
 * ADVISORY_RETENTION_DAYS after their session. Safe to run in several instances at once.
 * `npm run cli -- erase-bookings` runs the erasure once.
 */
export function advisoryJob(config: Pick<Config, 'ADVISORY_RETENTION_DAYS' | 'PUBLIC_URL' | 'PORT'>): Job {
  return {
    name: 'rådgivning',
    everyMs: 10 * 60 * 1000,
    run: (db) => runAdvisoryJob(db, { retentionDays: config.ADVISORY_RETENTION_DAYS, baseUrl: new URL(publicBaseUrl(config)) }),
  };
}
