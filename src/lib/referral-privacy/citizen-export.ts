import { asc, desc, eq, inArray } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Database } from '../../../db/client';
import { activities, administrations, associations, referralAccessLog, referralEvents, referrals, taxonomyTerms } from '../../../db/schema';
import { referralKeyring } from '../referral/crypto';
import { logAccess } from './access';
import { type CitizenQuery, citizenReferralsOf, type Coordinator } from './citizen-find';

/** One referral in a citizen's export: the facts, the decrypted personal part, the history and who saw it. */
export interface ExportedReferral {
  reference: string;
  status: string;
  source: string;
  purpose: string;
  urgency: string;
  createdAt: string;
  dueAt: string;
  firstResponseAt: string | null;
  closedAt: string | null;
  consentAt: string;
  activity: string | null;
  association: string | null;
  sender: string | null;
  receiver: string;
  terms: string[];
  /** The personal part as it was stored (name, contact, needs, consent, note), decrypted. */
  personal: unknown;
  events: { at: string; from: string | null; to: string; reason: string | null; comment: string | null; by: string | null; organisation: string | null }[];
  accessLog: { at: string; action: string; by: string | null; organisation: string | null }[];
}

/** The file a coordinator hands the citizen (GDPR art. 15): everything the municipality holds in referrals about them. */
export interface CitizenExport {
  exportedAt: string;
  exportedBy: { name: string; administration: string };
  searchedFor: CitizenQuery;
  referrals: ExportedReferral[];
}

const sender = alias(administrations, 'sender');
const receiver = alias(administrations, 'receiver');

/**
 * Everything about one citizen in the referrals the coordinator's administration sent or received,
 * with the personal part and event comments decrypted. Each exported referral is logged (`export`)
 * in the same transaction. Throws when a personal part cannot be decrypted (a wrong REFERRAL_KEY):
 * an export that silently leaves data out would tell the citizen something untrue.
 */
export async function exportCitizenData(db: Database, coordinator: Coordinator, query: CitizenQuery, now = new Date()): Promise<CitizenExport> {
  const ring = referralKeyring();
  const open = (sealed: string | null) => (sealed === null ? null : ring.decrypt(sealed));
  return db.transaction(async (tx) => {
    const rows = await tx
      .select({
        referral: referrals,
        activity: activities.name,
        association: associations.name,
        sender: sender.nameDa,
        receiver: receiver.nameDa,
      })
      .from(referrals)
      .leftJoin(activities, eq(activities.id, referrals.activityId))
      .leftJoin(associations, eq(associations.id, referrals.associationId))
      .leftJoin(sender, eq(sender.id, referrals.senderAdministrationId))
      .innerJoin(receiver, eq(receiver.id, referrals.receiverAdministrationId))
      .where(citizenReferralsOf(coordinator, query))
      .orderBy(desc(referrals.createdAt));
    const ids = rows.map((r) => r.referral.id);
    const termIds = [...new Set(rows.flatMap((r) => r.referral.termIds))];
    const [events, log, terms, [own]] = await Promise.all([
      ids.length === 0
        ? []
        : tx
            .select({ event: referralEvents, administration: administrations.nameDa, association: associations.name })
            .from(referralEvents)
            .leftJoin(administrations, eq(administrations.id, referralEvents.actorAdministrationId))
            .leftJoin(associations, eq(associations.id, referralEvents.actorAssociationId))
            .where(inArray(referralEvents.referralId, ids))
            .orderBy(asc(referralEvents.at), asc(referralEvents.id)),
      ids.length === 0
        ? []
        : tx
            .select({ entry: referralAccessLog, administration: administrations.nameDa, association: associations.name })
            .from(referralAccessLog)
            .leftJoin(administrations, eq(administrations.id, referralAccessLog.administrationId))
            .leftJoin(associations, eq(associations.id, referralAccessLog.associationId))
            .where(inArray(referralAccessLog.referralId, ids))
            .orderBy(asc(referralAccessLog.at), asc(referralAccessLog.id)),
      termIds.length === 0 ? [] : tx.select({ id: taxonomyTerms.id, name: taxonomyTerms.nameDa }).from(taxonomyTerms).where(inArray(taxonomyTerms.id, termIds)),
      tx.select({ name: administrations.nameDa }).from(administrations).where(eq(administrations.id, coordinator.administrationId)),
    ]);
    const termName = new Map(terms.map((t) => [t.id, t.name]));
    const exported = rows.map(({ referral: r, ...names }): ExportedReferral => ({
      reference: r.reference,
      status: r.status,
      source: r.source,
      purpose: r.purpose,
      urgency: r.urgency,
      createdAt: r.createdAt.toISOString(),
      dueAt: r.dueAt.toISOString(),
      firstResponseAt: r.firstResponseAt?.toISOString() ?? null,
      closedAt: r.closedAt?.toISOString() ?? null,
      consentAt: r.consentAt.toISOString(),
      activity: names.activity,
      association: names.association,
      sender: names.sender,
      receiver: names.receiver,
      terms: r.termIds.flatMap((id) => termName.get(id) ?? []),
      personal: readPersonal(open(r.personal)),
      events: events
        .filter((e) => e.event.referralId === r.id)
        .map(({ event: e, ...org }) => ({
          at: e.at.toISOString(),
          from: e.fromStatus,
          to: e.toStatus,
          reason: e.reason,
          comment: open(e.comment),
          by: e.actorName,
          organisation: org.association ?? org.administration,
        })),
      accessLog: log
        .filter((l) => l.entry.referralId === r.id)
        .map(({ entry: l, ...org }) => ({ at: l.at.toISOString(), action: l.action, by: l.userName, organisation: org.association ?? org.administration })),
    }));
    await logAccess(tx, coordinator, 'export', ids, now);
    return {
      exportedAt: now.toISOString(),
      exportedBy: { name: coordinator.name, administration: own?.name ?? '' },
      searchedFor: { email: query.email, phone: query.phone },
      referrals: exported,
    };
  });
}

/** The personal part is JSON written by the core; shown as stored, and as text if it is not JSON. */
function readPersonal(plain: string | null): unknown {
  if (plain === null) return null;
  try {
    return JSON.parse(plain);
  } catch {
    return plain;
  }
}
