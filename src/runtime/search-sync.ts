import { createDatabase } from '../../db/client';
import { createSearchClient } from '../../search/client';
import { ensureSearchReady } from '../../search/sync/ready';
import { startOutboxWorker } from '../../search/sync/worker';
import type { Config } from '../lib/config/config';
import type { Services } from './services';

const FIRST_FILL_TIMEOUT_MS = 120_000;

/**
 * Makes search ready at start and keeps it in sync: applies the index settings, queues every
 * listing when an index is empty (first start, wiped Meilisearch), starts the outbox worker, and
 * waits until what is queued is searchable. With Meilisearch down the portal starts anyway: search
 * falls back to PostgreSQL and the worker delivers the changes when Meilisearch is back.
 */
export async function startSearchSync(
  config: Config,
  services: Services,
  say: (line: string) => void,
): Promise<{ stop(): Promise<void> }> {
  const db = createDatabase(services.databaseUrl, { max: 3 });
  const client = createSearchClient(services.meiliUrl, services.meiliMasterKey);
  const prefix = config.MEILI_INDEX_PREFIX;
  let settingsApplied = false;
  try {
    const queued = await ensureSearchReady(db, client, prefix);
    settingsApplied = true;
    const total = Object.values(queued).reduce((sum, n) => sum + n, 0);
    if (total > 0) say(`Søgeindekset var tomt: ${total} opslag sat i kø til indeksering.`);
  } catch (error) {
    say(`Advarsel: Meilisearch svarer ikke (${error instanceof Error ? error.message : String(error)}); søgningen bruger PostgreSQL, indtil den svarer.`);
  }
  const worker = startOutboxWorker({
    db,
    client,
    prefix,
    settingsApplied,
    log: { info: say, warn: (line) => say(`Advarsel: ${line}`) },
  });
  if (settingsApplied) await waitUntilDelivered(db, say);
  return {
    stop: async () => {
      await worker.stop();
      await db.$client.end({ timeout: 2 });
    },
  };
}

/** At the first start the seed's changes are queued: serve once they are searchable. */
async function waitUntilDelivered(db: ReturnType<typeof createDatabase>, say: (line: string) => void): Promise<void> {
  const due = async () =>
    Number((await db.$client`select count(*)::int as n from search_outbox where available_at <= now()`)[0]?.n ?? 0);
  if ((await due()) === 0) return;
  const started = Date.now();
  while ((await due()) > 0 && Date.now() - started < FIRST_FILL_TIMEOUT_MS) await new Promise((r) => setTimeout(r, 200));
  say(`Søgeindekset er opdateret (${((Date.now() - started) / 1000).toFixed(1)} s).`);
}
