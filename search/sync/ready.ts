import type { Meilisearch } from 'meilisearch';
import type { Database } from '../../db/client';
import type { Entity } from '../documents';
import { countDocuments, INDEX_OF, indexNames } from '../indexes';
import { applySettings } from '../settings/index-settings';

/**
 * Makes the live indexes ready: creates them with their settings if missing, and when an index is
 * empty while the database has listings for it (first start, or a wiped Meilisearch data
 * directory), queues all of them in the outbox for the worker. Returns how many were queued.
 */
export async function ensureSearchReady(db: Database, client: Meilisearch, prefix: string): Promise<Record<Entity, number>> {
  await applySettings(client, prefix);
  const names = indexNames(prefix);
  const queued: Record<Entity, number> = { activity: 0, association: 0, contact: 0, session: 0 };
  for (const entity of Object.keys(queued) as Entity[]) {
    // Rows still queued will fill it (first start: the seed's); queuing again would only pile up.
    if ((await countDocuments(client, names[INDEX_OF[entity]])) !== 0 || (await anyQueued(db, entity))) continue;
    queued[entity] = await queueAll(db, entity);
  }
  return queued;
}

async function anyQueued(db: Database, entity: Entity): Promise<boolean> {
  return (await db.$client`select 1 from search_outbox where entity = ${entity} limit 1`).length > 0;
}

/**
 * Queues every published listing of one kind; the worker decides what becomes a document. An
 * installation from before advisory sessions gets its sessions index filled this way at its next start.
 */
async function queueAll(db: Database, entity: Entity): Promise<number> {
  const sql = db.$client;
  const queries: Record<Entity, () => Promise<{ count: number }>> = {
    activity: () => sql`insert into search_outbox (entity, entity_id)
      select 'activity', a.id from activities a join associations s on s.id = a.association_id
      where a.status = 'published' and s.status = 'published'`,
    association: () => sql`insert into search_outbox (entity, entity_id)
      select 'association', id from associations where status = 'published'`,
    contact: () => sql`insert into search_outbox (entity, entity_id)
      select 'contact', c.id from contacts c join associations s on s.id = c.association_id
      where c.visibility = 'public' and s.status = 'published'`,
    session: () => sql`insert into search_outbox (entity, entity_id)
      select 'session', id from advisory_sessions where status = 'published' and ends_at > now()`,
  };
  return (await queries[entity]()).count;
}
