import { and, eq, inArray, isNull, type SQL } from 'drizzle-orm';
import { activities, associations, contacts } from '../../../db/schema';

/**
 * What leaves the portal. One definition, used by the export, the CSV and the API alike:
 * - an association when it is published;
 * - an activity when it is published (HSDS status "active") or paused ("temporarily closed") and
 *   its association is published; drafts and archived listings never;
 * - a contact when it is public and its association (and its activity, if it has one) is exported.
 *   Internal contacts never.
 */
export const organizationIsPublic: SQL = eq(associations.status, 'published');

/** Activity statuses that are exported; needs `associations` joined. */
export const EXPORTED_ACTIVITY_STATUSES = ['published', 'paused'] as const;

export const serviceIsPublic: SQL = and(
  inArray(activities.status, [...EXPORTED_ACTIVITY_STATUSES]),
  eq(associations.status, 'published'),
)!;

/** Public contacts of the association as a whole. */
export const organizationContact: SQL = and(eq(contacts.visibility, 'public'), isNull(contacts.activityId))!;

