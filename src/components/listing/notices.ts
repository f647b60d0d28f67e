/**
 * The short notices the association pages show after a redirect (post/redirect/get): what was
 * saved at once, what waits for review, what a status change did, or why it could not be done.
 * Only known words come from the query, so a crafted link cannot put text on the page.
 */
import { type Locale, type MessageKey, t } from '../../i18n';
import { FIELDS, fieldLabels, type FieldKey, type ListingKind, ListingError, type SaveOutcome } from '../../lib/listing';

export interface Notice {
  text: string;
  kind: 'success' | 'info' | 'error';
}

/** Status actions and what they report when done. */
export const STATUS_ACTIONS = ['submit', 'pause', 'resume', 'withdraw', 'archive'] as const;
export type StatusAction = (typeof STATUS_ACTIONS)[number];

/** Why a status change could not be done, as the query says it (`?fejl=…`), and the message shown. */
const FAILURES = {
  listingNotFound: 'review.error.listingNotFound',
  revisionNotPending: 'review.error.revisionNotPending',
  nothingToSubmit: 'review.error.nothingToSubmit',
  invalidStatusChange: 'review.error.invalidStatusChange',
  notAllowed: 'review.error.notAllowed',
  invalidValues: 'review.error.invalidValues',
  archived: 'review.error.archived',
  archiveNotConfirmed: 'edit.actions.archiveNotConfirmed',
} as const satisfies Record<string, MessageKey>;
export type Failure = keyof typeof FAILURES;

/** The query word for an engine error (`review.error.nothingToSubmit` → `nothingToSubmit`). */
export function failureOf(error: ListingError): Failure {
  const word = error.messageKey.replace('review.error.', '');
  return (word in FAILURES ? word : 'invalidStatusChange') as Failure;
}

/** The query after a save: which fields were applied (`gemt`), which wait (`venter`), or nothing changed. */
export function savedQuery(outcome: SaveOutcome, draft: boolean): string {
  const query = new URLSearchParams();
  if (outcome.applied.length === 0 && outcome.pending.length === 0) query.set('uaendret', '1');
  if (outcome.applied.length > 0) query.set(draft ? 'kladde' : 'gemt', outcome.applied.join(','));
  if (outcome.pending.length > 0 && !draft) query.set('venter', outcome.pending.join(','));
  return `?${query}`;
}

function fieldList(locale: Locale, kind: ListingKind, text: string | null): string | null {
  if (!text) return null;
  const known = new Set<string>([...Object.keys(FIELDS[kind]), 'status']);
  const keys = text.split(',').filter((key) => known.has(key)) as FieldKey[];
  return keys.length > 0 ? fieldLabels(locale, kind, keys) : null;
}

/** The notices the query of an association page asks for. */
export function noticesFromQuery(url: URL, locale: Locale, kind: ListingKind, administrationName: string): Notice[] {
  const q = url.searchParams;
  const notices: Notice[] = [];
  if (q.has('oprettet')) notices.push({ kind: 'success', text: t(locale, 'edit.created') });
  if (q.has('kladde')) notices.push({ kind: 'success', text: t(locale, 'edit.saved.draft') });
  const applied = fieldList(locale, kind, q.get('gemt'));
  if (applied) notices.push({ kind: 'success', text: t(locale, 'edit.saved.applied', { fields: applied }) });
  const pending = fieldList(locale, kind, q.get('venter'));
  if (pending)
    notices.push({ kind: 'success', text: t(locale, 'edit.saved.pending', { administration: administrationName, fields: pending }) });
  if (q.has('uaendret')) notices.push({ kind: 'info', text: t(locale, 'edit.saved.nothing') });
  const done = q.get('status');
  if (done && (STATUS_ACTIONS as readonly string[]).includes(done)) {
    notices.push({ kind: 'success', text: t(locale, `edit.actions.done.${done as StatusAction}`) });
  }
  const failure = q.get('fejl');
  if (failure && failure in FAILURES) notices.push({ kind: 'error', text: t(locale, FAILURES[failure as Failure]) });
  return notices;
}
