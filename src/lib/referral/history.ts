import { and, eq, isNotNull } from 'drizzle-orm';
import { referralEvents } from '../../../db/schema';
import type { Runner } from './db';

/**
 * Every administration a referral was sent or forwarded to, in order: the first event (→ sent)
 * and each forward record it in `forwarded_to_administration_id`. An earlier receiver keeps read
 * access to what it handled (the history is kept whole when forwarding).
 */
export async function receivedBy(db: Runner, referralId: string): Promise<string[]> {
  const rows = await db
    .select({ administrationId: referralEvents.forwardedToAdministrationId })
    .from(referralEvents)
    .where(and(eq(referralEvents.referralId, referralId), isNotNull(referralEvents.forwardedToAdministrationId)))
    .orderBy(referralEvents.at, referralEvents.id);
  return [...new Set(rows.map((r) => r.administrationId!))];
}
