import { sql } from 'drizzle-orm';
import { bigserial, index, jsonb, pgEnum, pgTable, smallint, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from './accounts';
import { associations } from './directory';
import { administrations } from './organisation';

/** The two kinds of listing an association keeps; places and contacts are parts of them. */
export const listingKind = pgEnum('listing_kind', ['association', 'activity']);

/** pending: waits for review. approved/rejected: decided. withdrawn: replaced or taken back by the association. */
export const revisionStatus = pgEnum('revision_status', ['pending', 'approved', 'rejected', 'withdrawn']);

/**
 * A change an association proposes to a listing, waiting for the responsible administration.
 * The live tables keep the approved version, which the public sees; `changes` holds, per field key
 * (src/lib/listing/fields.ts), the value it had when proposed and the proposed value. At most one
 * pending revision per listing: editing again updates it.
 */
export const listingRevisions = pgTable(
  'listing_revisions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    listingKind: listingKind('listing_kind').notNull(),
    listingId: uuid('listing_id').notNull(),
    associationId: uuid('association_id')
      .notNull()
      .references(() => associations.id, { onDelete: 'cascade' }),
    /** The administration responsible when the change was proposed: it reviews it. */
    administrationId: uuid('administration_id')
      .notNull()
      .references(() => administrations.id),
    /** `{ [fieldKey]: { from, to } }`. A first publication has the key `status`. */
    changes: jsonb('changes').$type<Record<string, { from: unknown; to: unknown }>>().notNull(),
    status: revisionStatus('status').notNull().default('pending'),
    proposedBy: uuid('proposed_by').references(() => users.id, { onDelete: 'set null' }),
    proposedAt: timestamp('proposed_at', { withTimezone: true }).notNull().defaultNow(),
    reviewedBy: uuid('reviewed_by').references(() => users.id, { onDelete: 'set null' }),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
    reviewComment: text('review_comment'),
  },
  (t) => [
    uniqueIndex('listing_revisions_one_pending')
      .on(t.listingKind, t.listingId)
      .where(sql`${t.status} = 'pending'`),
    index('listing_revisions_queue_idx').on(t.administrationId, t.status, t.proposedAt),
    index('listing_revisions_association_idx').on(t.associationId, t.proposedAt),
  ],
);
export type ListingRevision = typeof listingRevisions.$inferSelect;

/**
 * Everything that happened to a listing: who, when, what changed. Never updated; kept while the
 * listing exists. The actor's name is copied so that the history still reads after an account is deleted.
 */
export const listingHistory = pgTable(
  'listing_history',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    listingKind: listingKind('listing_kind').notNull(),
    listingId: uuid('listing_id').notNull(),
    associationId: uuid('association_id')
      .notNull()
      .references(() => associations.id, { onDelete: 'cascade' }),
    /** created, changed, proposed, approved, rejected, withdrawn, published, paused, resumed, archived, confirmed. */
    action: text('action').notNull(),
    changes: jsonb('changes').$type<Record<string, { from: unknown; to: unknown }>>(),
    revisionId: uuid('revision_id').references(() => listingRevisions.id, { onDelete: 'set null' }),
    comment: text('comment'),
    actorId: uuid('actor_id').references(() => users.id, { onDelete: 'set null' }),
    actorName: text('actor_name'),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('listing_history_listing_idx').on(t.listingKind, t.listingId, t.at)],
);
export type ListingHistoryEntry = typeof listingHistory.$inferSelect;

/**
 * A link in a reminder e-mail that confirms one listing without logging in. Only the SHA-256
 * hash of the token is stored; it expires, and may be used more than once before then.
 */
export const verificationTokens = pgTable(
  'verification_tokens',
  {
    id: text('id').primaryKey(),
    listingKind: listingKind('listing_kind').notNull(),
    listingId: uuid('listing_id').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('verification_tokens_listing_idx').on(t.listingKind, t.listingId)],
);

/**
 * Which confirmation reminders were sent. `anchor` is the confirmation (or creation) time the
 * reminder counts from, so a listing confirmed again gets new reminders a year later; the primary
 * key lets several app instances run the job at once without sending twice.
 */
export const verificationReminders = pgTable(
  'verification_reminders',
  {
    listingKind: listingKind('listing_kind').notNull(),
    listingId: uuid('listing_id').notNull(),
    /** Months since the anchor: 11 or 12. */
    stage: smallint('stage').notNull(),
    anchor: timestamp('anchor', { withTimezone: true }).notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('verification_reminders_key').on(t.listingKind, t.listingId, t.stage, t.anchor)],
);

/** What a reader can say is wrong with a listing. */
export const problemReason = pgEnum('problem_reason', [
  'wrong_address',
  'wrong_phone',
  'wrong_time',
  'no_longer_exists',
  'other',
]);

/**
 * "Report a problem" from a public listing, by anyone, without an account. The reporter's e-mail is
 * optional (for an answer) and erased when the report is resolved.
 */
export const problemReports = pgTable(
  'problem_reports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    listingKind: listingKind('listing_kind').notNull(),
    listingId: uuid('listing_id').notNull(),
    associationId: uuid('association_id')
      .notNull()
      .references(() => associations.id, { onDelete: 'cascade' }),
    administrationId: uuid('administration_id')
      .notNull()
      .references(() => administrations.id),
    reason: problemReason('reason').notNull(),
    message: text('message').notNull().default(''),
    reporterEmail: text('reporter_email'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
    resolvedBy: uuid('resolved_by').references(() => users.id, { onDelete: 'set null' }),
    resolution: text('resolution'),
  },
  (t) => [
    index('problem_reports_association_idx').on(t.associationId, t.createdAt),
    index('problem_reports_administration_idx').on(t.administrationId, t.resolvedAt),
  ],
);
export type ProblemReport = typeof problemReports.$inferSelect;
