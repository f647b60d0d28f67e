import type { SessionUser } from '../session/session';

/**
 * Who may do what, as plain functions of the logged-in user (null for anonymous readers).
 * Pages call these after authenticating and before acting; tests/integration/access.test.ts walks
 * every role over every route. Rules:
 * - association members act only for their own associations;
 * - staff and coordinators review only listings their own administration is responsible for;
 *   coordinators also invite associations and choose the fields that need no review;
 * - admins manage administrations, users and taxonomies (not listings: those belong to associations).
 */
type Who = SessionUser | null | undefined;

export function isStaff(user: Who): user is SessionUser {
  return user?.role === 'staff' || user?.role === 'coordinator';
}

/** A member of this association: may edit its profile, listings, contacts and places, and its members. */
export function mayActForAssociation(user: Who, associationId: string): boolean {
  return user?.role === 'member' && user.associationIds.includes(associationId);
}

/** Staff or coordinator of the responsible administration: may review, see internal contacts, resolve reports. */
export function mayReview(user: Who, administrationId: string): boolean {
  return isStaff(user) && user.administrationId === administrationId;
}

/** The administration's coordinator: may invite associations and set the fields that need no review. */
export function mayCoordinate(user: Who, administrationId: string): boolean {
  return user?.role === 'coordinator' && user.administrationId === administrationId;
}

/** Manages administrations, users and taxonomies. */
export function mayAdminister(user: Who): boolean {
  return user?.role === 'admin';
}
