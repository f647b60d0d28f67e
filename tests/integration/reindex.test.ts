import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { activities } from '../../db/schema';
import { seedDemoData } from '../../db/seed/seed';
import { buildActivityDocs, buildAssociationDocs, buildContactDocs, buildSessionDocs } from '../../search/documents';
import { indexNames } from '../../search/indexes';
import { indexAll } from '../../search/sync/index-all';
import { reindex } from '../../search/sync/reindex';
import { startOutboxWorker } from '../../search/sync/worker';
import { useTestDatabase } from '../support/database';
import { createActivity, createAssociation } from '../support/fixtures';
import { useTestSearch } from '../support/search';
import { TEST_REFERRAL_KEY } from '../support/constants';
import { createSeries, createSession } from './advisory-search-fixtures';
import { runCli } from '../support/cli';

const t = useTestDatabase();
const search = useTestSearch();
const names = indexNames(search.prefix);

async function indexedIds(uid: string): Promise<string[]> {
  const { results } = await search.client.index(uid).getDocuments({ limit: 10_000, fields: ['id'] });
  return results.map((d) => String(d.id)).sort();
}

async function expectIndexesToHoldTheDatabase(): Promise<void> {
  expect(await indexedIds(names.activities)).toEqual((await buildActivityDocs(t.db)).map((d) => d.id).sort());
  expect(await indexedIds(names.associations)).toEqual((await buildAssociationDocs(t.db)).map((d) => d.id).sort());
  expect(await indexedIds(names.contacts)).toEqual((await buildContactDocs(t.db)).map((d) => d.id).sort());
  expect(await indexedIds(names.sessions)).toEqual((await buildSessionDocs(t.db)).map((d) => d.id).sort());
}


let kept: { id: string }[] = [];

beforeAll(async () => {
  await seedDemoData(t.db, { password: 'test' });
  // Advisory sessions to keep: a single one and a series (the seed may have its own too).
  kept = [await createSession(t.db), ...(await createSeries(t.db, 2))];
  await t.db.$client`delete from search_outbox`; // indexAll below delivers the seed at once
  await indexAll(t.db, search.client, search.prefix);
});

describe('reindex', () => {
  it('rebuilds the indexes while the live ones keep answering, and keeps a change made meanwhile', async () => {
    const [known] = await t.db.select().from(activities).where(eq(activities.status, 'published')).limit(1);
    const [renamed] = await t.db
      .select()
      .from(activities)
      .where(eq(activities.slug, (await buildActivityDocs(t.db))[5]!.slug));
    const worker = startOutboxWorker({ db: t.db, client: search.client, prefix: search.prefix, idleMs: 100 });

    // Searches for a known name go on during the whole reindex; none may fail or come back empty.
    let reindexing = true;
    const outcomes: { ok: boolean; hits: number }[] = [];
    const searching = (async () => {
      while (reindexing) {
        const result = await search.client
          .index(names.activities)
          .search(known!.name)
          .then((r) => ({ ok: true, hits: r.hits.length }))
          .catch(() => ({ ok: false, hits: 0 }));
        outcomes.push(result);
      }
    })();

    let created: { id: string } | undefined;
    let changed = false;
    const counts = await reindex({
      db: t.db,
      client: search.client,
      prefix: search.prefix,
      batchSize: 25,
      onProgress: async (p) => {
        if (p.written?.entity !== 'association' || changed) return;
        changed = true;
        // Every activity has been read for the new index: these changes can only arrive through
        // the outbox while the reindex runs, and must be in the new indexes afterwards.
        await t.db.update(activities).set({ name: 'Omdøbt under genindekseringen' }).where(eq(activities.id, renamed!.id));
        const association = await createAssociation(t.db);
        created = await createActivity(t.db, association, { name: 'Oprettet under genindekseringen' });
        // Let the worker deliver them before the bulk load goes on.
        await new Promise((r) => setTimeout(r, 1_500));
      },
    });
    reindexing = false;
    await searching;

    expect(outcomes.length).toBeGreaterThan(10);
    expect(outcomes.filter((o) => !o.ok)).toEqual([]);
    expect(outcomes.filter((o) => o.hits === 0)).toEqual([]);
    expect(counts.activity).toBeGreaterThanOrEqual(150);
    expect(counts.session).toBeGreaterThanOrEqual(kept.length);

    // The changes parked during the reindex reach the swapped-in indexes within seconds.
    const deadline = Date.now() + 10_000;
    for (;;) {
      const [row] = await t.db.$client`select count(*)::int as n from search_outbox`;
      if (row!.n === 0 || Date.now() > deadline) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    await worker.stop();
    await expectIndexesToHoldTheDatabase();
    expect((await search.client.index(names.activities).getDocument(renamed!.id)).name).toBe('Omdøbt under genindekseringen');
    expect(created).toBeDefined();
    expect((await search.client.index(names.activities).getDocument(created!.id)).name).toBe('Oprettet under genindekseringen');
    const { results } = await search.client.getIndexes({ limit: 1000 });
    expect(results.map((i) => i.uid).filter((uid) => uid.startsWith(search.prefix)).sort()).toEqual(
      [names.activities, names.associations, names.contacts, names.sessions].sort(),
    );
    for (const { id } of kept) expect((await search.client.index(names.sessions).getDocument(id)).id).toBe(id);
  });

  it('runs from the command line, with plain progress lines when not on a terminal', { timeout: 120_000 }, async () => {
    const { code, output } = await runCli(['reindex'], {
      DATABASE_URL: t.url,
      REFERRAL_KEY: TEST_REFERRAL_KEY,
      MEILI_URL: search.url,
      MEILI_MASTER_KEY: search.key,
      MEILI_INDEX_PREFIX: search.prefix,
    });
    expect(output).toContain('Genindekserer: bytter de nye indeks ind');
    expect(output).toMatch(/Søgeindekset er genopbygget på [\d.]+ s: \d+ aktiviteter, \d+ foreninger, \d+ kontakter, \d+ rådgivningsmøder\./);
    expect(code).toBe(0);
    await expectIndexesToHoldTheDatabase();
  });

  it('answers an unknown command with one line of usage and exit code 2', async () => {
    const { code, output } = await runCli(['genopbyg'], {});
    expect(code).toBe(2);
    expect(output.trim().split('\n')).toEqual([expect.stringMatching(/^Ukendt kommando "genopbyg"\. Brug: npm run cli -- reindex/)]);
  });
});
