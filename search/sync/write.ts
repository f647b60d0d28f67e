import type { EnqueuedTask, Meilisearch } from 'meilisearch';
import type { Database } from '../../db/client';
import { docBatches, ENTITIES, type Entity } from '../documents';
import { INDEX_OF, type IndexNames } from '../indexes';
import { waitSucceeded } from './tasks';

/** Documents written per Meilisearch request in bulk loads. */
export const BULK_BATCH = 5_000;

/**
 * Upserts the documents of some ids of one entity and deletes the ids that have no document (no
 * longer published, deleted, internal) from each of the given index sets. Returns the enqueued
 * tasks. Idempotent: document ids are the database ids, so repeating it is harmless.
 */
export async function writeChanges(
  client: Meilisearch,
  targets: readonly IndexNames[],
  entity: Entity,
  docs: readonly { id: string }[],
  removed: readonly string[],
): Promise<EnqueuedTask[]> {
  const requests = targets.flatMap((names) => {
    const index = client.index(names[INDEX_OF[entity]]);
    return [
      docs.length > 0 ? index.addDocuments([...docs] as Record<string, unknown>[], { primaryKey: 'id' }) : undefined,
      removed.length > 0 ? index.deleteDocuments([...removed]) : undefined,
    ];
  });
  return Promise.all(requests.filter((r) => r !== undefined));
}

/** How far a bulk load has come, for progress bars. */
export interface BulkProgress {
  entity: Entity;
  written: number;
}

/**
 * Writes every published listing from the database into the given indexes, page by page, then
 * waits until Meilisearch has indexed all of it. Pages are enqueued without waiting for each, so
 * Meilisearch batches them; the wait at the end has a generous timeout for 100 000 documents.
 */
export async function writeEverything(
  db: Database,
  client: Meilisearch,
  names: IndexNames,
  options: {
    batchSize?: number;
    /** Awaited: a caller may hold the load up (tests make a change at a known point). */
    onProgress?: (p: BulkProgress) => void | Promise<void>;
    onWait?: () => void;
    timeoutMs?: number;
  } = {},
): Promise<Record<Entity, number>> {
  const counts: Record<Entity, number> = { activity: 0, association: 0, contact: 0, session: 0 };
  const tasks: EnqueuedTask[] = [];
  for (const entity of ENTITIES) {
    const index = client.index(names[INDEX_OF[entity]]);
    for await (const docs of docBatches(db, entity, undefined, options.batchSize ?? BULK_BATCH)) {
      tasks.push(await index.addDocuments(docs as unknown as Record<string, unknown>[], { primaryKey: 'id' }));
      counts[entity] += docs.length;
      await options.onProgress?.({ entity, written: counts[entity] });
    }
  }
  options.onWait?.();
  await waitSucceeded(client, tasks, options.timeoutMs ?? 30 * 60_000);
  return counts;
}

/** How many documents a full load will write, per entity (for a progress bar's total). */
export async function countPublished(db: Database): Promise<Record<Entity, number>> {
  const [row] = await db.$client<Record<Entity, number>[]>`
    select
      (select count(*)::int from activities a join associations s on s.id = a.association_id
        where a.status = 'published' and s.status = 'published') as activity,
      (select count(*)::int from associations where status = 'published') as association,
      (select count(*)::int from contacts c join associations s on s.id = c.association_id
        left join activities a on a.id = c.activity_id
        where c.visibility = 'public' and s.status = 'published' and (c.activity_id is null or a.status = 'published')) as contact,
      (select count(*)::int from advisory_sessions where status = 'published' and ends_at > now()) as session`;
  return row ?? { activity: 0, association: 0, contact: 0, session: 0 };
}
