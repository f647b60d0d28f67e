import { appendFile, chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase, type Database } from '../../db/client';
import { freePort } from '../../src/runtime/ports';
import { embeddedServices, eventually, killHard, type Portal, servicePids, startPortal, stopPortalAndLeftovers } from '../support/portal';
import { type ReferralSender, referralSender, type Submission } from './faults-fixtures';

/**
 * PostgreSQL dies under a running portal (issue 8): requests meanwhile get a friendly 503, the
 * launcher starts PostgreSQL again, the app reconnects by itself, and a referral sent at the
 * moment of the kill is stored whole or not at all. The real launcher, its own PostgreSQL, SIGKILL.
 */
let dataDir: string;
let base: string;
let portal: Portal | undefined;
let db: Database;
let sender: ReferralSender;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'indgang-faults-pg-'));
  await chmod(dataDir, 0o755);
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  portal = await startPortal({ PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, NODE_ENV: 'test', DEMO_DATA: 'true' });
  db = createDatabase((await embeddedServices(dataDir)).databaseUrl, { max: 2 });
  sender = await referralSender(db, () => base);
}, 300_000);

afterAll(async () => {
  if (process.env.FAULTS_PORTAL_LOG) await writeFile(process.env.FAULTS_PORTAL_LOG, portal?.output() ?? '');
  await db?.$client.end({ timeout: 2 });
  await stopPortalAndLeftovers(portal, dataDir);
  await rm(dataDir, { recursive: true, force: true });
}, 60_000);

/** Pages in Danish and in English and the health check, which all need the database. */
const probes: { path: string; api: boolean }[] = [
  { path: '/', api: false },
  { path: '/en', api: false },
  { path: '/foreninger', api: false },
  { path: '/healthz', api: true },
];
/** Search needs the database only for its reference data, cached for a minute: it may keep answering from Meilisearch. */
const searches = ['/soeg?q=besøg', '/api/search?q=besøg'];

/** What a user must never see: the driver's words, SQL, or a stack trace. */
function expectNothingTechnical(body: string, what: string): void {
  expect.soft(body, what).not.toMatch(/ECONNREFUSED/);
  expect.soft(body, what).not.toMatch(/postgres/i);
  expect.soft(body, what).not.toMatch(/\bselect\b[^<>]*\bfrom\b/i);
  expect.soft(body, what).not.toMatch(/^\s*at .+:\d+:\d+\)?$/m);
}

describe('when PostgreSQL dies', () => {
  it('answers 503 meanwhile, reconnects by itself after the restart, and leaves no half-written referral', { timeout: 180_000 }, async () => {
    for (const path of [...probes.map((p) => p.path), ...searches]) expect((await fetch(`${base}${path}`)).status, path).toBe(200);
    const baseline = await sender.submit('foer-nedbrud');
    expect(baseline.status).toBe(201);
    const mailsPerReferral = (await sender.stored(db)).get('foer-nedbrud')![0]!.mails;
    expect(mailsPerReferral).toBeGreaterThan(0);

    // The launcher restarts PostgreSQL a second after it dies. A line PostgreSQL cannot read in
    // its configuration makes that restart fail until the line is gone, so the outage lasts as
    // long as the checks below need, and the supervisor's backoff after a failed start is tested too.
    const autoConf = join(dataDir, 'postgres', 'postgresql.auto.conf');
    const original = await readFile(autoConf, 'utf8');
    await appendFile(autoConf, '\nthis line is not a setting\n');
    try {
      // Referrals in flight at the moment of the kill: kill as soon as the first is stored.
      const keys = Array.from({ length: 10 }, (_, i) => `under-nedbrud-${i}`);
      const inFlight = Promise.all(keys.map((key) => sender.submit(key)));
      await eventually(async () => expect((await sender.stored(db)).size).toBeGreaterThan(1), 20_000, 5);
      await killHard((await servicePids(dataDir)).postgres);
      const during: Submission[] = await inFlight;

      await eventually(async () => expect(portal!.output()).toContain('PostgreSQL kunne ikke genstartes'), 30_000);
      // Soft: every broken promise of the outage answer is reported, and the recovery is still checked.
      for (const { path, api } of probes) {
        const response = await fetch(`${base}${path}`);
        const body = await response.text();
        expect.soft(response.status, path).toBe(503);
        expect.soft(response.headers.get('retry-after') ?? '', path).toMatch(/^\d+$/);
        if (api) expect.soft(response.headers.get('content-type') ?? '', path).toMatch(/application\/json/);
        expectNothingTechnical(body, path);
      }
      for (const path of searches) {
        const response = await fetch(`${base}${path}`);
        expect.soft([200, 503], path).toContain(response.status);
        expectNothingTechnical(await response.text(), path);
      }
      const refused = await sender.submit('under-nedbrud-afvist');
      expect.soft(refused.status, 'POST /api/referrals').toBe(503);
      expectNothingTechnical(refused.body, 'POST /api/referrals');

      await writeFile(autoConf, original);
      await eventually(async () => expect(portal!.output()).toContain('PostgreSQL kører igen.'), 60_000);
      for (const path of [...probes.map((p) => p.path), ...searches]) await eventually(async () => expect((await fetch(`${base}${path}`)).status, path).toBe(200), 30_000);
      // The same launcher: the app was not restarted.
      expect(portal!.child.exitCode).toBeNull();
      expect((await embeddedServices(dataDir)).launcher).toBe(portal!.child.pid);

      // Whole or absent: every stored referral has its first event and its mails; every 201 was stored.
      const stored = await eventually(() => sender.stored(db), 10_000);
      for (const submission of during) {
        const found = stored.get(submission.key) ?? [];
        if (submission.status === 201) expect(found, submission.key).toHaveLength(1);
        for (const referral of found) expect(referral).toMatchObject({ events: 1, mails: mailsPerReferral });
      }
      expect(stored.has('under-nedbrud-afvist')).toBe(false);

      // The case system retries what failed: exactly one referral per key.
      const retried = await Promise.all(keys.map((key) => sender.submit(key)));
      for (const r of retried) expect([200, 201], `${r.key}: ${r.body}`).toContain(r.status);
      const after = await sender.stored(db);
      for (const key of keys) expect(after.get(key), key).toEqual([expect.objectContaining({ events: 1, mails: mailsPerReferral })]);
    } finally {
      await writeFile(autoConf, original);
    }
  });
});
