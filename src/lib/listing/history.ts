import { and, desc, eq } from 'drizzle-orm';
import type { Database } from '../../../db/client';
import { listingHistory } from '../../../db/schema';
import type { Queryable } from '../mail';
import type { SessionUser } from '../session/session';
import type { HistoryEntry, ListingKind } from './values';

/** What happened to a listing, for `recordHistory`. */
export interface HistoryInput {
  kind: ListingKind;
  listingId: string;
  associationId: string;
  /** created, changed, proposed, approved, rejected, withdrawn, published, paused, resumed, archived, confirmed. */
  action: string;
  changes?: Record<string, { from: unknown; to: unknown }> | null;
  revisionId?: string | null;
  comment?: string | null;
  /** Null for what the system does by itself (a job, a link in an e-mail). */
  actor: SessionUser | null;
}

/**
 * Adds an entry to a listing's history. Call it in the transaction of the change, so that the
 * history never tells of a change that was not stored (or misses one that was).
 */
export async function recordHistory(tx: Queryable, entry: HistoryInput): Promise<void> {
  await tx.insert(listingHistory).values({
    listingKind: entry.kind,
    listingId: entry.listingId,
    associationId: entry.associationId,
    action: entry.action,
    changes: entry.changes ?? null,
    revisionId: entry.revisionId ?? null,
    comment: entry.comment ?? null,
    actorId: entry.actor?.id ?? null,
    // The name is copied so that the history still reads after the account is deleted.
    actorName: entry.actor?.name ?? null,
  });
}

/** A listing's history, newest first. */
export async function listHistory(db: Database, kind: ListingKind, listingId: string): Promise<HistoryEntry[]> {
  return db
    .select({
      id: listingHistory.id,
      action: listingHistory.action,
      changes: listingHistory.changes,
      comment: listingHistory.comment,
      actorName: listingHistory.actorName,
      at: listingHistory.at,
    })
    .from(listingHistory)
    .where(and(eq(listingHistory.listingKind, kind), eq(listingHistory.listingId, listingId)))
    .orderBy(desc(listingHistory.at), desc(listingHistory.id));
}

