import type { Meilisearch } from 'meilisearch';
import type { Database } from '../../db/client';
import { drainBatch } from './drain';
import { ensureSearchReady } from './ready';
import { clearStaleReindex } from './reindex-state';

/** Where the worker reports; `console` and a pino logger both fit. */
export interface SyncLogger {
  info(message: string): void;
  warn(message: string): void;
}

export interface OutboxWorkerOptions {
  db: Database;
  client: Meilisearch;
  /** Index prefix (config MEILI_INDEX_PREFIX). */
  prefix: string;
  log?: SyncLogger;
  /** Outbox rows per transaction (default 500). */
  batchSize?: number;
  /** Pause between polls when there is nothing to do or delivery failed (default 300 ms). */
  idleMs?: number;
  /** How long to wait for Meilisearch to index one batch (default 30 s). */
  taskTimeoutMs?: number;
  /** Whether the index settings are known to be applied already (the launcher just did it). */
  settingsApplied?: boolean;
  /** Run the polling loop (default true); false gives a worker that drains only when asked (tests). */
  loop?: boolean;
}

export interface OutboxWorker {
  /** Delivers one batch; returns how many outbox rows it delivered. Throws if delivery failed. */
  drainOnce(): Promise<number>;
  /** Stops polling and waits (a few seconds at most) for the batch under way. */
  stop(): Promise<void>;
}

const WARN_EVERY_MS = 60_000;
const STALE_CHECK_EVERY_MS = 30_000;
const STOP_GRACE_MS = 5_000;

/**
 * Starts the worker that drains the search outbox into Meilisearch. Any number of workers (one
 * per app instance) can run against one database: they never deliver the same row or document at
 * the same time. While Meilisearch is unreachable the rows stay in the outbox with a backoff,
 * and a warning is logged once a minute at most; when it is back, everything is delivered.
 */
export function startOutboxWorker(options: OutboxWorkerOptions): OutboxWorker {
  const { db, client, prefix, log } = options;
  let ready = options.settingsApplied ?? false;
  let failingSince: number | undefined;
  let lastWarning = 0;
  let lastStaleCheck = 0;

  const drainOnce = async (): Promise<number> => {
    try {
      if (Date.now() - lastStaleCheck > STALE_CHECK_EVERY_MS) {
        lastStaleCheck = Date.now();
        if (await clearStaleReindex(db, prefix)) log?.warn('Søgning: en afbrudt genindeksering er ryddet op');
      }
      const delivered = await drainBatch({
        db,
        client,
        prefix,
        batchSize: options.batchSize ?? 500,
        taskTimeoutMs: options.taskTimeoutMs ?? 30_000,
        // After a failure Meilisearch may have restarted empty: check settings and contents again.
        prepare: async () => {
          if (ready) return;
          await ensureSearchReady(db, client, prefix);
          ready = true;
        },
      });
      if (failingSince !== undefined && lastWarning >= failingSince) {
        log?.info(`Søgning: ændringerne når frem igen efter ${Math.round((Date.now() - failingSince) / 1000)} s`);
      }
      failingSince = undefined;
      return delivered;
    } catch (error) {
      ready = false;
      failingSince ??= Date.now();
      if (Date.now() - lastWarning >= WARN_EVERY_MS) {
        lastWarning = Date.now();
        const reason = error instanceof Error ? error.message : String(error);
        log?.warn(`Søgning: ændringer venter i outboxen og prøves igen: ${reason}`);
      }
      throw error;
    }
  };

  let stopped = false;
  let wake: (() => void) | undefined;
  const pause = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });

  const loop = async () => {
    while (!stopped) {
      const delivered = await drainOnce().catch(() => 0);
      // A full batch means there is more: go on at once. Otherwise wait for new rows.
      if (!stopped && delivered < (options.batchSize ?? 500)) await pause(options.idleMs ?? 300);
    }
  };
  const running = options.loop === false ? Promise.resolve() : loop();

  return {
    drainOnce,
    stop: async () => {
      stopped = true;
      wake?.();
      // A batch may be waiting on Meilisearch; it is safe to abandon (its rows stay in the outbox).
      await Promise.race([running, new Promise((resolve) => setTimeout(resolve, STOP_GRACE_MS).unref())]);
    },
  };
}
