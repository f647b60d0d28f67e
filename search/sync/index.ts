/**
 * Keeping Meilisearch in step with the database: the outbox worker, the first fill, the full
 * bulk load and the reindex with no downtime. See docs/decisions/007-search-outbox.md.
 */
export { EXPIRE_SESSIONS_EVERY_MS, queueEndedSessions } from './expire-sessions';
export { indexAll } from './index-all';
export { ensureSearchReady } from './ready';
export { ReindexBusyError, reindex, type ReindexProgress } from './reindex';
export { SearchTaskError, waitSucceeded } from './tasks';
export { startOutboxWorker, type OutboxWorker, type OutboxWorkerOptions, type SyncLogger } from './worker';
export { countPublished, writeEverything } from './write';
