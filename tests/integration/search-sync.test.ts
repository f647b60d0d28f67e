import { eq, sql } from 'drizzle-orm';
import type { Meilisearch } from 'meilisearch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activities, associations, contacts } from '../../db/schema';
import { seedDemoData } from '../../db/seed/seed';
import { createSearchClient } from '../../search/client';
import { buildActivityDocs, buildAssociationDocs, buildContactDocs, buildSessionDocs } from '../../search/documents';
import { indexNames } from '../../search/indexes';
import { applySettings } from '../../search/settings/index-settings';
import { type OutboxWorker, startOutboxWorker } from '../../search/sync/worker';
import { freePort } from '../../src/runtime/ports';
import { useTestDatabase } from '../support/database';
import { createActivity, createAssociation } from '../support/fixtures';
import { useTestSearch } from '../support/search';

const t = useTestDatabase();
const search = useTestSearch();
const names = indexNames(search.prefix);
let worker: OutboxWorker | undefined;

/**
 * Polls until `check` passes; fails with its last error after `ms`. Returns the time it took.
 * The promise of the issue is 5 s, and the tests about it say so; the others allow for a test
 * machine busy with other test files sharing the one Meilisearch.
 */
async function eventually(check: () => Promise<void>, ms = 15_000): Promise<number> {
  const started = Date.now();
  for (;;) {
    try {
      await check();
      return Date.now() - started;
    } catch (error) {
      if (Date.now() - started > ms) throw error;
      await new Promise((r) => setTimeout(r, 50));
    }
  }
}

const startWorker = (client: Meilisearch = search.client, batchSize = 500) =>
  startOutboxWorker({ db: t.db, client, prefix: search.prefix, idleMs: 100, batchSize, log: console });

async function outboxSize(): Promise<number> {
  const [row] = await t.db.$client`select count(*)::int as n from search_outbox`;
  return row!.n as number;
}

async function indexedIds(uid: string): Promise<string[]> {
  const { results } = await search.client.index(uid).getDocuments({ limit: 10_000, fields: ['id'] });
  return results.map((d) => String(d.id)).sort();
}

async function document(uid: string, id: string): Promise<Record<string, unknown> | null> {
  return search.client
    .index(uid)
    .getDocument(id)
    .catch(() => null);
}

/** The indexes hold exactly the documents the database gives, field for field. */
async function expectIndexesToEqualDatabase(): Promise<void> {
  for (const [uid, docs] of [
    [names.activities, await buildActivityDocs(t.db)],
    [names.associations, await buildAssociationDocs(t.db)],
    [names.contacts, await buildContactDocs(t.db)],
    [names.sessions, await buildSessionDocs(t.db)],
  ] as const) {
    expect(await indexedIds(uid)).toEqual(docs.map((d) => d.id).sort());
    const { results } = await search.client.index(uid).getDocuments({ limit: 10_000 });
    const byId = new Map(results.map((d) => [String(d.id), d]));
    for (const doc of docs) expect(byId.get(doc.id)).toEqual(JSON.parse(JSON.stringify(doc)));
  }
}

beforeAll(async () => {
  await seedDemoData(t.db, { password: 'test' });
  await applySettings(search.client, search.prefix);
  worker = startWorker();
  await eventually(async () => expect(await outboxSize()).toBe(0), 30_000);
});

afterAll(async () => {
  await worker?.stop();
});

describe('search sync through the outbox', () => {
  it('delivers the demo data written by the seed: the indexes equal the database', async () => {
    await expectIndexesToEqualDatabase();
    expect((await indexedIds(names.activities)).length).toBeGreaterThanOrEqual(150);
  });

  it('makes a new activity searchable (how fast: printed here and measured by npm run bench:review)', async () => {
    const association = await createAssociation(t.db, { name: 'Natugleforeningen' });
    const activity = await createActivity(t.db, association, { name: 'Kaffeklub for søvnløse natugler' });
    const took = await eventually(async () => {
      const { hits } = await search.client.index(names.activities).search('søvnløse natugler');
      expect(hits.map((h) => h.id)).toContain(activity.id);
    }, 30_000);
    console.log(`[search-sync] a new activity was searchable after ${took} ms`);
  });

  it('shows a rename', async () => {
    const association = await createAssociation(t.db);
    const activity = await createActivity(t.db, association, { name: 'Strikkecafé i kælderen' });
    await eventually(async () => expect(await document(names.activities, activity.id)).not.toBeNull());
    await t.db.update(activities).set({ name: 'Hæklecafé på loftet' }).where(eq(activities.id, activity.id));
    const took = await eventually(async () => {
      const { hits } = await search.client.index(names.activities).search('hæklecafé loftet');
      expect(hits.find((h) => h.id === activity.id)?.name).toBe('Hæklecafé på loftet');
    }, 30_000);
    console.log(`[search-sync] a renamed activity was found by its new name after ${took} ms`);
  });

  it('removes an activity that is paused, and the association of an unpublished one no longer lists it', async () => {
    const association = await createAssociation(t.db);
    const activity = await createActivity(t.db, association, { name: 'Sommerhold der holder pause' });
    await eventually(async () => expect(await document(names.activities, activity.id)).not.toBeNull());
    await t.db.update(activities).set({ status: 'paused' }).where(eq(activities.id, activity.id));
    await eventually(async () => {
      expect(await document(names.activities, activity.id)).toBeNull();
      expect((await document(names.associations, association.id))?.activityNames).toEqual([]);
    });
  });

  it("updates the association name in its activities' documents when the association is renamed", async () => {
    const [association] = await t.db.select().from(associations).where(eq(associations.status, 'published')).limit(1);
    const own = await t.db.select({ id: activities.id }).from(activities).where(eq(activities.associationId, association!.id));
    await t.db.update(associations).set({ name: 'Omdøbt Forening' }).where(eq(associations.id, association!.id));
    await eventually(async () => {
      for (const { id } of own) {
        const doc = await document(names.activities, id);
        if (doc) expect(doc.associationName).toBe('Omdøbt Forening');
      }
      expect((await document(names.associations, association!.id))?.name).toBe('Omdøbt Forening');
    });
  });

  it('never indexes an internal contact', async () => {
    const association = await createAssociation(t.db);
    const [open, internal] = await t.db
      .insert(contacts)
      .values([
        { associationId: association.id, name: 'Offentlig Olsen', phone: '12345678', visibility: 'public' },
        { associationId: association.id, name: 'Intern Ibsen', phone: '87654321', visibility: 'internal' },
      ])
      .returning();
    await eventually(async () => expect(await document(names.contacts, open!.id)).not.toBeNull());
    await eventually(async () => expect(await outboxSize()).toBe(0));
    expect(await document(names.contacts, internal!.id)).toBeNull();
    const internalIds = await t.db.select({ id: contacts.id }).from(contacts).where(eq(contacts.visibility, 'internal'));
    const indexed = new Set(await indexedIds(names.contacts));
    expect(internalIds.length).toBeGreaterThan(1);
    expect(internalIds.filter(({ id }) => indexed.has(id))).toEqual([]);
  });

  it('keeps changes in the outbox while Meilisearch is unreachable, and delivers all of them afterwards', async () => {
    await worker?.stop();
    const dead = createSearchClient(`http://127.0.0.1:${await freePort()}`, search.key);
    const blind = startWorker(dead);
    try {
      const association = await createAssociation(t.db);
      const created = await createActivity(t.db, association, { name: 'Oprettet mens søgningen var nede' });
      const [renamed, paused] = await t.db
        .select({ id: activities.id })
        .from(activities)
        .where(eq(activities.status, 'published'))
        .limit(2);
      await t.db.update(activities).set({ name: 'Omdøbt mens søgningen var nede' }).where(eq(activities.id, renamed!.id));
      await t.db.update(activities).set({ status: 'paused' }).where(eq(activities.id, paused!.id));

      const maxAttempts = async () =>
        Number((await t.db.$client`select max(attempts)::int as n from search_outbox`)[0]!.n ?? 0);
      await eventually(async () => expect(await maxAttempts()).toBeGreaterThanOrEqual(2));
      const rowsWhileDown = await outboxSize();
      expect(rowsWhileDown).toBeGreaterThan(0);
      await eventually(async () => expect(await maxAttempts()).toBeGreaterThanOrEqual(3), 20_000);
      expect(await outboxSize()).toBeGreaterThanOrEqual(rowsWhileDown);
      const [failure] = await t.db.$client`select last_error from search_outbox where attempts > 0 limit 1`;
      expect(failure!.last_error).toBeTruthy();
      expect(await document(names.activities, created.id)).toBeNull();
      await blind.stop();

      worker = startWorker();
      // Backoff is capped at 30 s; the rows of this test failed a few times only.
      await eventually(async () => expect(await outboxSize()).toBe(0), 30_000);
      await expectIndexesToEqualDatabase();
      expect((await document(names.activities, renamed!.id))?.name).toBe('Omdøbt mens søgningen var nede');
      expect(await document(names.activities, paused!.id)).toBeNull();
      expect(await document(names.activities, created.id)).not.toBeNull();
    } finally {
      await blind.stop();
    }
  });

  it('lets two workers drain at once: every document is sent once and none is lost', async () => {
    await worker?.stop();
    const since = new Date();
    // One statement: one outbox row per activity, per association and per contact of an activity.
    await t.db.update(activities).set({ summary: sql`${activities.summary} || ' (opdateret)'` });
    const queued = await outboxSize();
    expect(queued).toBeGreaterThan(150);
    const pair = [startWorker(search.client, 40), startWorker(search.client, 40)];
    try {
      await eventually(async () => expect(await outboxSize()).toBe(0), 30_000);
    } finally {
      await Promise.all(pair.map((w) => w.stop()));
    }
    await expectIndexesToEqualDatabase();
    const { results } = await search.client.tasks.getTasks({
      indexUids: [names.activities],
      types: ['documentAdditionOrUpdate'],
      afterEnqueuedAt: since.toISOString(),
      limit: 1000,
    });
    const sent = results.reduce((sum, task) => sum + Number(task.details?.receivedDocuments ?? 0), 0);
    expect(sent).toBe((await buildActivityDocs(t.db)).length);
    worker = startWorker();
  });
});
