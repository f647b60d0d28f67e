import { eq } from 'drizzle-orm';
import type { Database } from '../../../db/client';
import { activities, associations } from '../../../db/schema';
import type { Queryable } from '../mail';

export type ListingKind = 'association' | 'activity';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A sent kind and id when they can name a listing at all; null for anything else (not worth a query). */
export function listingReference(kind: unknown, id: unknown): { kind: ListingKind; id: string } | null {
  return (kind === 'association' || kind === 'activity') && typeof id === 'string' && UUID.test(id) ? { kind, id } : null;
}

/** What confirming, reminding and reporting need to know about a listing. */
export interface ListingRef {
  kind: ListingKind;
  id: string;
  slug: string;
  name: string;
  /** The association that keeps it (itself, for an association). */
  associationId: string;
  associationName: string;
  /** The administration responsible for it: reviews it and receives its problem reports. */
  administrationId: string;
  status: 'draft' | 'published' | 'paused' | 'archived';
  lastVerifiedAt: Date | null;
  createdAt: Date;
  staleSince: Date | null;
}

/** The listing of this kind and id, whatever its status, or null when there is none. */
export async function findListing(db: Queryable, kind: ListingKind, id: string): Promise<ListingRef | null> {
  if (kind === 'association') {
    const [row] = await db
      .select({
        id: associations.id,
        slug: associations.slug,
        name: associations.name,
        associationId: associations.id,
        associationName: associations.name,
        administrationId: associations.administrationId,
        status: associations.status,
        lastVerifiedAt: associations.lastVerifiedAt,
        createdAt: associations.createdAt,
        staleSince: associations.staleSince,
      })
      .from(associations)
      .where(eq(associations.id, id));
    return row ? { kind, ...row } : null;
  }
  const [row] = await db
    .select({
      id: activities.id,
      slug: activities.slug,
      name: activities.name,
      associationId: activities.associationId,
      associationName: associations.name,
      administrationId: activities.administrationId,
      status: activities.status,
      lastVerifiedAt: activities.lastVerifiedAt,
      createdAt: activities.createdAt,
      staleSince: activities.staleSince,
    })
    .from(activities)
    .innerJoin(associations, eq(associations.id, activities.associationId))
    .where(eq(activities.id, id));
  return row ? { kind, ...row } : null;
}

/** The published listing with this slug (what a public page shows), or null. */
export async function findPublishedListingBySlug(db: Database, kind: ListingKind, slug: string): Promise<ListingRef | null> {
  const table = kind === 'association' ? associations : activities;
  const [row] = await db.select({ id: table.id }).from(table).where(eq(table.slug, slug));
  if (!row) return null;
  const listing = await findListing(db, kind, row.id);
  // An activity of a hidden association is hidden too: no public page, nothing to report on.
  if (!listing || listing.status !== 'published') return null;
  if (kind === 'activity') {
    const owner = await findListing(db, 'association', listing.associationId);
    if (owner?.status !== 'published') return null;
  }
  return listing;
}

/** The activity, or the association itself, as a table: for updates of the shared columns. */
export function listingTable(kind: ListingKind) {
  return kind === 'association' ? associations : activities;
}
