import type { Meilisearch } from 'meilisearch';
import type { Database } from '../../db/client';
import type { Entity } from '../documents';
import { allNames, countDocuments, type IndexNames, indexNames, nextIndexNames } from '../indexes';
import { applySettings, applySettingsTo } from '../settings/index-settings';
import { beginReindex, clearStaleReindex, finishReindex, heartbeat, reindexRunning } from './reindex-state';
import { waitSucceeded } from './tasks';
import { type BulkProgress, countPublished, writeEverything } from './write';

/** Another reindex of the same indexes is running. */
export class ReindexBusyError extends Error {
  constructor() {
    super('En anden genindeksering af søgningen kører allerede; vent til den er færdig');
    this.name = 'ReindexBusyError';
  }
}

export interface ReindexProgress {
  phase: 'prepare' | 'write' | 'wait' | 'swap' | 'done';
  /** Documents to write per entity (known from the start of the write phase). */
  total?: Record<Entity, number>;
  written?: BulkProgress;
}

const HEARTBEAT_MS = 30_000;

/**
 * Rebuilds the four indexes from the database with no downtime: builds `<name>_next` indexes
 * beside the live ones, swaps all four in at once, and deletes the old ones. The live indexes
 * answer searches throughout, and changes made meanwhile are kept (see reindex-state.ts).
 */
export async function reindex(deps: {
  db: Database;
  client: Meilisearch;
  prefix: string;
  /** Awaited between pages of the bulk load. */
  onProgress?: (p: ReindexProgress) => void | Promise<void>;
  batchSize?: number;
}): Promise<Record<Entity, number>> {
  const { db, client, prefix, onProgress } = deps;
  await clearStaleReindex(db, prefix);
  if (await reindexRunning(db, prefix)) throw new ReindexBusyError();
  await onProgress?.({ phase: 'prepare' });
  const live = indexNames(prefix);
  const next = nextIndexNames(prefix);
  await deleteIndexes(client, next); // left over by a reindex that died
  await applySettings(client, prefix); // the swap needs the live indexes to exist
  await applySettingsTo(client, next);

  await beginReindex(db, prefix, next);
  const timer = setInterval(() => void heartbeat(db, prefix).catch(() => {}), HEARTBEAT_MS);
  try {
    const total = await countPublished(db);
    await onProgress?.({ phase: 'write', total });
    const counts = await writeEverything(db, client, next, {
      batchSize: deps.batchSize,
      onProgress: (written) => onProgress?.({ phase: 'write', total, written }),
      onWait: () => void onProgress?.({ phase: 'wait', total }),
    });
    await onProgress?.({ phase: 'swap', total });
    await client
      .swapIndexes(swaps(live, next))
      .waitTask({ timeout: 120_000 })
      .then((task) => {
        if (task.status !== 'succeeded') throw new Error(`Indeksbyttet mislykkedes: ${task.error?.message ?? task.status}`);
      });
    // From here the live names hold the new documents; the changes parked meanwhile go to them.
    await finishReindex(db, prefix);
    await deleteIndexes(client, next); // the old documents, now under the _next names
    await onProgress?.({ phase: 'done', total });
    return counts;
  } catch (error) {
    // The live indexes are untouched (or already swapped); release the parked changes either way.
    await finishReindex(db, prefix).catch(() => {});
    await deleteIndexes(client, next).catch(() => {});
    throw error;
  } finally {
    clearInterval(timer);
  }
}

function swaps(live: IndexNames, next: IndexNames) {
  return (Object.keys(live) as (keyof IndexNames)[]).map((key) => ({
    indexes: [live[key], next[key]] as [string, string],
    rename: false,
  }));
}

async function deleteIndexes(client: Meilisearch, names: IndexNames): Promise<void> {
  const existing: string[] = [];
  for (const uid of allNames(names)) if ((await countDocuments(client, uid)) !== null) existing.push(uid);
  const tasks = await Promise.all(existing.map((uid) => client.deleteIndex(uid)));
  await waitSucceeded(client, tasks, 120_000);
}
