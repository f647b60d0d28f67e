/**
 * `npm run bench:review [-- --approvals 20]`
 *
 * How long an approved change takes to be searchable (the target: within 5 seconds), on
 * the demo municipality with the outbox worker as `npm start` runs it. Each round changes a
 * published activity's time, approves it as the responsible coordinator would, and polls
 * Meilisearch every 20 ms until the activity's document has the new time. Prints figures; never
 * fails on a slow machine (a timing is a measurement, not a test).
 */
import { chmod, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import postgres from 'postgres';
import { createDatabase } from '../../db/client';
import { runMigrations } from '../../db/migrate';
import { seedDemoData } from '../../db/seed/seed';
import { createSearchClient } from '../../search/client';
import { indexNames } from '../../search/indexes';
import { ensureSearchReady } from '../../search/sync/ready';
import { startOutboxWorker } from '../../search/sync/worker';
import { approveRevision, loadActivityValues, saveListing } from '../../src/lib/listing';
import { startEmbeddedMeilisearch } from '../../src/runtime/embedded-meilisearch';
import { startEmbeddedPostgres } from '../../src/runtime/embedded-postgres';
import { withDatabase } from '../../src/runtime/services';
import { startTogether, stopAll } from '../../src/runtime/together';
import { sessionFor } from '../support/accounts';

const { values } = parseArgs({ options: { approvals: { type: 'string', default: '20' } } });
const ROUNDS = Number(values.approvals);
const say = (line: string) => console.log(`[bench] ${line}`);

async function main(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'indgang-bench-review-'));
  await chmod(dir, 0o755);
  const key = 'bench-master-key-0123456789abcdef';
  const [pg, meili] = await startTogether([
    startEmbeddedPostgres({ dataDir: join(dir, 'pg'), passwordFile: join(dir, 'pgpass'), persistent: false }),
    startEmbeddedMeilisearch({ dataDir: join(dir, 'ms'), masterKey: key, persistent: false }),
  ] as const);
  try {
    const admin = postgres(pg.url, { max: 1, onnotice: () => {} });
    await admin`create database bench`;
    await admin.end();
    const url = withDatabase(pg.url, 'bench');
    await runMigrations(url);
    const db = createDatabase(url, { max: 4 });
    await seedDemoData(db);
    const client = createSearchClient(meili.url, key);
    await ensureSearchReady(db, client, '');
    // The worker exactly as the launcher starts it (default idle time and batch size).
    const worker = startOutboxWorker({ db, client, prefix: '', settingsApplied: true, log: { info: () => {}, warn: say } });
    const drained = async () => Number((await db.$client`select count(*)::int as n from search_outbox`)[0]?.n) === 0;
    while (!(await drained())) await new Promise((r) => setTimeout(r, 200));

    const [row] = await db.$client`
      select a.id, m.user_id as member, c.id as coordinator from activities a
      join association_memberships m on m.association_id = a.association_id
      join users c on c.administration_id = a.administration_id and c.role = 'coordinator'
      where a.status = 'published' and exists (select 1 from schedules s where s.activity_id = a.id) limit 1`;
    const member = (await sessionFor(db, row!.member as string)).user;
    const coordinator = (await sessionFor(db, row!.coordinator as string)).user;
    const activityId = row!.id as string;
    const docs = client.index(indexNames('').activities);

    const took: number[] = [];
    for (let round = 0; round < ROUNDS; round += 1) {
      const live = (await loadActivityValues(db, activityId))!;
      const opensAt = `0${6 + (round % 3)}:${String((round * 5) % 60).padStart(2, '0')}`.slice(-5);
      const values = { ...live, schedules: live.schedules.map((s, i) => (i === 0 ? { ...s, opensAt } : s)) };
      const { revisionId } = await saveListing(db, { kind: 'activity', listingId: activityId, values, actor: member });
      const started = performance.now();
      await approveRevision(db, { revisionId: revisionId!, reviewer: coordinator });
      const expected = opensAt.replace(':', '.').replace(/^0/, '');
      for (;;) {
        const doc = await docs.getDocument(activityId).catch(() => null);
        if ((doc?.when as string[] | undefined)?.some((w) => w.includes(expected))) break;
        if (performance.now() - started > 60_000) throw new Error('the change did not reach search within 60 s');
        await new Promise((r) => setTimeout(r, 20));
      }
      took.push(performance.now() - started);
    }
    await worker.stop();
    await db.$client.end();
    const sorted = [...took].sort((a, b) => a - b);
    const pick = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
    say(`approved change → searchable, ${ROUNDS} approvals: p50 ${(pick(0.5) / 1000).toFixed(2)} s, p95 ${(pick(0.95) / 1000).toFixed(2)} s, max ${(sorted.at(-1)! / 1000).toFixed(2)} s (target: 5 s)`);
  } finally {
    await stopAll([pg, meili]);
  }
}

await main();
