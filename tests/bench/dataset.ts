/**
 * The data every benchmark loads against: its own PostgreSQL and Meilisearch in a temporary
 * directory, the demo municipality plus `activities` synthetic activities, indexed straight from
 * the database (not through the outbox, so that the load starts on a quiet worker).
 */
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import postgres from 'postgres';
import { createDatabase } from '../../db/client';
import { runMigrations } from '../../db/migrate';
import { seedDemoData } from '../../db/seed/seed';
import { createSearchClient } from '../../search/client';
import { applySettings } from '../../search/settings/index-settings';
import { indexAll } from '../../search/sync/index-all';
import { startEmbeddedMeilisearch } from '../../src/runtime/embedded-meilisearch';
import { startEmbeddedPostgres } from '../../src/runtime/embedded-postgres';
import { withDatabase } from '../../src/runtime/services';
import { startTogether, stopAll } from '../../src/runtime/together';
import { insertSyntheticActivities } from './synthetic';

export interface BenchData {
  /** The temporary directory (the portal may keep its DATA_DIR under it). */
  dir: string;
  databaseUrl: string;
  meiliUrl: string;
  meiliKey: string;
  insertSeconds: number;
  indexSeconds: number;
  indexed: Awaited<ReturnType<typeof indexAll>>;
  /** Stops both services and deletes the directory. */
  stop(): Promise<void>;
}

/** Starts the services and fills them; on failure stops what it started before rethrowing. */
export async function prepareBenchData(activities: number, say: (line: string) => void): Promise<BenchData> {
  const dir = await mkdtemp(join(tmpdir(), 'indgang-bench-'));
  // The embedded PostgreSQL runs as its own user, which must reach the directory.
  await chmod(dir, 0o755);
  const meiliKey = 'bench-master-key-0123456789abcdef';
  const [pg, meili] = await startTogether([
    startEmbeddedPostgres({ dataDir: join(dir, 'pg'), passwordFile: join(dir, 'pgpass'), persistent: false }),
    startEmbeddedMeilisearch({ dataDir: join(dir, 'ms'), masterKey: meiliKey, persistent: false }),
  ] as const);
  const stop = async () => {
    await stopAll([pg, meili]);
    await rm(dir, { recursive: true, force: true });
  };
  try {
    const admin = postgres(pg.url, { max: 1, onnotice: () => {} });
    await admin`create database bench`;
    await admin.end();
    const databaseUrl = withDatabase(pg.url, 'bench');
    await runMigrations(databaseUrl);
    const db = createDatabase(databaseUrl, { max: 4 });
    try {
      await seedDemoData(db);
      let t0 = performance.now();
      await insertSyntheticActivities(db.$client, activities);
      // The triggers queued every new row for the worker; the benchmark indexes directly instead.
      await db.$client`delete from search_outbox`;
      await db.$client`analyze`;
      const insertSeconds = (performance.now() - t0) / 1000;
      say(`${activities} synthetic activities inserted in ${insertSeconds.toFixed(1)} s`);

      const client = createSearchClient(meili.url, meiliKey);
      await applySettings(client, '');
      t0 = performance.now();
      const indexed = await indexAll(db, client, '');
      const indexSeconds = (performance.now() - t0) / 1000;
      say(`indexed ${indexed.activities} activities, ${indexed.associations} associations, ${indexed.contacts} contacts in ${indexSeconds.toFixed(1)} s`);
      return { dir, databaseUrl, meiliUrl: meili.url, meiliKey, insertSeconds, indexSeconds, indexed, stop };
    } finally {
      await db.$client.end();
    }
  } catch (error) {
    await stop();
    throw error;
  }
}
