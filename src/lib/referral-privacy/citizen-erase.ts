import { inArray } from 'drizzle-orm';
import type { Database } from '../../../db/client';
import { referralEvents, referrals } from '../../../db/schema';
import { logAccess } from './access';
import { type CitizenQuery, citizenReferralsOf, type Coordinator } from './citizen-find';
import { eraseReferralRows } from './erase';

/** What an erasure on the citizen's request did. */
export interface CitizenErasure {
  /** Referrals whose personal data is now erased. */
  erased: number;
  /** Of those, the ones that were still open and are now closed. */
  closed: number;
}

/**
 * Erases everything about one citizen in the referrals the coordinator's administration sent or
 * received, at once, as the retention job would after the retention time. A referral still open
 * is closed first, with an event "closed, the citizen declined" by the coordinator: without a name
 * or a way to reach the citizen nobody can carry it on, and an open referral without data would
 * wait in an inbox and count as overdue (docs/decisions/013-personal-data.md). This is the one
 * change of status outside the state machine. The rows are locked (waiting for anyone acting on
 * them now), and every erased referral is logged (`erase`), all in one transaction.
 */
export async function eraseCitizenData(db: Database, coordinator: Coordinator, query: CitizenQuery, now = new Date()): Promise<CitizenErasure> {
  return db.transaction(async (tx) => {
    const rows = await tx
      .select({ id: referrals.id, status: referrals.status })
      .from(referrals)
      .where(citizenReferralsOf(coordinator, query))
      .for('update');
    const open = rows.filter((r) => r.status !== 'closed');
    if (open.length > 0) {
      await tx.insert(referralEvents).values(
        open.map((r) => ({
          referralId: r.id,
          fromStatus: r.status,
          toStatus: 'closed' as const,
          reason: 'citizen_declined' as const,
          actorUserId: coordinator.id,
          actorName: coordinator.name,
          actorAdministrationId: coordinator.administrationId,
          at: now,
        })),
      );
      await tx
        .update(referrals)
        .set({ status: 'closed', closedAt: now })
        .where(
          inArray(
            referrals.id,
            open.map((r) => r.id),
          ),
        );
    }
    const ids = rows.map((r) => r.id);
    await eraseReferralRows(tx, ids, now);
    await logAccess(tx, coordinator, 'erase', ids, now);
    return { erased: ids.length, closed: open.length };
  });
}
