import { eq, inArray } from 'drizzle-orm';
import type { Database } from '../../../db/client';
import { administrations, associations, referralAccessLog, referralEvents, referrals } from '../../../db/schema';
import type { Locale } from '../../i18n';
import { actorAdministration, actorAssociation, isVisibleTo, sideOf } from './actor';
import { isUuid, type Runner } from './db';
import { ReferralError } from './errors';
import { receivedBy } from './history';
import { availableActions } from './machine';
import { openComment, openPersonal } from './personal';
import { selectSummaries, termNames, toInboxItem } from './summary';
import { transitionReferral } from './transition';
import type { ReferralActor, ReferralDetail, TimelineEntry } from './types';

export type ReadPurpose = 'view' | 'print' | 'pdf' | 'api_view';

/** The timeline, oldest first, with comments decrypted (null once erased) and names of who acted. */
async function timeline(db: Runner, referralId: string, locale: Locale): Promise<TimelineEntry[]> {
  const events = await db.select().from(referralEvents).where(eq(referralEvents.referralId, referralId)).orderBy(referralEvents.at, referralEvents.id);
  const adminIds = events.flatMap((e) => [e.actorAdministrationId, e.forwardedToAdministrationId]).filter((id): id is string => !!id);
  const assocIds = events.map((e) => e.actorAssociationId).filter((id): id is string => !!id);
  const admins = adminIds.length
    ? await db.select({ id: administrations.id, da: administrations.nameDa, en: administrations.nameEn }).from(administrations).where(inArray(administrations.id, adminIds))
    : [];
  const assocs = assocIds.length ? await db.select({ id: associations.id, name: associations.name }).from(associations).where(inArray(associations.id, assocIds)) : [];
  const adminName = (id: string | null) => (id ? (admins.find((a) => a.id === id)?.[locale] ?? null) : null);
  return events.map((e) => ({
    at: e.at,
    fromStatus: e.fromStatus,
    toStatus: e.toStatus,
    reason: e.reason,
    comment: openComment(e.comment),
    actorName: e.actorName,
    actorOrganisation: assocs.find((a) => a.id === e.actorAssociationId)?.name ?? adminName(e.actorAdministrationId),
    // The first event also records where it was sent; only a forward names "forwarded to".
    forwardedToName: e.toStatus === 'forwarded' ? adminName(e.forwardedToAdministrationId) : null,
  }));
}

/**
 * One referral with the citizen's details decrypted, for someone allowed to see it: the sender
 * administration, any administration that received it (now or before a forward; an earlier
 * receiver reads but no longer acts), and members of the association it was passed to. Returns
 * null both when the referral does not exist and when the actor may not see it (never tell which).
 *
 * Every successful call writes a row to `referral_access_log` (who, for which administration or
 * association, `purpose`) before returning the data. When the receiver side opens a referral that
 * is `sent` or `forwarded` in the portal (`purpose` 'view' by a user), it is marked received
 * automatically, by that user, as an event in its timeline: opening it is receiving it.
 */
export async function getReferral(
  db: Database,
  id: string,
  actor: ReferralActor,
  purpose: ReadPurpose,
  options: { locale?: Locale } = {},
): Promise<ReferralDetail | null> {
  if (!isUuid(id) || actor.kind === 'citizen') return null;
  const locale = options.locale ?? 'da';
  const load = async () => (await selectSummaries(db, locale, eq(referrals.id, id)))[0];
  let summary = await load();
  if (!summary) return null;
  const parties = { ...summary.referral, receivedBy: await receivedBy(db, id) };
  if (!isVisibleTo(parties, actor)) return null;
  let side = sideOf(parties, actor);

  const status = summary.referral.status;
  if (purpose === 'view' && actor.kind === 'user' && side === 'receiver' && (status === 'sent' || status === 'forwarded')) {
    try {
      await transitionReferral(db, { referralId: id, action: 'receive', expectedVersion: summary.referral.version }, actor);
    } catch (error) {
      // Someone else received or changed it at the same moment: show what is there now.
      if (!(error instanceof ReferralError)) throw error;
    }
    summary = (await load())!;
    side = sideOf(summary.referral, actor);
  }

  const r = summary.referral;
  await db.insert(referralAccessLog).values({
    referralId: r.id,
    action: purpose,
    userId: actor.kind === 'user' ? actor.user.id : null,
    userName: actor.kind === 'user' ? actor.user.name : actor.name,
    administrationId: actorAdministration(actor),
    associationId: actorAssociation(actor, r.associationId),
    apiTokenId: actor.kind === 'api' ? actor.tokenId : null,
  });
  const personal = openPersonal(r.personal);
  const names = await termNames(db, locale, r.termIds);
  return {
    ...toInboxItem(summary, names, new Date()),
    version: r.version,
    activityId: r.activityId,
    activitySlug: summary.activitySlug,
    associationId: r.associationId,
    receiverAdministrationId: r.receiverAdministrationId,
    senderAdministrationId: r.senderAdministrationId,
    source: r.source,
    citizen: personal?.citizen ?? null,
    consent: personal?.consent ?? null,
    noteToReceiver: personal?.noteToReceiver ?? null,
    erasedAt: r.erasedAt,
    closedAt: r.closedAt,
    timeline: await timeline(db, r.id, locale),
    // An earlier receiver (forwarded away) reads the referral but has nothing to do with it now.
    viewerSide: side ?? 'receiver',
    actions: side ? availableActions(r.status, side) : [],
  };
}
