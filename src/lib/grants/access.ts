/**
 * Who records § 18 grants: the coordinator of the administration that decides the grant (the
 * Social administration keeps the decision on its § 18 grants; others record their own), and the
 * admin for any administration. Staff and association members do not.
 */
import type { SessionUser } from '../session/session';

type Who = Pick<SessionUser, 'role' | 'administrationId'> | null | undefined;

/** May use the grants pages at all: a coordinator of an administration, or the admin. */
export function mayRecordGrants(user: Who): boolean {
  return user?.role === 'admin' || (user?.role === 'coordinator' && user.administrationId !== null);
}

/** May create, change or delete a grant of this administration. */
export function mayManageGrantsOf(user: Who, administrationId: string): boolean {
  return user?.role === 'admin' || (user?.role === 'coordinator' && user.administrationId === administrationId);
}
