import { chmod, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../src/runtime/ports';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { embeddedDatabaseUrl, processesUsing, spawnPortal, startPortal } from '../support/portal';
import { useTestSearch } from '../support/search';
import { createUser } from '../support/accounts';
import { TEST_REFERRAL_KEY } from '../support/constants';

/** Logs in through the real form, as a browser would: the CSRF cookie and token first, then the POST. */
async function postLogin(base: string, email: string): Promise<Response> {
  const form = await fetch(`${base}/login`);
  const cookie = (form.headers.get('set-cookie') ?? '').split(';')[0]!;
  const csrf = /name="_csrf" value="([^"]+)"/.exec(await form.text())?.[1] ?? '';
  return fetch(`${base}/login`, {
    method: 'POST',
    redirect: 'manual',
    headers: { cookie, origin: base, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ _csrf: csrf, email, password: 'test-password-1' }),
  });
}

const search = useTestSearch();
let dataDir: string;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'indgang-start-'));
  await chmod(dataDir, 0o755);
});
afterAll(async () => {
  for (const pid of await processesUsing(dataDir)) process.kill(pid, 'SIGKILL');
  await rm(dataDir, { recursive: true, force: true });
});

async function counts(dataDir: string): Promise<{ associations: number; activities: number }> {
  const sql = postgres(await embeddedDatabaseUrl(dataDir), { max: 1 });
  try {
    const [row] = await sql`select (select count(*)::int from associations) as associations,
                                   (select count(*)::int from activities) as activities`;
    return { associations: row!.associations as number, activities: row!.activities as number };
  } finally {
    await sql.end();
  }
}

describe('npm start', () => {
  it('refuses a bad PORT with one line that names it', async () => {
    const portal = spawnPortal({ PORT: 'abc', DATA_DIR: dataDir });
    expect(await portal.exited).toBe(2);
    const lines = portal.output().trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/PORT .*heltal fra 1 til 65535/);
  });

  it('starts embedded PostgreSQL and Meilisearch, seeds once, and leaves no process behind', { timeout: 600_000 }, async () => {
    const port = await freePort();
    const env = { PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir };

    const first = await startPortal(env);
    const health = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok', db: 'ok', search: 'ok' });
    const seeded = await counts(dataDir);
    expect(seeded.associations).toBeGreaterThanOrEqual(40);
    expect(seeded.activities).toBeGreaterThanOrEqual(150);
    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
    expect(await processesUsing(dataDir)).toEqual([]);

    // A second start reuses the data and seeds nothing twice.
    const second = await startPortal(env);
    expect(second.output()).toContain('Demodata findes allerede');
    expect(await counts(dataDir)).toEqual(seeded);

    // A crash: the launcher dies without stopping its children.
    second.child.kill('SIGKILL');
    await second.exited;
    expect((await processesUsing(dataDir)).length).toBeGreaterThan(0);

    // The next start still succeeds (stale postmaster.pid, Meilisearch still holding its data).
    const third = await startPortal(env);
    expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
    expect(await counts(dataDir)).toEqual(seeded);
    third.child.kill('SIGINT');
    expect(await third.exited).toBe(0);
    expect(await processesUsing(dataDir)).toEqual([]);
  });

  describe('with DATABASE_URL and MEILI_URL (production)', () => {
    let database: TestDatabase;
    beforeAll(async () => {
      database = await createTestDatabase();
    });
    afterAll(async () => {
      await database.drop();
    });

    it('spawns nothing and writes nothing under DATA_DIR', { timeout: 300_000 }, async () => {
      const port = await freePort();
      const unused = join(dataDir, 'production');
      const portal = await startPortal({
        PORT: String(port),
        HOST: '127.0.0.1',
        DATA_DIR: unused,
        DATABASE_URL: database.url,
        MEILI_URL: search.url,
        MEILI_MASTER_KEY: search.key,
        MEILI_INDEX_PREFIX: search.prefix,
        REFERRAL_KEY: TEST_REFERRAL_KEY,
        NODE_ENV: 'production',
      });
      expect(portal.output()).not.toContain('Startede indbygget');
      expect(await (await fetch(`http://127.0.0.1:${port}/healthz`)).json()).toEqual({
        status: 'ok',
        db: 'ok',
        search: 'ok',
      });
      expect(await processesUsing(unused)).toEqual([]);
      await expect(readdir(unused)).rejects.toThrow(/ENOENT/);
      // Production seeds no demo data.
      const [row] = await database.db.$client`select count(*)::int as n from associations`;
      expect(row!.n).toBe(0);

      // Production refuses demo accounts, hides the mail viewer, sends the session cookie only over HTTPS and pins HTTPS.
      const base = `http://127.0.0.1:${port}`;
      await createUser(database.db, { role: 'admin', email: 'demo@example.dk', isDemo: true });
      await createUser(database.db, { role: 'admin', email: 'rigtig@example.dk' });
      const demo = await postLogin(base, 'demo@example.dk');
      expect(demo.status).toBe(403);
      expect(await demo.text()).toContain('Demo-konti kan ikke bruges her');
      const real = await postLogin(base, 'rigtig@example.dk');
      expect(real.status).toBe(303);
      const sessionCookie = (real.headers.get('set-cookie') ?? '').split(/,(?=\s*\w+=)/).find((c) => c.trim().startsWith('indgang_session='));
      expect(sessionCookie).toMatch(/;\s*Secure/i);
      expect(sessionCookie).toMatch(/;\s*HttpOnly/i);
      expect(sessionCookie).toMatch(/;\s*SameSite=Lax/i);
      expect((await fetch(`${base}/dev/mail`)).status).toBe(404);
      // Production pins HTTPS.
      expect((await fetch(`${base}/`)).headers.get('strict-transport-security')).toMatch(/^max-age=31536000/);

      portal.child.kill('SIGTERM');
      expect(await portal.exited).toBe(0);
    });
  });
});
