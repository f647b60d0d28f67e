import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applySettings } from '../../search/settings/index-settings';
import { indexNames } from '../../search/indexes';
import { type OutboxWorker, startOutboxWorker } from '../../search/sync/worker';
import { approveRevision, loadActivityValues, rejectRevision, saveListing, type ActivityValues } from '../../src/lib/listing';
import { useTestDatabase } from '../support/database';
import { useTestSearch } from '../support/search';
import { createWorld } from './listing-fixtures';

const t = useTestDatabase();
const search = useTestSearch();
const names = indexNames(search.prefix);
let worker: OutboxWorker | undefined;

/** Polls until `check` passes; fails with its last error after `ms`. Returns the time it took. */
async function eventually(check: () => Promise<void>, ms: number): Promise<number> {
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

async function outboxSize(): Promise<number> {
  const [row] = await t.db.$client`select count(*)::int as n from search_outbox`;
  return row!.n as number;
}

const when = async (id: string): Promise<string[] | undefined> => {
  const doc = await search.client.index(names.activities).getDocument(id).catch(() => null);
  return doc?.when as string[] | undefined;
};

const at = (values: ActivityValues, opensAt: string, closesAt: string): ActivityValues => ({
  ...values,
  schedules: values.schedules.map((s) => ({ ...s, opensAt, closesAt })),
});

beforeAll(async () => {
  await applySettings(search.client, search.prefix);
  worker = startOutboxWorker({ db: t.db, client: search.client, prefix: search.prefix, idleMs: 100, batchSize: 500, log: console });
});

afterAll(async () => {
  await worker?.stop();
});

describe('an approved change in search', () => {
  it('reaches search: the new time is in the activity document (speed: npm run bench:review)', async () => {
    const w = await createWorld(t.db);
    await eventually(async () => expect(await when(w.activity.id)).toEqual(['Hver onsdag kl. 14.00–16.00']), 15_000);
    // Measure the approval alone, not the setup still on its way.
    await eventually(async () => expect(await outboxSize()).toBe(0), 15_000);

    const live = (await loadActivityValues(t.db, w.activity.id))!;
    const { revisionId } = await saveListing(t.db, { kind: 'activity', listingId: w.activity.id, values: at(live, '17:30', '19:00'), actor: w.member });
    await approveRevision(t.db, { revisionId: revisionId!, reviewer: w.reviewer });
    const took = await eventually(async () => expect(await when(w.activity.id)).toEqual(['Hver onsdag kl. 17.30–19.00']), 30_000);
    console.log(`[review-search] an approved time change was in the search document after ${took} ms`);
    const { hits } = await search.client.index(names.activities).search('sorggruppe testbyen');
    expect(hits.find((h) => h.id === w.activity.id)?.whenEn).toEqual(['Every Wednesday, 17:30–19:00']);
  });

  it('keeps the old time in search while a change waits, and after it is rejected', async () => {
    const w = await createWorld(t.db);
    await eventually(async () => expect(await when(w.activity.id)).toEqual(['Hver onsdag kl. 14.00–16.00']), 15_000);
    const live = (await loadActivityValues(t.db, w.activity.id))!;
    const { revisionId } = await saveListing(t.db, { kind: 'activity', listingId: w.activity.id, values: at(live, '08:00', '09:00'), actor: w.member });
    await rejectRevision(t.db, { revisionId: revisionId!, reviewer: w.reviewer, comment: 'Lokalet er optaget om morgenen.' });
    // The worker would deliver a change within a second or two; nothing must arrive.
    await new Promise((r) => setTimeout(r, 2_000));
    expect(await when(w.activity.id)).toEqual(['Hver onsdag kl. 14.00–16.00']);
  });
});
