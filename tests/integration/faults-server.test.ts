import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase, type Database } from '../../db/client';
import { freePort } from '../../src/runtime/ports';
import { alive, embeddedServices, eventually, killHard, type Portal, servicePids, startPortal, stopPortalAndLeftovers } from '../support/portal';
import { type ReferralSender, referralSender } from './faults-fixtures';

/**
 * The server dies in the middle of referral submissions (issue 8): the launcher is killed with
 * SIGKILL while they are in flight, started again on the same data, and the case system retries
 * with the same Idempotency-Keys. No referral is half there, and each key makes exactly one.
 */
let dataDir: string;
let base: string;
let env: Record<string, string>;
let portal: Portal | undefined;
let db: Database | undefined;
let sender: ReferralSender;
const output: string[] = [];

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'indgang-faults-server-'));
  await chmod(dataDir, 0o755);
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  env = { PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, NODE_ENV: 'test', DEMO_DATA: 'true' };
  portal = await startPortal(env);
  db = createDatabase((await embeddedServices(dataDir)).databaseUrl, { max: 2 });
  sender = await referralSender(db, () => base);
}, 300_000);

afterAll(async () => {
  if (process.env.FAULTS_PORTAL_LOG) await writeFile(process.env.FAULTS_PORTAL_LOG, [...output, portal?.output() ?? ''].join('\n'));
  await db?.$client.end({ timeout: 2 });
  await stopPortalAndLeftovers(portal, dataDir);
  await rm(dataDir, { recursive: true, force: true });
}, 60_000);

describe('when the server is killed during referral submissions', () => {
  it('leaves no partial referral, and the retry with the same key makes exactly one', { timeout: 300_000 }, async () => {
    // Eight workers submit one referral after another until the server dies, so that whenever the
    // kill lands, submissions are under way (a fixed batch could all be done first on a fast machine).
    const keys: string[] = [];
    let killed = false;
    const worker = async (w: number) => {
      const answers: Awaited<ReturnType<ReferralSender['submit']>>[] = [];
      for (let i = 0; !killed && i < 200; i++) {
        const key = `afbrudt-${w}-${i}`;
        keys.push(key);
        answers.push(await sender.submit(key));
      }
      return answers;
    };
    const inFlight = Promise.all(Array.from({ length: 8 }, (_, w) => worker(w)));
    // Kill once a few are stored: others are under way at that moment.
    await eventually(async () => expect((await sender.stored(db!)).size).toBeGreaterThan(3), 60_000, 5);
    const before = await servicePids(dataDir);
    killed = true;
    await killHard(portal!.child.pid!);
    const during = (await inFlight).flat();
    expect(during.some((s) => s.status === 0), 'some submissions were cut off').toBe(true);
    await db!.$client.end({ timeout: 2 });
    output.push(portal!.output());

    // PostgreSQL and Meilisearch outlive their launcher; the next start clears them away and starts its own.
    expect(alive(before.postgres) && alive(before.meilisearch)).toBe(true);
    portal = await startPortal(env);
    const after = await servicePids(dataDir);
    expect(alive(before.postgres) || alive(before.meilisearch)).toBe(false);
    expect(after.postgres).not.toBe(before.postgres);
    db = createDatabase((await embeddedServices(dataDir)).databaseUrl, { max: 2 });

    // Whole or absent: every stored referral has its first event and its mails.
    const stored = await sender.stored(db);
    expect(stored.size).toBeGreaterThan(0);
    const mails = [...stored.values()][0]![0]!.mails;
    expect(mails).toBeGreaterThan(0);
    for (const [key, referrals] of stored) expect(referrals, key).toEqual([expect.objectContaining({ events: 1, mails })]);
    for (const s of during) if (s.status === 201) expect(stored.has(s.key), s.key).toBe(true);

    // The case system retries every key: those stored answer 200 with the same referral, the rest 201.
    const retried = await Promise.all(keys.map((key) => sender.submit(key)));
    for (const r of retried) {
      expect(r.status, `${r.key}: ${r.body}`).toBe(stored.has(r.key) ? 200 : 201);
      if (stored.has(r.key)) expect(JSON.parse(r.body).id).toBe(stored.get(r.key)![0]!.id);
    }
    const final = await sender.stored(db);
    for (const key of keys) expect(final.get(key), key).toEqual([expect.objectContaining({ events: 1, mails })]);
  });
});
