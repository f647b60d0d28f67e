import { eq } from 'drizzle-orm';
import type { Database } from '../../../db/client';
import { listingRevisions, users } from '../../../db/schema';
import { mayActForAssociation } from '../access/policy';
import type { SessionUser } from '../session/session';
import { applyValues } from './apply';
import type { Tx } from './db';
import { ListingArchived, ListingNotFound, NotAllowed } from './errors';
import { type AnyValues, changedFields, exemptKey, fieldKeys, fieldValue, type ListingField, sameValue, withFieldValue } from './fields';
import { recordHistory } from './history';
import { loadActivityValues, loadAssociationValues } from './load';
import { exemptFieldsOf, type ListingRow, listingRow, pendingRevisionOf } from './rows';
import type { FieldKey, ListingKind, PendingInfo, SaveOutcome } from './values';

type Changes = Record<string, { from: unknown; to: unknown }>;

/** The live values of a listing (inside a transaction: as locked). */
export async function loadLive(db: Database | Tx, kind: ListingKind, id: string): Promise<AnyValues> {
  const values = kind === 'activity' ? await loadActivityValues(db, id) : await loadAssociationValues(db, id);
  if (!values) throw new ListingNotFound(`${kind} ${id} does not exist`);
  return values;
}

/** Members act only for their own association; checked here too, not only on the page. */
export function assertMayEdit(actor: SessionUser, listing: Pick<ListingRow, 'kind' | 'id' | 'associationId'>): void {
  if (!mayActForAssociation(actor, listing.associationId)) {
    throw new NotAllowed(`user ${actor.id} may not edit ${listing.kind} ${listing.id}`);
  }
}

/**
 * Live values overlaid with the pending revision's proposed values: what the edit form shows, so
 * that a member continues from what they proposed. Null when the listing does not exist.
 */
export async function loadProposedValues(
  db: Database,
  kind: ListingKind,
  listingId: string,
): Promise<{ values: AnyValues; pending: PendingInfo | null } | null> {
  const live = kind === 'activity' ? await loadActivityValues(db, listingId) : await loadAssociationValues(db, listingId);
  if (!live) return null;
  const revision = await pendingRevisionOf(db, kind, listingId);
  if (!revision) return { values: live, pending: null };
  let values = live;
  for (const [key, change] of Object.entries(revision.changes)) {
    if (key !== 'status') values = withFieldValue(kind, values, key as ListingField, change.to);
  }
  const [proposer] = revision.proposedBy
    ? await db.select({ name: users.name }).from(users).where(eq(users.id, revision.proposedBy)).limit(1)
    : [];
  return {
    values,
    pending: {
      revisionId: revision.id,
      proposedAt: revision.proposedAt,
      proposedByName: proposer?.name ?? null,
      fields: Object.keys(revision.changes) as FieldKey[],
    },
  };
}

/** `{ field: { from, to } }` for the given fields. */
function changesOf(kind: ListingKind, before: AnyValues, after: AnyValues, fields: ListingField[]): Changes {
  return Object.fromEntries(fields.map((f) => [f, { from: fieldValue(kind, before, f), to: fieldValue(kind, after, f) }]));
}

/**
 * Merges the fields to review into the pending revision's changes: a field proposed again gets the
 * new value but keeps the value it had when first proposed; a field now equal to the live value (or
 * applied at once) leaves the revision. Returns the merged changes and what this save proposed.
 */
function mergeProposal(kind: ListingKind, live: AnyValues, values: AnyValues, review: ListingField[], previous: Changes) {
  const merged: Changes = {};
  const proposedNow: Changes = {};
  if (previous.status) merged.status = previous.status;
  for (const field of fieldKeys(kind)) {
    if (!review.includes(field)) continue;
    const to = fieldValue(kind, values, field);
    const before = previous[field];
    const change = { from: before ? before.from : fieldValue(kind, live, field), to };
    merged[field] = change;
    if (!before || !sameValue(before.to, to)) proposedNow[field] = change;
  }
  return { merged, proposedNow };
}

/**
 * Saves an edit. A draft is not public, so its changes apply at once. For a published or paused
 * listing, the fields its administration exempts from review apply at once and the rest go into
 * the listing's one pending revision (created, or merged into). Everything, history included, in
 * one transaction. Throws ListingNotFound, NotAllowed, ListingArchived, InvalidValues.
 */
export async function saveListing(
  db: Database,
  input: { kind: ListingKind; listingId: string; values: AnyValues; actor: SessionUser },
): Promise<SaveOutcome> {
  const { kind, listingId, values, actor } = input;
  return db.transaction(async (tx) => {
    const listing = await listingRow(tx, kind, listingId, true);
    assertMayEdit(actor, listing);
    if (listing.status === 'archived') throw new ListingArchived(`${kind} ${listingId} is archived`);
    const live = await loadLive(tx, kind, listingId);
    const pending = await pendingRevisionOf(tx, kind, listingId);
    const changed = changedFields(kind, live, values);
    const history = { kind, listingId, associationId: listing.associationId, actor };

    const exempt = listing.status === 'draft' ? null : await exemptFieldsOf(tx, listing.administrationId);
    const now = changed.filter((f) => exempt === null || exempt.has(exemptKey(kind, f)));
    const review = changed.filter((f) => !now.includes(f));
    if (now.length > 0) {
      await applyValues(tx, { kind, id: listingId, associationId: listing.associationId }, values, now);
      await recordHistory(tx, { ...history, action: 'changed', changes: changesOf(kind, live, values, now) });
    }
    if (listing.status === 'draft') {
      return { applied: now, pending: pending ? (Object.keys(pending.changes) as FieldKey[]) : [], revisionId: pending?.id ?? null };
    }

    const { merged, proposedNow } = mergeProposal(kind, live, values, review, pending?.changes ?? {});
    let revisionId = pending?.id ?? null;
    if (pending && Object.keys(merged).length === 0) {
      // Everything proposed is back to the live value (or applied at once): nothing left to review.
      await tx.update(listingRevisions).set({ status: 'withdrawn' }).where(eq(listingRevisions.id, pending.id));
      await recordHistory(tx, { ...history, action: 'withdrawn', revisionId: pending.id });
      revisionId = null;
    } else if (pending) {
      if (!sameValue(merged, pending.changes)) {
        await tx.update(listingRevisions).set({ changes: merged }).where(eq(listingRevisions.id, pending.id));
      }
    } else if (Object.keys(merged).length > 0) {
      const [row] = await tx
        .insert(listingRevisions)
        .values({
          listingKind: kind,
          listingId,
          associationId: listing.associationId,
          administrationId: listing.administrationId,
          changes: merged,
          proposedBy: actor.id,
        })
        .returning({ id: listingRevisions.id });
      revisionId = row!.id;
    }
    if (revisionId && Object.keys(proposedNow).length > 0) {
      await recordHistory(tx, { ...history, action: 'proposed', changes: proposedNow, revisionId });
    }
    return { applied: now, pending: revisionId ? (Object.keys(merged) as FieldKey[]) : [], revisionId };
  });
}
