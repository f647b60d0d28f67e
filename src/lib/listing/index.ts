/**
 * The listing engine: loading and saving what associations edit, revisions waiting for review,
 * decisions, status changes and history. TEMPORARY STUBS — being implemented by helper B.
 */
import type { Database } from '../../../db/client';
import type { Locale } from '../../i18n';
import type { Queryable } from '../mail';
import type { SessionUser } from '../session/session';
import type {
  ActivityValues,
  AssociationValues,
  FieldKey,
  HistoryEntry,
  ListingKind,
  PendingInfo,
  RevisionDetail,
  RevisionSummary,
  SaveOutcome,
} from './values';

export * from './errors';
export * from './values';

const todo = (): never => {
  throw new Error('not implemented yet');
};

export async function loadAssociationValues(_db: Database, _associationId: string): Promise<AssociationValues | null> {
  return todo();
}
export async function loadActivityValues(_db: Database, _activityId: string): Promise<ActivityValues | null> {
  return todo();
}
/** Live values overlaid with the pending revision's proposed values (what the edit form shows). */
export async function loadProposedValues(
  _db: Database,
  _kind: ListingKind,
  _listingId: string,
): Promise<{ values: AssociationValues | ActivityValues; pending: PendingInfo | null } | null> {
  return todo();
}
export async function saveListing(
  _db: Database,
  _input: { kind: ListingKind; listingId: string; values: AssociationValues | ActivityValues; actor: SessionUser },
): Promise<SaveOutcome> {
  return todo();
}
export async function createActivity(
  _db: Database,
  _input: { associationId: string; values: ActivityValues; actor: SessionUser },
): Promise<{ id: string; slug: string }> {
  return todo();
}
export async function submitForPublication(
  _db: Database,
  _input: { kind: ListingKind; listingId: string; actor: SessionUser },
): Promise<{ revisionId: string }> {
  return todo();
}
export async function setListingStatus(
  _db: Database,
  _input: { kind: ListingKind; listingId: string; status: 'published' | 'paused' | 'archived'; actor: SessionUser },
): Promise<void> {
  return todo();
}
export async function withdrawRevision(_db: Database, _input: { revisionId: string; actor: SessionUser }): Promise<void> {
  return todo();
}
export async function listAssociationRevisions(_db: Database, _associationId: string, _options: { limit: number }): Promise<RevisionSummary[]> {
  return todo();
}
export async function listHistory(_db: Database, _kind: ListingKind, _listingId: string): Promise<HistoryEntry[]> {
  return todo();
}
export async function reviewQueue(_db: Database, _administrationId: string): Promise<RevisionSummary[]> {
  return todo();
}
export async function getRevision(_db: Database, _revisionId: string): Promise<RevisionDetail | null> {
  return todo();
}
export async function approveRevision(_db: Database, _input: { revisionId: string; reviewer: SessionUser; comment?: string }): Promise<void> {
  return todo();
}
export async function rejectRevision(_db: Database, _input: { revisionId: string; reviewer: SessionUser; comment: string }): Promise<void> {
  return todo();
}
export async function recordHistory(
  _tx: Queryable,
  _entry: {
    kind: ListingKind;
    listingId: string;
    associationId: string;
    action: string;
    changes?: Record<string, { from: unknown; to: unknown }> | null;
    revisionId?: string | null;
    comment?: string | null;
    actor: SessionUser | null;
  },
): Promise<void> {
  return todo();
}
/** The label of a field key in the locale, e.g. "Tidspunkter" for activity.schedules. */
export function fieldLabel(_locale: Locale, _kind: ListingKind, _key: FieldKey): string {
  return todo();
}
