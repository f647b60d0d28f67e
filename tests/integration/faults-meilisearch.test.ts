import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase, type Database } from '../../db/client';
import { createSearchClient } from '../../search/client';
import { buildActivityDocs } from '../../search/documents';
import { indexNames } from '../../search/indexes';
import { approveRevision, loadActivityValues, saveListing } from '../../src/lib/listing';
import { freePort } from '../../src/runtime/ports';
import { embeddedServices, eventually, killHard, type Portal, servicePids, startPortal, stopPortalAndLeftovers } from '../support/portal';
import { createWorld } from './listing-fixtures';

/**
 * Meilisearch dies under a running portal (issue 8): search answers from PostgreSQL, edits keep
 * working and wait in the outbox, the launcher starts Meilisearch again, and the index catches up
 * with the database. Everything real: the launcher as `npm start` runs it, its own PostgreSQL and
 * Meilisearch, killed with SIGKILL.
 */
let dataDir: string;
let base: string;
let portal: Portal | undefined;
let db: Database;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'indgang-faults-meili-'));
  await chmod(dataDir, 0o755);
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  portal = await startPortal({ PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, NODE_ENV: 'test', DEMO_DATA: 'true' });
  db = createDatabase((await embeddedServices(dataDir)).databaseUrl, { max: 2 });
}, 300_000);

afterAll(async () => {
  await db?.$client.end({ timeout: 2 });
  await stopPortalAndLeftovers(portal, dataDir);
  await rm(dataDir, { recursive: true, force: true });
}, 60_000);

async function searchApi(q: string): Promise<{ status: number; source: string; ids: string[] }> {
  const response = await fetch(`${base}/api/search?q=${encodeURIComponent(q)}`);
  const body = (await response.json()) as { source: string; hits: { id: string }[] };
  return { status: response.status, source: body.source, ids: body.hits.map((hit) => hit.id) };
}

const outboxSize = async () => Number((await db.$client`select count(*)::int as n from search_outbox`)[0]!.n);

/** Accepts connections on a port and drops them at once: Meilisearch's port while it is down. */
function holdPort(port: number): Promise<Server> {
  const server = createServer((socket) => socket.destroy());
  return new Promise((ok, fail) => server.once('error', fail).listen(port, '127.0.0.1', () => ok(server)));
}

describe('when Meilisearch dies', () => {
  it('search falls back to PostgreSQL, edits wait in the outbox, and after the restart the index equals the database', { timeout: 180_000 }, async () => {
    const services = await embeddedServices(dataDir);
    const meili = createSearchClient(services.meiliUrl, services.meiliKey);
    const [demo] = await db.$client`select name from activities where status = 'published' order by name limit 1`;
    const word = String(demo!.name).split(' ')[0]!;
    expect((await searchApi(word)).source).toBe('meilisearch');

    const { meilisearch: pid } = await servicePids(dataDir);
    await killHard(pid);
    // The launcher restarts it on the same port after a second. Holding that port keeps it down
    // for as long as the checks below take, whatever the machine's speed; its failed restart is
    // part of what is tested (the supervisor backs off and tries again).
    const held = await holdPort(Number(new URL(services.meiliUrl).port));
    try {
      const fallback = await searchApi(word);
      expect(fallback.status).toBe(200);
      expect(fallback.source).toBe('postgres');
      expect(fallback.ids.length).toBeGreaterThan(0);
      const page = await fetch(`${base}/soeg?q=${encodeURIComponent(word)}`);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain(String(demo!.name));

      // An association's change, approved by its administration, while search is down.
      const world = await createWorld(db);
      const live = (await loadActivityValues(db, world.activity.id))!;
      const { revisionId } = await saveListing(db, { kind: 'activity', listingId: world.activity.id, values: { ...live, name: 'Sorggruppe i Sydhavnen' }, actor: world.member });
      await approveRevision(db, { revisionId: revisionId!, reviewer: world.reviewer });
      expect(await outboxSize()).toBeGreaterThan(0);
      // PostgreSQL answers with the change at once.
      expect((await searchApi('Sorggruppe i Sydhavnen')).ids).toContain(world.activity.id);
      await eventually(async () => expect(portal!.output()).toContain('Meilisearch kunne ikke genstartes'), 30_000);

      await new Promise<void>((r) => held.close(() => r()));
      await eventually(async () => expect(portal!.output()).toContain('Meilisearch kører igen.'), 60_000);
      expect((await servicePids(dataDir)).meilisearch).not.toBe(pid);

      await eventually(async () => expect(await outboxSize()).toBe(0), 90_000, 500);
      const indexed = await meili.index(indexNames('').activities).getDocuments<{ id: string; name: string }>({ fields: ['id', 'name'], limit: 100_000 });
      const docs = await buildActivityDocs(db);
      expect(new Set(indexed.results.map((d) => d.id))).toEqual(new Set(docs.map((d) => d.id)));
      expect(indexed.results.find((d) => d.id === world.activity.id)?.name).toBe('Sorggruppe i Sydhavnen');
      // And search is Meilisearch's again (after its few seconds' pause following the failure).
      await eventually(async () => expect((await searchApi('Sorggruppe i Sydhavnen')).source).toBe('meilisearch'), 30_000, 1_000);
      expect(portal!.child.exitCode).toBeNull();
    } finally {
      if (held.listening) held.close();
    }
  });
});
