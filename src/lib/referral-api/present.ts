import type { ReferralDetail } from '../referral/types';

/** The addresses of a referral in the API and in the portal. */
export function referralLinks(id: string) {
  return { self: `/api/referrals/${id}`, events: `/api/referrals/${id}/events`, page: `/henvisninger/${id}` };
}

/**
 * A referral as `GET /api/referrals/[id]` answers it: the facts, the citizen's part (null once
 * erased), the timeline and what the token's administration can do now. Times in ISO 8601 UTC.
 */
export function presentReferral(detail: ReferralDetail) {
  return {
    id: detail.id,
    reference: detail.reference,
    status: detail.status,
    version: detail.version,
    urgency: detail.urgency,
    purpose: detail.purpose,
    source: detail.source,
    activity: detail.activityId ? { id: detail.activityId, slug: detail.activitySlug, name: detail.activityName } : null,
    association: detail.associationId ? { id: detail.associationId, name: detail.associationName } : null,
    receiver: { id: detail.receiverAdministrationId, name: detail.receiverName },
    sender: detail.senderAdministrationId ? { id: detail.senderAdministrationId, name: detail.senderName } : null,
    terms: detail.termNames,
    citizen: detail.citizen,
    consent: detail.consent ? { ...detail.consent, givenAt: detail.consent.givenAt.toISOString() } : null,
    noteToReceiver: detail.noteToReceiver,
    createdAt: detail.createdAt.toISOString(),
    dueAt: detail.dueAt.toISOString(),
    overdue: detail.overdue,
    closedAt: detail.closedAt?.toISOString() ?? null,
    erasedAt: detail.erasedAt?.toISOString() ?? null,
    side: detail.viewerSide,
    actions: detail.actions,
    timeline: detail.timeline.map((entry) => ({
      at: entry.at.toISOString(),
      from: entry.fromStatus,
      to: entry.toStatus,
      reason: entry.reason,
      comment: entry.comment,
      actor: entry.actorName,
      organisation: entry.actorOrganisation,
      forwardedTo: entry.forwardedToName,
    })),
    links: referralLinks(detail.id),
  };
}
