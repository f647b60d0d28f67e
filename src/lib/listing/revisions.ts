import { and, asc, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Database } from '../../../db/client';
import { activities, associations, listingRevisions, users } from '../../../db/schema';
import { isUuid } from './db';
import type { FieldKey, RevisionDetail, RevisionSummary } from './values';
import { loadActivityValues, loadAssociationValues } from './load';
import { fieldValue, type ListingField } from './fields';

const proposer = alias(users, 'proposer');
const reviewer = alias(users, 'reviewer');
const activity = alias(activities, 'listing_activity');

/** Revisions with the names a list shows, filtered and ordered as asked. */
async function summaries(db: Database, where: SQL | undefined, order: SQL[], limit?: number) {
  const query = db
    .select({
      revision: listingRevisions,
      activityName: activity.name,
      activitySlug: activity.slug,
      activityStatus: activity.status,
      associationName: associations.name,
      associationSlug: associations.slug,
      associationStatus: associations.status,
      proposedByName: proposer.name,
      reviewedByName: reviewer.name,
    })
    .from(listingRevisions)
    .innerJoin(associations, eq(associations.id, listingRevisions.associationId))
    .leftJoin(activity, and(eq(listingRevisions.listingKind, 'activity'), eq(activity.id, listingRevisions.listingId)))
    .leftJoin(proposer, eq(proposer.id, listingRevisions.proposedBy))
    .leftJoin(reviewer, eq(reviewer.id, listingRevisions.reviewedBy))
    .where(where)
    .orderBy(...order);
  const rows = limit === undefined ? await query : await query.limit(limit);
  return rows.map((row) => {
    const r = row.revision;
    const summary: RevisionSummary = {
      id: r.id,
      kind: r.listingKind,
      listingId: r.listingId,
      listingName: r.listingKind === 'activity' ? (row.activityName ?? '') : row.associationName,
      associationId: r.associationId,
      associationName: row.associationName,
      administrationId: r.administrationId,
      status: r.status,
      fields: Object.keys(r.changes) as FieldKey[],
      proposedAt: r.proposedAt,
      proposedByName: row.proposedByName,
      reviewedAt: r.reviewedAt,
      reviewedByName: row.reviewedByName,
      reviewComment: r.reviewComment,
    };
    // An activity is public only while its association is too.
    const published = row.associationStatus === 'published' && (r.listingKind === 'association' || row.activityStatus === 'published');
    const publicPath = !published
      ? null
      : r.listingKind === 'activity'
        ? `/aktiviteter/${row.activitySlug}`
        : `/foreninger/${row.associationSlug}`;
    return { summary, changes: r.changes, publicPath };
  });
}

/** The pending revisions an administration is to review, oldest first (first come, first served). */
export async function reviewQueue(db: Database, administrationId: string): Promise<RevisionSummary[]> {
  const rows = await summaries(
    db,
    and(eq(listingRevisions.administrationId, administrationId), eq(listingRevisions.status, 'pending')),
    [asc(listingRevisions.proposedAt), asc(listingRevisions.id)],
  );
  return rows.map((r) => r.summary);
}

/** The revisions an administration decided most recently, newest first. */
export async function recentDecisions(db: Database, administrationId: string, options: { limit: number }): Promise<RevisionSummary[]> {
  const rows = await summaries(
    db,
    and(eq(listingRevisions.administrationId, administrationId), inArray(listingRevisions.status, ['approved', 'rejected'])),
    [sql`${listingRevisions.reviewedAt} desc nulls last`, desc(listingRevisions.id)],
    options.limit,
  );
  return rows.map((r) => r.summary);
}

/** An association's revisions of all its listings, newest first, with status, comment and reviewer. */
export async function listAssociationRevisions(
  db: Database,
  associationId: string,
  options: { limit: number },
): Promise<RevisionSummary[]> {
  if (!isUuid(associationId)) return [];
  const rows = await summaries(
    db,
    eq(listingRevisions.associationId, associationId),
    [desc(listingRevisions.proposedAt), desc(listingRevisions.id)],
    options.limit,
  );
  return rows.map((r) => r.summary);
}

/**
 * One revision with, per field, the value when proposed, the proposed value and the live value
 * now (which differs from the first when the listing changed meanwhile). Null when unknown.
 */
export async function getRevision(db: Database, revisionId: string): Promise<RevisionDetail | null> {
  if (!isUuid(revisionId)) return null;
  const [row] = await summaries(db, eq(listingRevisions.id, revisionId), []);
  if (!row) return null;
  const { summary, changes } = row;
  const live =
    summary.kind === 'activity'
      ? await loadActivityValues(db, summary.listingId)
      : await loadAssociationValues(db, summary.listingId);
  const [status] =
    summary.kind === 'activity'
      ? await db.select({ status: activities.status }).from(activities).where(eq(activities.id, summary.listingId))
      : await db.select({ status: associations.status }).from(associations).where(eq(associations.id, summary.listingId));
  const diffs = Object.entries(changes).map(([key, change]) => ({
    key: key as FieldKey,
    from: change.from,
    to: change.to,
    current: key === 'status' ? (status?.status ?? null) : live ? fieldValue(summary.kind, live, key as ListingField) : null,
  }));
  return { ...summary, diffs, publicPath: row.publicPath };
}
