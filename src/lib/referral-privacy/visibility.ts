import { or, type SQL, sql } from 'drizzle-orm';
import { referralEvents, referrals } from '../../../db/schema';

/**
 * The referrals an administration may see the personal data of: those it sent, those it holds now,
 * and those it held before a forward (a forward keeps the whole history, and those who handled it
 * keep their view of it). The core records every receiver in the events' `forwarded_to_administration_id`
 * (the first event and each forward); a forward's actor is an earlier receiver too. The same rule as
 * the core's `isVisibleTo` + `receivedBy` for one row, written as a condition for queries over many.
 */
export function seenByAdministration(administrationId: string): SQL {
  return or(
    sql`${referrals.senderAdministrationId} = ${administrationId}`,
    sql`${referrals.receiverAdministrationId} = ${administrationId}`,
    sql`exists (select 1 from ${referralEvents}
      where ${referralEvents.referralId} = ${referrals.id}
        and (${referralEvents.forwardedToAdministrationId} = ${administrationId}
          or (${referralEvents.toStatus} = 'forwarded' and ${referralEvents.actorAdministrationId} = ${administrationId})))`,
  )!;
}
