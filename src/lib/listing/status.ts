import { and, eq, like, or } from 'drizzle-orm';
import type { Database } from '../../../db/client';
import { activities, associations, listingRevisions } from '../../../db/schema';
import { slugify } from '../../../db/slug';
import { mayActForAssociation, mayReview } from '../access/policy';
import type { SessionUser } from '../session/session';
import { applyValues } from './apply';
import { isUuid, type Tx } from './db';
import { InvalidStatusChange, ListingNotFound, NothingToSubmit, NotAllowed, RevisionNotPending } from './errors';
import { fieldKeys } from './fields';
import { recordHistory } from './history';
import { listingRow, pendingRevisionOf } from './rows';
import { assertMayEdit, loadLive } from './save';
import type { ActivityValues, ListingKind } from './values';

/** A slug not yet taken: "gaahold-i-valby", else "gaahold-i-valby-2", "-3", ... */
async function freeSlug(tx: Tx, name: string): Promise<string> {
  const base = slugify(name) || 'aktivitet';
  const taken = new Set(
    (
      await tx
        .select({ slug: activities.slug })
        .from(activities)
        .where(or(eq(activities.slug, base), like(activities.slug, `${base}-%`)))
    ).map((r) => r.slug),
  );
  let slug = base;
  for (let n = 2; taken.has(slug); n += 1) slug = `${base}-${n}`;
  return slug;
}

/**
 * Creates an activity of an association as a draft: not public until submitted and approved.
 * The responsible administration is the association's (an administrator can move it later).
 */
export async function createActivity(
  db: Database,
  input: { associationId: string; values: ActivityValues; actor: SessionUser },
): Promise<{ id: string; slug: string }> {
  const { associationId, values, actor } = input;
  return db.transaction(async (tx) => {
    const association = await listingRow(tx, 'association', associationId, true);
    assertMayEdit(actor, association);
    const slug = await freeSlug(tx, values.name);
    const { termIds: _t, places: _p, schedules: _s, contacts: _c, ...scalars } = values;
    const [row] = await tx
      .insert(activities)
      .values({ ...scalars, slug, associationId, administrationId: association.administrationId, status: 'draft' })
      .returning({ id: activities.id });
    const id = row!.id;
    await applyValues(tx, { kind: 'activity', id, associationId }, values, fieldKeys('activity'));
    await recordHistory(tx, { kind: 'activity', listingId: id, associationId, action: 'created', actor });
    return { id, slug };
  });
}

/** The least a listing needs before the public sees it. */
function missingForPublication(kind: ListingKind, values: Record<string, unknown>): string[] {
  const required = kind === 'activity' ? ['name', 'summary'] : ['name', 'description'];
  return required.filter((key) => typeof values[key] !== 'string' || (values[key] as string).trim() === '');
}

/**
 * Asks the responsible administration to publish a draft: a pending revision whose only change is
 * its status (a draft's fields are live already). Submitting again returns the same revision.
 * Throws NothingToSubmit when the listing is not a draft or misses its name or summary.
 */
export async function submitForPublication(
  db: Database,
  input: { kind: ListingKind; listingId: string; actor: SessionUser },
): Promise<{ revisionId: string }> {
  const { kind, listingId, actor } = input;
  return db.transaction(async (tx) => {
    const listing = await listingRow(tx, kind, listingId, true);
    assertMayEdit(actor, listing);
    if (listing.status !== 'draft') throw new NothingToSubmit(`${kind} ${listingId} is ${listing.status}, not a draft`);
    const pending = await pendingRevisionOf(tx, kind, listingId);
    if (pending) return { revisionId: pending.id };
    const missing = missingForPublication(kind, (await loadLive(tx, kind, listingId)) as unknown as Record<string, unknown>);
    if (missing.length > 0) throw new NothingToSubmit(`${kind} ${listingId} misses ${missing.join(', ')}`);
    const changes = { status: { from: 'draft', to: 'published' } };
    const [row] = await tx
      .insert(listingRevisions)
      .values({ listingKind: kind, listingId, associationId: listing.associationId, administrationId: listing.administrationId, changes, proposedBy: actor.id })
      .returning({ id: listingRevisions.id });
    await recordHistory(tx, { kind, listingId, associationId: listing.associationId, action: 'proposed', changes, revisionId: row!.id, actor });
    return { revisionId: row!.id };
  });
}

const TRANSITIONS: Record<string, { from: string[]; action: string }> = {
  paused: { from: ['published'], action: 'paused' },
  // Resuming needs no review: the listing was approved before it was paused.
  published: { from: ['paused'], action: 'resumed' },
  archived: { from: ['draft', 'published', 'paused'], action: 'archived' },
};

/**
 * Pauses (published → paused), resumes (paused → published) or archives a listing, at once and
 * with history. Archiving withdraws a pending revision: nobody should review a listing that is gone.
 * The association's members may do it; so may the responsible administration's staff (e.g. after
 * a report that an activity no longer exists). Throws InvalidStatusChange for other transitions.
 */
export async function setListingStatus(
  db: Database,
  input: { kind: ListingKind; listingId: string; status: 'published' | 'paused' | 'archived'; actor: SessionUser },
): Promise<void> {
  const { kind, listingId, status, actor } = input;
  await db.transaction(async (tx) => {
    const listing = await listingRow(tx, kind, listingId, true);
    if (!mayActForAssociation(actor, listing.associationId) && !mayReview(actor, listing.administrationId)) {
      throw new NotAllowed(`user ${actor.id} may not change the status of ${kind} ${listingId}`);
    }
    const transition = TRANSITIONS[status];
    if (!transition || !transition.from.includes(listing.status)) {
      throw new InvalidStatusChange(`${kind} ${listingId}: ${listing.status} → ${status}`);
    }
    const table = kind === 'activity' ? activities : associations;
    await tx.update(table).set({ status, updatedAt: new Date() }).where(eq(table.id, listingId));
    const history = { kind, listingId, associationId: listing.associationId, actor };
    if (status === 'archived') {
      const pending = await pendingRevisionOf(tx, kind, listingId);
      if (pending) {
        await tx.update(listingRevisions).set({ status: 'withdrawn' }).where(eq(listingRevisions.id, pending.id));
        await recordHistory(tx, { ...history, action: 'withdrawn', revisionId: pending.id });
      }
    }
    await recordHistory(tx, { ...history, action: transition.action, changes: { status: { from: listing.status, to: status } } });
  });
}

/** The association takes back its pending revision; the live listing stays as it is. */
export async function withdrawRevision(db: Database, input: { revisionId: string; actor: SessionUser }): Promise<void> {
  if (!isUuid(input.revisionId)) throw new ListingNotFound(`revision ${input.revisionId} does not exist`);
  await db.transaction(async (tx) => {
    const [revision] = await tx.select().from(listingRevisions).where(eq(listingRevisions.id, input.revisionId)).for('update');
    if (!revision) throw new ListingNotFound(`revision ${input.revisionId} does not exist`);
    assertMayEdit(input.actor, { kind: revision.listingKind, id: revision.listingId, associationId: revision.associationId });
    if (revision.status !== 'pending') throw new RevisionNotPending(`revision ${revision.id} is ${revision.status}`);
    await tx
      .update(listingRevisions)
      .set({ status: 'withdrawn' })
      .where(and(eq(listingRevisions.id, revision.id), eq(listingRevisions.status, 'pending')));
    await recordHistory(tx, {
      kind: revision.listingKind,
      listingId: revision.listingId,
      associationId: revision.associationId,
      action: 'withdrawn',
      revisionId: revision.id,
      actor: input.actor,
    });
  });
}
