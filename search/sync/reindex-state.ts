import type postgres from 'postgres';
import type { Database } from '../../db/client';
import type { IndexNames } from '../indexes';

/**
 * A reindex in progress, recorded in `app_meta` so that every worker (in every instance) knows.
 *
 * Consistency while a reindex runs: the reindex builds new indexes from the database beside the
 * live ones and swaps them in. A change made meanwhile must reach the new indexes too, and must
 * not be overwritten there by an older copy from the bulk load. So, while the record exists, the
 * worker writes each change to the live indexes (they keep answering searches) and to the new
 * ones, and instead of deleting the outbox rows it parks them (available_at = 'infinity'). After
 * the swap, `finishReindex` deletes the record and releases the parked rows in one transaction,
 * and the worker applies those changes once more, now to the swapped-in indexes, after every bulk
 * task: whatever order the bulk load and the changes had, the last write is the current state.
 * The worker reads the record FOR SHARE, so `finishReindex` waits for every batch that saw it.
 */
export interface ReindexRecord {
  next: IndexNames;
  startedAt: string;
  /** Renewed while the reindex runs; a record not renewed for STALE_AFTER is abandoned. */
  heartbeatAt: string;
}

const STALE_AFTER = '5 minutes';

/** The `app_meta` key of the reindex record of one index prefix. */
export const reindexKey = (prefix: string) => `search_reindex:${prefix}`;

type Sql = postgres.Sql | postgres.TransactionSql;

/** The record, read FOR SHARE inside the worker's transaction; null when no reindex runs. */
export async function readReindexForShare(tx: Sql, prefix: string): Promise<ReindexRecord | null> {
  const rows = await tx<{ value: ReindexRecord | string }[]>`
    select value from app_meta where key = ${reindexKey(prefix)} for share`;
  const value = rows[0]?.value;
  // Drizzle's client may leave JSON unparsed, depending on how it was created.
  return value === undefined ? null : typeof value === 'string' ? (JSON.parse(value) as ReindexRecord) : value;
}

/** Whether a reindex of this prefix is running now (a record with a fresh heartbeat). */
export async function reindexRunning(db: Database, prefix: string): Promise<boolean> {
  const rows = await db.$client`
    select 1 from app_meta where key = ${reindexKey(prefix)}
    and (value->>'heartbeatAt')::timestamptz > now() - ${STALE_AFTER}::interval`;
  return rows.length > 0;
}

/** Records the start of a reindex into `next`. */
export async function beginReindex(db: Database, prefix: string, next: IndexNames): Promise<void> {
  const now = new Date().toISOString();
  const record: ReindexRecord = { next, startedAt: now, heartbeatAt: now };
  await db.$client`
    insert into app_meta (key, value) values (${reindexKey(prefix)}, ${JSON.stringify(record)}::jsonb)
    on conflict (key) do update set value = excluded.value, updated_at = now()`;
}

/** Renews the heartbeat of a running reindex. */
export async function heartbeat(db: Database, prefix: string): Promise<void> {
  await db.$client`
    update app_meta set value = jsonb_set(value, '{heartbeatAt}', to_jsonb(now()::text)), updated_at = now()
    where key = ${reindexKey(prefix)}`;
}

/**
 * Ends a reindex (done or failed): deletes the record and releases the parked outbox rows, in
 * one transaction that first waits for every worker batch that still sees the record.
 */
export async function finishReindex(db: Database, prefix: string): Promise<void> {
  await db.$client.begin(async (tx) => {
    await tx`delete from app_meta where key = ${reindexKey(prefix)}`;
    await tx`update search_outbox set available_at = now() where available_at = 'infinity'`;
  });
}

/** Ends a reindex whose process died (no heartbeat for STALE_AFTER); true if there was one. */
export async function clearStaleReindex(db: Database, prefix: string): Promise<boolean> {
  return db.$client.begin(async (tx) => {
    const gone = await tx`
      delete from app_meta where key = ${reindexKey(prefix)}
      and (value->>'heartbeatAt')::timestamptz <= now() - ${STALE_AFTER}::interval returning key`;
    if (gone.length === 0) return false;
    await tx`update search_outbox set available_at = now() where available_at = 'infinity'`;
    return true;
  });
}
