import type { SessionUser } from '../session/session';
import type { ReferralAction, ReferralReason, ReferralSide, ReferralStatus } from './machine';

/**
 * The contract between the referral core (create, route, transition, read) and the pages, the API
 * and the citizen's entrance. Personal data appears only in `CitizenDetails`; it is encrypted in
 * the database and every read of it is logged.
 */
export type Urgency = 'normal' | 'soon' | 'urgent';
export type ConsentMethod = 'oral' | 'written' | 'digital';

/** Who the citizen is and how to reach them: encrypted at rest, erased after the retention time. */
export interface CitizenDetails {
  name: string;
  phone: string | null;
  email: string | null;
  preferredContact: 'phone' | 'email';
  /** "Formiddag på hverdage". */
  goodTimes: string | null;
  /** What the citizen needs, in a few plain sentences. No CPR numbers (refused). */
  needs: string;
}

export interface Consent {
  method: ConsentMethod;
  givenAt: Date;
  /** To whom it may be passed on, in the sender's words ("Socialforvaltningen og foreningen"). */
  scope: string;
}

export type ReferralTarget = { kind: 'activity'; activityId: string } | { kind: 'administration'; administrationId: string };

export interface NewReferralInput {
  target: ReferralTarget;
  citizen: CitizenDetails;
  consent: Consent;
  urgency: Urgency;
  termIds: string[];
  noteToReceiver: string | null;
  purpose: 'help' | 'volunteer';
  /** Same key again (double click, retry): the first referral is returned, nothing new is made. */
  idempotencyKey: string | null;
}

/** Who acts or reads: a logged-in user, a case system with an API token, or the citizen. */
export type ReferralActor =
  | { kind: 'user'; user: SessionUser }
  | { kind: 'api'; tokenId: string; administrationId: string; name: string }
  | { kind: 'citizen' };

export interface TransitionInput {
  referralId: string;
  action: ReferralAction;
  reason?: ReferralReason | null;
  comment?: string | null;
  forwardTo?: string | null;
  /** The version the actor saw; when set and changed meanwhile, the transition is refused as stale. */
  expectedVersion?: number | null;
}

/** A line of an inbox: no personal data (opening the referral shows it, and is logged). */
export interface InboxItem {
  id: string;
  reference: string;
  status: ReferralStatus;
  urgency: Urgency;
  purpose: 'help' | 'volunteer';
  activityName: string | null;
  associationName: string | null;
  receiverName: string;
  senderName: string | null;
  createdAt: Date;
  dueAt: Date;
  /** Waiting for the first answer beyond the receiver's response target. */
  overdue: boolean;
  termNames: string[];
}

export interface TimelineEntry {
  at: Date;
  fromStatus: ReferralStatus | null;
  toStatus: ReferralStatus;
  reason: ReferralReason | null;
  /** Decrypted; null when none or erased. */
  comment: string | null;
  actorName: string | null;
  actorOrganisation: string | null;
  forwardedToName: string | null;
}

export interface ReferralDetail extends InboxItem {
  version: number;
  activityId: string | null;
  activitySlug: string | null;
  associationId: string | null;
  receiverAdministrationId: string;
  senderAdministrationId: string | null;
  source: 'staff' | 'api' | 'citizen';
  /** Null once erased. */
  citizen: CitizenDetails | null;
  consent: Consent | null;
  noteToReceiver: string | null;
  erasedAt: Date | null;
  closedAt: Date | null;
  timeline: TimelineEntry[];
  /** Which side the viewer is on (a viewer on both sides acts as receiver). */
  viewerSide: ReferralSide;
  /** What the viewer can do now (from the state machine). */
  actions: ReferralAction[];
}
