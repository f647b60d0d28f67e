import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import postgres from 'postgres';
import type { TestProject } from 'vitest/node';
import { runMigrations } from '../../db/migrate';
import { startEmbeddedMeilisearch } from '../../src/runtime/embedded-meilisearch';
import { startEmbeddedPostgres } from '../../src/runtime/embedded-postgres';
import { withDatabase } from '../../src/runtime/services';
import { startTogether, stopAll } from '../../src/runtime/together';
import { TEMPLATE_DATABASE } from './constants';


declare module 'vitest' {
  export interface ProvidedContext {
    /** URL of the test server's `postgres` database (superuser). */
    postgresUrl: string;
    meiliUrl: string;
    meiliKey: string;
  }
}

/**
 * Starts a real PostgreSQL and a real Meilisearch for the integration tests, the same way
 * `npm start` does, in temporary directories on free ports; migrates a template database once.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dir = await mkdtemp(join(tmpdir(), 'indgang-test-'));
  // mkdtemp makes the directory 0700; as root, PostgreSQL runs as the postgres user, who must enter it.
  await chmod(dir, 0o755);
  const meiliKey = 'test-master-key-0123456789abcdef';
  const [pg, meili] = await startTogether([
    startEmbeddedPostgres({ dataDir: join(dir, 'postgres'), passwordFile: join(dir, 'pgpass'), persistent: false }),
    startEmbeddedMeilisearch({ dataDir: join(dir, 'meilisearch'), masterKey: meiliKey, persistent: false }),
  ] as const).catch(async (error: unknown) => {
    await rm(dir, { recursive: true, force: true });
    throw error;
  });

  const admin = postgres(pg.url, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${TEMPLATE_DATABASE}`);
  await admin.end();
  await runMigrations(withDatabase(pg.url, TEMPLATE_DATABASE));

  project.provide('postgresUrl', pg.url);
  project.provide('meiliUrl', meili.url);
  project.provide('meiliKey', meiliKey);

  return async () => {
    await stopAll([pg, meili]);
    await rm(dir, { recursive: true, force: true });
  };
}
