import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import type { Database } from '../../../db/client';
import { activities, associations, problemReports } from '../../../db/schema';
import type { ProblemReason } from './reasons';

/** An open report as the association and the administration see it. */
export interface OpenReport {
  id: string;
  listingKind: 'association' | 'activity';
  listingId: string;
  /** The name of the activity, or of the association itself. */
  listingName: string;
  listingSlug: string;
  associationName: string;
  reason: ProblemReason;
  message: string;
  /** Only the administration sees it; the association gets it in its mail only when given. */
  reporterEmail: string | null;
  createdAt: Date;
}

const columns = {
  id: problemReports.id,
  listingKind: problemReports.listingKind,
  listingId: problemReports.listingId,
  // A report is about the association itself or one of its activities: the activity's name when there is one.
  listingName: sql<string>`coalesce(${activities.name}, ${associations.name})`,
  listingSlug: sql<string>`coalesce(${activities.slug}, ${associations.slug})`,
  associationName: associations.name,
  reason: problemReports.reason,
  message: problemReports.message,
  reporterEmail: problemReports.reporterEmail,
  createdAt: problemReports.createdAt,
};

function base(db: Database) {
  return db
    .select(columns)
    .from(problemReports)
    .innerJoin(associations, eq(associations.id, problemReports.associationId))
    .leftJoin(
      activities,
      and(eq(problemReports.listingKind, 'activity'), eq(activities.id, problemReports.listingId)),
    );
}

/** Open reports about an association and its activities, newest first (its dashboard). */
export async function openReportsForAssociation(db: Database, associationId: string): Promise<OpenReport[]> {
  return base(db)
    .where(and(eq(problemReports.associationId, associationId), isNull(problemReports.resolvedAt)))
    .orderBy(desc(problemReports.createdAt));
}

/** Open reports about listings an administration is responsible for, oldest first (work queue). */
export async function openReportsForAdministration(db: Database, administrationId: string): Promise<OpenReport[]> {
  return base(db)
    .where(and(eq(problemReports.administrationId, administrationId), isNull(problemReports.resolvedAt)))
    .orderBy(problemReports.createdAt);
}
