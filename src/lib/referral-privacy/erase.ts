import { and, asc, inArray, isNull, lt, sql } from 'drizzle-orm';
import type { Database } from '../../../db/client';
import { referralAccessLog, referralEvents, referrals } from '../../../db/schema';
import type { Queryable } from '../mail';

const DAY_MS = 24 * 60 * 60 * 1000;

/** The access log is kept this long (docs/decisions/013-personal-data.md), then deleted. */
export const ACCESS_LOG_YEARS = 2;

/** Referrals erased per transaction: small enough that a run never holds many row locks for long. */
const BATCH_SIZE = 200;

/**
 * Erases the citizen's personal data in these referrals: the encrypted personal part, the keyed
 * e-mail and phone hashes, and every event's comment. What stays (status, dates, urgency, terms,
 * sender and receiver, activity, reasons) says nothing about who the citizen is, and is what the
 * § 18 reports and the activity figures count. Call it inside the transaction that locked the rows.
 * The version is bumped so that someone acting on a page opened before sees "changed meanwhile".
 */
export async function eraseReferralRows(tx: Queryable, ids: readonly string[], now: Date): Promise<void> {
  if (ids.length === 0) return;
  await tx
    .update(referrals)
    .set({ personal: null, emailIndex: null, phoneIndex: null, erasedAt: now, updatedAt: now, version: sql`${referrals.version} + 1` })
    .where(inArray(referrals.id, [...ids]));
  await tx.update(referralEvents).set({ comment: null }).where(inArray(referralEvents.referralId, [...ids]));
}

/** What one retention run did. */
export interface ErasureRun {
  /** Referrals whose personal data was erased now. */
  erased: number;
  /** Access log lines older than two years that were deleted. */
  accessLogDeleted: number;
}

/**
 * The retention rule: personal data is erased `retentionDays` after a referral was closed
 * (REFERRAL_RETENTION_DAYS, default 180). Works in batches, one transaction each, and skips rows
 * another instance has locked (`FOR UPDATE SKIP LOCKED`), so every app instance can run it at once
 * without waiting for or erasing twice what another does. Also deletes access log lines older than
 * two years. Idempotent: a second run finds nothing left to do.
 */
export async function eraseExpiredReferrals(
  db: Database,
  options: { now?: Date; retentionDays: number; batchSize?: number },
): Promise<ErasureRun> {
  const now = options.now ?? new Date();
  const batchSize = options.batchSize ?? BATCH_SIZE;
  const closedBefore = new Date(now.getTime() - options.retentionDays * DAY_MS);
  let erased = 0;
  for (;;) {
    const count = await db.transaction(async (tx) => {
      const due = await tx
        .select({ id: referrals.id })
        .from(referrals)
        .where(and(isNull(referrals.erasedAt), lt(referrals.closedAt, closedBefore)))
        .orderBy(asc(referrals.closedAt))
        .limit(batchSize)
        .for('update', { skipLocked: true });
      await eraseReferralRows(
        tx,
        due.map((r) => r.id),
        now,
      );
      return due.length;
    });
    erased += count;
    // A short batch means nothing is left, or the rest is locked by another instance, which erases it.
    if (count < batchSize) break;
  }
  return { erased, accessLogDeleted: await deleteOldAccessLog(db, now) };
}

/** Deletes access log lines older than two years: long enough to answer a citizen's or an auditor's question. */
export async function deleteOldAccessLog(db: Database, now = new Date()): Promise<number> {
  const before = new Date(now);
  before.setUTCFullYear(before.getUTCFullYear() - ACCESS_LOG_YEARS);
  const deleted = await db.delete(referralAccessLog).where(lt(referralAccessLog.at, before));
  return deleted.count;
}
