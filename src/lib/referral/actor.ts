import { isStaff } from '../access/policy';
import type { ReferralSide } from './machine';
import type { ReferralActor } from './types';

/** The facts of a referral that decide who sees it and who acts on it. */
export interface ReferralParties {
  senderAdministrationId: string | null;
  receiverAdministrationId: string;
  associationId: string | null;
  /**
   * Every administration it was sent or forwarded to, earlier ones included (from its events).
   * An earlier receiver keeps seeing what it handled; it no longer acts on it.
   */
  receivedBy?: readonly string[];
}

/** The administration an actor acts for: a staff member's own, or the API token's. */
export function actorAdministration(actor: ReferralActor): string | null {
  if (actor.kind === 'api') return actor.administrationId;
  if (actor.kind === 'user' && isStaff(actor.user)) return actor.user.administrationId;
  return null;
}

/** The referral's association when the actor is one of its members (they act for it). */
export function actorAssociation(actor: ReferralActor, associationId: string | null): string | null {
  if (actor.kind !== 'user' || actor.user.role !== 'member' || !associationId) return null;
  return actor.user.associationIds.includes(associationId) ? associationId : null;
}

/**
 * The side the actor acts on, or null when they may not act. Receiver side: staff of the current
 * receiver administration, a member of the referral's association, or that administration's API
 * token. Sender side: staff or the API token of the sender administration. Someone on both sides
 * (a referral within one administration) acts as receiver: the receiver has more to do.
 */
export function sideOf(referral: ReferralParties, actor: ReferralActor): ReferralSide | null {
  const administration = actorAdministration(actor);
  if (administration && administration === referral.receiverAdministrationId) return 'receiver';
  if (actorAssociation(actor, referral.associationId)) return 'receiver';
  if (administration && administration === referral.senderAdministrationId) return 'sender';
  return null;
}

/**
 * Whether the actor may see the referral at all: the sender administration, any administration
 * that received it (now or before a forward), and members of the association it was passed to.
 * Admins, other administrations, other associations and citizens see nothing.
 */
export function isVisibleTo(referral: ReferralParties, actor: ReferralActor): boolean {
  if (sideOf(referral, actor)) return true;
  const administration = actorAdministration(actor);
  return !!administration && (referral.receivedBy ?? []).includes(administration);
}

/** How an actor is written into the idempotency key, so two senders' keys never collide. */
export function actorScope(actor: ReferralActor): string {
  if (actor.kind === 'user') return `user:${actor.user.id}`;
  if (actor.kind === 'api') return `api:${actor.tokenId}`;
  return 'citizen';
}
