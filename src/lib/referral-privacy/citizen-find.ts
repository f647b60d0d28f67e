import { and, desc, eq, or, type SQL } from 'drizzle-orm';
import type { Database } from '../../../db/client';
import { activities, referrals } from '../../../db/schema';
import { referralKeyring } from '../referral/crypto';
import type { ReferralStatus } from '../referral/machine';
import type { SessionUser } from '../session/session';
import { logAccess } from './access';
import { seenByAdministration } from './visibility';

/** How a coordinator finds one citizen: the e-mail and/or phone number the citizen gave. */
export interface CitizenQuery {
  email: string | null;
  phone: string | null;
}

/** A referral about the citizen, as the search lists it: no personal data, only what and when. */
export interface CitizenReferral {
  id: string;
  reference: string;
  status: ReferralStatus;
  activityName: string | null;
  createdAt: Date;
  closedAt: Date | null;
  /** Sent by the coordinator's administration (else received by it, now or before a forward). */
  sentByUs: boolean;
}

/** The coordinator acting: only coordinators of an administration search across referrals. */
export type Coordinator = Pick<SessionUser, 'id' | 'name' | 'administrationId'> & { administrationId: string };

/**
 * The condition "about this citizen": the keyed hashes of the e-mail and phone number, so that
 * the plain values are never stored or compared, and "+45 12 34 56 78" finds "12345678".
 */
export function aboutCitizen(query: CitizenQuery): SQL {
  const ring = referralKeyring();
  const conditions = [
    query.email ? eq(referrals.emailIndex, ring.index('email', query.email)) : undefined,
    query.phone ? eq(referrals.phoneIndex, ring.index('phone', query.phone)) : undefined,
  ].filter((c): c is SQL => c !== undefined);
  if (conditions.length === 0) throw new Error('aboutCitizen: an e-mail or a phone number is needed');
  return or(...conditions)!;
}

/** The condition "about this citizen, and seen by the coordinator's administration". */
export function citizenReferralsOf(coordinator: Coordinator, query: CitizenQuery): SQL {
  return and(aboutCitizen(query), seenByAdministration(coordinator.administrationId))!;
}

/**
 * The referrals about one citizen that the coordinator's administration sent or received, newest
 * first. Erased referrals are not found (their hashes are gone). The search itself is logged
 * (`citizen_lookup`, no referral), since it tells whether someone is known to the municipality.
 */
export async function findCitizenReferrals(db: Database, coordinator: Coordinator, query: CitizenQuery): Promise<CitizenReferral[]> {
  return db.transaction(async (tx) => {
    const rows = await tx
      .select({
        id: referrals.id,
        reference: referrals.reference,
        status: referrals.status,
        activityName: activities.name,
        createdAt: referrals.createdAt,
        closedAt: referrals.closedAt,
        senderAdministrationId: referrals.senderAdministrationId,
      })
      .from(referrals)
      .leftJoin(activities, eq(activities.id, referrals.activityId))
      .where(citizenReferralsOf(coordinator, query))
      .orderBy(desc(referrals.createdAt));
    await logAccess(tx, coordinator, 'citizen_lookup', [null]);
    return rows.map(({ senderAdministrationId, ...row }) => ({ ...row, sentByUs: senderAdministrationId === coordinator.administrationId }));
  });
}
