/**
 * The association dashboard (`/forening`): each association a member acts for, its activities,
 * which of them wait for review, and when each was last confirmed.
 */
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Database } from '../../../../db/client';
import { activities, administrations, associations, listingRevisions } from '../../../../db/schema';
import { compareDanish } from '../../directory/danish-order';
import { isUuid } from '../db';

type Status = 'draft' | 'published' | 'paused' | 'archived';

export interface DashboardActivity {
  id: string;
  name: string;
  kind: 'offer' | 'volunteer_role';
  status: Status;
  lastVerifiedAt: Date | null;
  /** A change (or the first publication) waits for the responsible administration. */
  waiting: boolean;
}

export interface DashboardAssociation {
  id: string;
  name: string;
  status: Status;
  lastVerifiedAt: Date | null;
  waiting: boolean;
  administrationName: { da: string; en: string };
  /** Archived activities last, the rest by name. */
  activities: DashboardActivity[];
}

/** The dashboard of a member of these associations, by name. */
export async function associationDashboards(db: Database, associationIds: readonly string[]): Promise<DashboardAssociation[]> {
  const ids = associationIds.filter(isUuid);
  if (ids.length === 0) return [];
  const [associationRows, activityRows, pendingRows] = await Promise.all([
    db
      .select({
        id: associations.id,
        name: associations.name,
        status: associations.status,
        lastVerifiedAt: associations.lastVerifiedAt,
        administrationName: { da: administrations.nameDa, en: administrations.nameEn },
      })
      .from(associations)
      .innerJoin(administrations, eq(administrations.id, associations.administrationId))
      .where(inArray(associations.id, ids)),
    db
      .select({
        id: activities.id,
        associationId: activities.associationId,
        name: activities.name,
        kind: activities.kind,
        status: activities.status,
        lastVerifiedAt: activities.lastVerifiedAt,
      })
      .from(activities)
      .where(inArray(activities.associationId, ids))
      .orderBy(asc(activities.name)),
    db
      .select({ listingId: listingRevisions.listingId })
      .from(listingRevisions)
      .where(and(inArray(listingRevisions.associationId, ids), eq(listingRevisions.status, 'pending'))),
  ]);
  const waiting = new Set(pendingRows.map((r) => r.listingId));
  const archivedLast = (a: DashboardActivity, b: DashboardActivity) =>
    Number(a.status === 'archived') - Number(b.status === 'archived') || compareDanish(a.name, b.name);
  return associationRows
    .map((association) => ({
      ...association,
      waiting: waiting.has(association.id),
      activities: activityRows
        .filter((a) => a.associationId === association.id)
        .map(({ associationId: _, ...a }) => ({ ...a, waiting: waiting.has(a.id) }))
        .sort(archivedLast),
    }))
    .sort((a, b) => compareDanish(a.name, b.name));
}
