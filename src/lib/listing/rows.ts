import { and, eq } from 'drizzle-orm';
import { activities, administrations, associations, listingRevisions, type ListingRevision } from '../../../db/schema';
import { isUuid, type Runner } from './db';
import { ListingNotFound } from './errors';
import type { ListingKind } from './values';

/** What the engine needs to know of a listing besides its values. */
export interface ListingRow {
  kind: ListingKind;
  id: string;
  slug: string;
  name: string;
  associationId: string;
  /** The responsible administration: it reviews the listing's changes. */
  administrationId: string;
  status: 'draft' | 'published' | 'paused' | 'archived';
}

/**
 * The listing, locked for the rest of the transaction when `lock` is set: two saves of the same
 * listing (two members, two tabs) then run one after the other and the second sees the first.
 * Throws ListingNotFound when there is none.
 */
export async function listingRow(db: Runner, kind: ListingKind, id: string, lock = false): Promise<ListingRow> {
  if (!isUuid(id)) throw new ListingNotFound(`${kind} ${id} does not exist`);
  const table = kind === 'activity' ? activities : associations;
  const query = db
    .select({
      id: table.id,
      slug: table.slug,
      name: table.name,
      associationId: kind === 'activity' ? activities.associationId : associations.id,
      administrationId: table.administrationId,
      status: table.status,
    })
    .from(table)
    .where(eq(table.id, id))
    .limit(1);
  const [row] = lock ? await query.for('update') : await query;
  if (!row) throw new ListingNotFound(`${kind} ${id} does not exist`);
  return { kind, ...row };
}

/** The pending revision of a listing, if any (there is at most one). */
export async function pendingRevisionOf(db: Runner, kind: ListingKind, listingId: string): Promise<ListingRevision | null> {
  const [row] = await db
    .select()
    .from(listingRevisions)
    .where(and(eq(listingRevisions.listingKind, kind), eq(listingRevisions.listingId, listingId), eq(listingRevisions.status, 'pending')))
    .limit(1);
  return row ?? null;
}

/** The fields the administration lets associations change without review, as `<kind>.<field>`. */
export async function exemptFieldsOf(db: Runner, administrationId: string): Promise<Set<string>> {
  const [row] = await db
    .select({ fields: administrations.reviewExemptFields })
    .from(administrations)
    .where(eq(administrations.id, administrationId))
    .limit(1);
  return new Set(row?.fields ?? []);
}
