/**
 * `npm run bench:backup`: backup and restore of the demo data plus 100 000 synthetic activities on
 * a throw-away embedded PostgreSQL. Prints times and sizes; not a test (no target fails a run).
 */
import { chmod, mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import postgres from 'postgres';
import { createDatabase } from '../../db/client';
import { runMigrations } from '../../db/migrate';
import { seedDemoData } from '../../db/seed/seed';
import { restoreBackup, writeBackup } from '../../src/lib/backup';
import { startEmbeddedPostgres } from '../../src/runtime/embedded-postgres';
import { withDatabase } from '../../src/runtime/services';
import { insertSyntheticActivities } from './synthetic';

const { values } = parseArgs({ options: { activities: { type: 'string', default: '100000' } } });
const N = Number(values.activities);
const say = (line: string) => console.log(`[bench:backup] ${line}`);
const seconds = (t0: number) => ((performance.now() - t0) / 1000).toFixed(1);

const dir = await mkdtemp(join(tmpdir(), 'indgang-bench-backup-'));
await chmod(dir, 0o755);
const pg = await startEmbeddedPostgres({ dataDir: join(dir, 'pg'), passwordFile: join(dir, 'pgpass'), persistent: false });
try {
  const admin = postgres(pg.url, { max: 1, onnotice: () => {} });
  await admin`create database source`;
  await admin`create database target`;
  await admin.end();
  const sourceUrl = withDatabase(pg.url, 'source');
  await runMigrations(sourceUrl);
  const db = createDatabase(sourceUrl, { max: 4 });
  await seedDemoData(db);
  await insertSyntheticActivities(db.$client, N);
  await db.$client`delete from search_outbox`;
  await db.$client.end();

  const file = join(dir, 'backup.gz');
  const source = postgres(sourceUrl, { max: 1, onnotice: () => {} });
  let t0 = performance.now();
  const manifest = await writeBackup(source, file);
  const rows = manifest.tables.reduce((sum, t) => sum + t.rows, 0);
  const [size] = await source<{ size: string }[]>`select pg_size_pretty(pg_database_size(current_database())) as size`;
  await source.end();
  say(`backup: ${rows} rows in ${manifest.tables.length} tables (database ${size!.size}) in ${seconds(t0)} s, file ${((await stat(file)).size / 1e6).toFixed(1)} MB`);

  const target = postgres(withDatabase(pg.url, 'target'), { max: 1, onnotice: () => {} });
  t0 = performance.now();
  await restoreBackup(target, file);
  say(`restore into an empty database (migrations, load, checks): ${seconds(t0)} s`);
  await target.end();
} finally {
  await pg.stop();
  await rm(dir, { recursive: true, force: true });
}
