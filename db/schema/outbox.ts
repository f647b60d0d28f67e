import { bigserial, index, integer, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** The kinds of search documents; one Meilisearch index each. */
export const searchEntity = pgEnum('search_entity', ['activity', 'association', 'contact', 'session']);

/**
 * Transactional outbox for the search indexes: a row says "document <entity>/<entityId> may have
 * changed". Database triggers (migration 0001) write the rows in the same transaction as the change,
 * so no change can be committed without its row; the worker in `search/sync/` drains them to
 * Meilisearch and deletes them. A row carries no document data: the worker rebuilds the document
 * from the database, so replaying a row twice is harmless.
 */
export const searchOutbox = pgTable(
  'search_outbox',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    entity: searchEntity('entity').notNull(),
    entityId: uuid('entity_id').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    /** Failed deliveries so far; drives the backoff. */
    attempts: integer('attempts').notNull().default(0),
    /** The row is not picked up before this time (backoff after a failure). */
    availableAt: timestamp('available_at', { withTimezone: true }).notNull().defaultNow(),
    lastError: text('last_error'),
  },
  (t) => [index('search_outbox_available_idx').on(t.availableAt, t.id)],
);
export type SearchOutboxRow = typeof searchOutbox.$inferSelect;
