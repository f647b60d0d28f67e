import type { Database } from '../../db/client';

/** The `app_meta` key holding the end of the window the last run covered. */
export const EXPIRED_SESSIONS_KEY = 'search_sessions_expired_until';

/** How often the portal runs `queueEndedSessions` (src/runtime/jobs.ts). */
export const EXPIRE_SESSIONS_EVERY_MS = 10 * 60 * 1000;

/**
 * Queues the advisory sessions that have ended since the last run, so that the outbox worker
 * removes them from the search index: nothing in the database changes when a session ends, so no
 * trigger fires. (Until then searches leave them out by their `endsAt`; this keeps the index and
 * its counts clean.) The first run looks one day back.
 *
 * Safe in several instances at once and harmless to repeat: the window's end is kept in
 * `app_meta` under a row lock, and a session queued twice is only deleted from the index twice.
 * Returns the number of sessions queued.
 */
export async function queueEndedSessions(db: Database): Promise<number> {
  return db.$client.begin(async (tx) => {
    await tx`
      insert into app_meta (key, value) values (${EXPIRED_SESSIONS_KEY}, to_jsonb(now() - interval '1 day'))
      on conflict (key) do nothing`;
    const [mark] = await tx<{ since: string }[]>`
      select value #>> '{}' as since from app_meta where key = ${EXPIRED_SESSIONS_KEY} for update`;
    const queued = await tx`
      insert into search_outbox (entity, entity_id)
      select 'session', id from advisory_sessions
      where status = 'published' and ends_at > ${mark!.since}::timestamptz and ends_at <= now()`;
    // A run that waited for another's lock started earlier than it: never move the mark back.
    await tx`
      update app_meta set value = to_jsonb(greatest(now(), (value #>> '{}')::timestamptz)), updated_at = now()
      where key = ${EXPIRED_SESSIONS_KEY}`;
    return queued.count;
  });
}
