import { and, eq, isNull } from 'drizzle-orm';
import type { Database } from '../../../db/client';
import { activities, administrations, associationMemberships, associations, listingRevisions, type ListingRevision, users } from '../../../db/schema';
import { mayReview } from '../access/policy';
import type { SessionUser } from '../session/session';
import { applyValues } from './apply';
import { isUuid, type Tx } from './db';
import { CommentRequired, ListingNotFound, NotAllowed, RevisionNotPending } from './errors';
import { fieldValue, type ListingField, withFieldValue } from './fields';
import { recordHistory } from './history';
import { type Decision, decisionMails } from './mails';
import { listingRow } from './rows';
import { loadLive } from './save';

/** Comments are for people; a very long one is a mistake (or abuse). */
export const MAX_COMMENT = 2000;

/**
 * Locks the revision and checks, in this order, that it exists, that the reviewer may review for
 * its administration, and that it is still pending (two reviewers at once: the second is told).
 */
async function lockForDecision(tx: Tx, revisionId: string, reviewer: SessionUser): Promise<ListingRevision> {
  const [revision] = isUuid(revisionId)
    ? await tx.select().from(listingRevisions).where(eq(listingRevisions.id, revisionId)).for('update')
    : [];
  if (!revision) throw new ListingNotFound(`revision ${revisionId} does not exist`);
  if (!mayReview(reviewer, revision.administrationId)) {
    throw new NotAllowed(`user ${reviewer.id} may not review for administration ${revision.administrationId}`);
  }
  if (revision.status !== 'pending') throw new RevisionNotPending(`revision ${revisionId} is ${revision.status}`);
  return revision;
}

/** Everyone who speaks for the association: its own e-mail and every active member's. */
async function associationRecipients(tx: Tx, associationId: string): Promise<string[]> {
  const [association] = await tx.select({ email: associations.email }).from(associations).where(eq(associations.id, associationId));
  const members = await tx
    .select({ email: users.email })
    .from(associationMemberships)
    .innerJoin(users, eq(users.id, associationMemberships.userId))
    .where(and(eq(associationMemberships.associationId, associationId), isNull(users.disabledAt)));
  const all = [association?.email, ...members.map((m) => m.email)].filter((e): e is string => !!e && e.trim() !== '');
  return [...new Set(all.map((e) => e.trim().toLowerCase()))];
}

async function decisionContext(tx: Tx, revision: ListingRevision, decision: Omit<Decision, 'administrationName' | 'listingName' | 'fields' | 'kind'>) {
  const listing = await listingRow(tx, revision.listingKind, revision.listingId, true);
  const [administration] = await tx
    .select({ name: administrations.nameDa })
    .from(administrations)
    .where(eq(administrations.id, revision.administrationId));
  const to = await associationRecipients(tx, revision.associationId);
  const mail: Decision = {
    ...decision,
    kind: revision.listingKind,
    listingName: listing.name,
    administrationName: administration?.name ?? '',
    fields: Object.keys(revision.changes) as Decision['fields'],
  };
  return { listing, recipients: to, mail };
}

/**
 * Approves a pending revision: in one transaction the proposed values become live, the revision
 * is marked approved, the listing counts as confirmed today (a reviewed listing is a checked
 * one), the history records it and the association is e-mailed. A first publication publishes.
 * `requestUrl` makes the link in the mail absolute. Throws ListingNotFound, NotAllowed, RevisionNotPending.
 */
export async function approveRevision(
  db: Database,
  input: { revisionId: string; reviewer: SessionUser; comment?: string; requestUrl?: URL },
): Promise<void> {
  const comment = input.comment?.trim() || null;
  await db.transaction(async (tx) => {
    const revision = await lockForDecision(tx, input.revisionId, input.reviewer);
    const { listing, recipients, mail } = await decisionContext(tx, revision, { approved: true, comment, requestUrl: input.requestUrl });
    const kind = revision.listingKind;
    const live = await loadLive(tx, kind, listing.id);
    const fields = Object.keys(revision.changes).filter((key) => key !== 'status') as ListingField[];
    let next = live;
    for (const field of fields) next = withFieldValue(kind, next, field, revision.changes[field]!.to);
    await applyValues(tx, { kind, id: listing.id, associationId: listing.associationId }, next, fields);

    const publish = revision.changes.status?.to === 'published' && listing.status === 'draft';
    const table = kind === 'activity' ? activities : associations;
    const now = new Date();
    await tx
      .update(table)
      .set({ lastVerifiedAt: now, staleSince: null, updatedAt: now, ...(publish ? { status: 'published' as const } : {}) })
      .where(eq(table.id, listing.id));
    await tx
      .update(listingRevisions)
      .set({ status: 'approved', reviewedBy: input.reviewer.id, reviewedAt: now, reviewComment: comment })
      .where(eq(listingRevisions.id, revision.id));

    // The history says what changed from what was live when approved (which may differ from `from`).
    const changes = Object.fromEntries(fields.map((f) => [f, { from: fieldValue(kind, live, f), to: revision.changes[f]!.to }]));
    if (publish) Object.assign(changes, { status: { from: 'draft', to: 'published' } });
    const history = { kind, listingId: listing.id, associationId: listing.associationId, revisionId: revision.id, actor: input.reviewer };
    await recordHistory(tx, { ...history, action: 'approved', changes, comment });
    if (publish) await recordHistory(tx, { ...history, action: 'published' });
    await decisionMails(tx, recipients, mail);
  });
}

/**
 * Rejects a pending revision with a comment (required: the association must learn what to fix).
 * The live listing is unchanged. History and a mail to the association, in one transaction.
 * Throws CommentRequired, ListingNotFound, NotAllowed, RevisionNotPending.
 */
export async function rejectRevision(
  db: Database,
  input: { revisionId: string; reviewer: SessionUser; comment: string; requestUrl?: URL },
): Promise<void> {
  const comment = input.comment.trim();
  await db.transaction(async (tx) => {
    const revision = await lockForDecision(tx, input.revisionId, input.reviewer);
    if (comment === '') throw new CommentRequired();
    const { listing, recipients, mail } = await decisionContext(tx, revision, { approved: false, comment, requestUrl: input.requestUrl });
    await tx
      .update(listingRevisions)
      .set({ status: 'rejected', reviewedBy: input.reviewer.id, reviewedAt: new Date(), reviewComment: comment })
      .where(eq(listingRevisions.id, revision.id));
    await recordHistory(tx, {
      kind: revision.listingKind,
      listingId: listing.id,
      associationId: listing.associationId,
      action: 'rejected',
      changes: revision.changes,
      revisionId: revision.id,
      comment,
      actor: input.reviewer,
    });
    await decisionMails(tx, recipients, mail);
  });
}
