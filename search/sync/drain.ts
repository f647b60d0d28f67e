import type { EnqueuedTask, Meilisearch } from 'meilisearch';
import type postgres from 'postgres';
import type { Database } from '../../db/client';
import { collect, distinct } from '../documents/batches';
import { docBatches, ENTITIES, type Entity } from '../documents';
import { indexNames } from '../indexes';
import { readReindexForShare } from './reindex-state';
import { waitSucceeded } from './tasks';
import { writeChanges } from './write';

interface OutboxRow {
  /** bigint: postgres.js reads it as a string. */
  id: string;
  entity: Entity;
  entity_id: string;
}

export interface DrainOptions {
  db: Database;
  client: Meilisearch;
  prefix: string;
  /** Outbox rows per transaction. */
  batchSize: number;
  /** How long to wait for Meilisearch to index one batch before giving up and retrying later. */
  taskTimeoutMs: number;
  /** Runs once rows are taken, before anything is written (the worker checks the index settings). */
  prepare?: () => Promise<void>;
}

// Advisory lock space of the per-document locks (two-key form; 7201 and 7202 are migration and seed).
const DOCUMENT_LOCKS = 7203;

/**
 * Delivers one batch of outbox rows to Meilisearch, in one transaction:
 * 1. take up to `batchSize` due rows, skipping rows another worker holds (SKIP LOCKED);
 * 2. take a transaction lock per document, skipping documents another worker is delivering:
 *    two workers must not send two versions of one document in the wrong order;
 * 3. rebuild those documents from the database, upsert the published ones and delete the rest,
 *    and wait until Meilisearch has indexed them (so a failed task is retried, not lost);
 * 4. delete the rows (or park them while a reindex runs, see reindex-state.ts) and commit.
 * Returns the number of rows delivered. On failure the rows stay, with a backoff, and it throws.
 */
export async function drainBatch(options: DrainOptions): Promise<number> {
  const sql = options.db.$client;
  let picked: OutboxRow[] = [];
  try {
    return await sql.begin(async (tx) => {
      picked = await tx<OutboxRow[]>`
        select id, entity, entity_id from search_outbox where available_at <= now()
        order by id limit ${options.batchSize} for update skip locked`;
      if (picked.length === 0) return 0;
      await options.prepare?.();
      const reindex = await readReindexForShare(tx, options.prefix);
      const mine = await lockDocuments(tx, picked);
      const targets = reindex ? [indexNames(options.prefix), reindex.next] : [indexNames(options.prefix)];
      const tasks: EnqueuedTask[] = [];
      for (const entity of ENTITIES) {
        const ids = distinct(mine.filter((r) => r.entity === entity).map((r) => r.entity_id));
        if (ids.length === 0) continue;
        const docs = await collect(docBatches(options.db, entity, ids));
        const built = new Set(docs.map((d) => d.id));
        tasks.push(...(await writeChanges(options.client, targets, entity, docs, ids.filter((id) => !built.has(id)))));
      }
      await waitSucceeded(options.client, tasks, options.taskTimeoutMs);
      const done = mine.map((r) => r.id);
      if (reindex) await tx`update search_outbox set available_at = 'infinity' where id = any(${done}::bigint[])`;
      else await tx`delete from search_outbox where id = any(${done}::bigint[])`;
      return done.length;
    });
  } catch (error) {
    // The transaction is rolled back, so the rows are still there: push them back. A failure to
    // do so (database down too) leaves them due at once, which is also safe.
    if (picked.length > 0) await postpone(sql, picked, error).catch(() => {});
    throw error;
  }
}

/** The rows whose document this transaction could lock. */
async function lockDocuments(tx: postgres.TransactionSql, rows: OutboxRow[]): Promise<OutboxRow[]> {
  const locked = await tx<{ id: string }[]>`
    select r.id from unnest(${rows.map((r) => r.id)}::bigint[], ${rows.map((r) => r.entity)}::text[],
                            ${rows.map((r) => r.entity_id)}::uuid[]) as r(id, entity, entity_id)
    where pg_try_advisory_xact_lock(${DOCUMENT_LOCKS}, hashtext(r.entity || ':' || r.entity_id::text))`;
  const ids = new Set(locked.map((r) => String(r.id)));
  return rows.filter((r) => ids.has(String(r.id)));
}

/** Exponential backoff per row: 0.5 s, 1 s, 2 s … capped at 30 s, with jitter so instances spread out. */
async function postpone(sql: postgres.Sql, rows: OutboxRow[], error: unknown): Promise<void> {
  const message = (error instanceof Error ? error.message : String(error)).slice(0, 500);
  await sql`
    update search_outbox
    set attempts = attempts + 1,
        available_at = now() + least(interval '30 seconds', interval '500 milliseconds' * power(2, attempts))
                                * (0.8 + random() * 0.4),
        last_error = ${message}
    where id = any(${rows.map((r) => r.id)}::bigint[])`;
}
