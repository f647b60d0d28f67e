import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { advisorySessions, associations, districts } from '../../db/schema';
import { seedDemoData } from '../../db/seed/seed';
import { createSearchClient } from '../../search/client';
import { searchPostgres } from '../../search/fallback/postgres';
import { indexNames } from '../../search/indexes';
import { search } from '../../search/search';
import { queueEndedSessions } from '../../search/sync/expire-sessions';
import { ensureSearchReady } from '../../search/sync/ready';
import { indexAll } from '../../search/sync/index-all';
import { type OutboxWorker, startOutboxWorker } from '../../search/sync/worker';
import type { SearchParams, SearchResponse } from '../../search/types';
import { freePort } from '../../src/runtime/ports';
import { useTestDatabase } from '../support/database';
import { createAssociation, createDistrict } from '../support/fixtures';
import { useTestSearch } from '../support/search';
import { createSeries, createSession } from './advisory-search-fixtures';

const t = useTestDatabase();
const meili = useTestSearch();
const names = indexNames(meili.prefix);
let worker: OutboxWorker | undefined;

const params = (over: Partial<SearchParams> = {}): SearchParams => ({
  q: '', targetGroup: [], category: [], district: [], administration: [], weekday: [], lang: [], page: 1, perPage: 20, locale: 'da', ...over,
});

/** Polls until `check` passes; fails with its last error after `ms`. */
async function eventually(check: () => Promise<void>, ms = 10_000): Promise<void> {
  const started = Date.now();
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() - started > ms) throw error;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

const meilisearch = async (over: Partial<SearchParams>): Promise<SearchResponse> => {
  const response = await search({ db: t.db, client: meili.client, prefix: meili.prefix, log: console }, params(over));
  expect(response.source, 'the engine that answered').toBe('meilisearch');
  return response;
};
const postgres = (over: Partial<SearchParams>) => searchPostgres(t.db, params(over));
const sessionSlugs = (r: SearchResponse) => r.hits.filter((h) => h.type === 'session').map((h) => h.slug);

async function documentOf(id: string): Promise<Record<string, unknown> | null> {
  return meili.client
    .index(names.sessions)
    .getDocument(id)
    .catch(() => null);
}

async function indexed(id: string): Promise<boolean> {
  return meili.client
    .index(names.sessions)
    .getDocument(id)
    .then(() => true)
    .catch(() => false);
}

beforeAll(async () => {
  await seedDemoData(t.db, { password: 'test' });
  await t.db.$client`delete from search_outbox`; // indexAll delivers the seed at once
  await indexAll(t.db, meili.client, meili.prefix);
  worker = startOutboxWorker({ db: t.db, client: meili.client, prefix: meili.prefix, idleMs: 100, log: console });
});

afterAll(async () => {
  await worker?.stop();
});

describe('advisory sessions in the search', () => {
  it('finds a published future session by a word of its topic within seconds, in both engines, labelled as a session', async () => {
    const session = await createSession(t.db, {
      row: { topic: 'Rådgivning om varmeregning og boligstøtte', topicEn: 'Advice on heating bills and housing benefit' },
      hostAdministrations: ['beskaeftigelses-og-integrationsforvaltningen'],
    });
    await eventually(async () => expect(sessionSlugs(await meilisearch({ q: 'varmeregning' }))).toEqual([session.slug]));
    const hit = (await meilisearch({ q: 'varmeregning' })).hits.find((h) => h.type === 'session')!;
    expect(hit).toMatchObject({
      url: `/raadgivning/${session.slug}`,
      title: 'Rådgivning om varmeregning og boligstøtte',
      administration: 'Socialforvaltningen',
      district: 'Valby',
      online: false,
    });
    expect(hit.association).toMatch(/^Socialforvaltningen, Beskæftigelses- og Integrationsforvaltningen$/);
    expect(hit.when?.[0]).toMatch(/^(mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag) \d+\. \w+ \d{4} kl\. 16\.00–18\.00$/);

    const fallback = await postgres({ q: 'varmeregning' });
    expect(sessionSlugs(fallback)).toEqual([session.slug]);
    expect(fallback.hits.find((h) => h.type === 'session')).toEqual(hit);

    const english = await meilisearch({ q: 'heating bills', locale: 'en' });
    expect(english.hits.find((h) => h.type === 'session')).toMatchObject({ url: `/en/raadgivning/${session.slug}`, title: 'Advice on heating bills and housing benefit' });
  });

  it('leaves a cancelled session out of both engines', async () => {
    const session = await createSession(t.db, { row: { topic: 'Rådgivning om arveret' } });
    await eventually(async () => expect(await indexed(session.id)).toBe(true));
    await t.db.update(advisorySessions).set({ status: 'cancelled', cancelledAt: new Date() }).where(eq(advisorySessions.id, session.id));
    await eventually(async () => expect(await indexed(session.id)).toBe(false));
    expect(sessionSlugs(await meilisearch({ q: 'arveret' }))).toEqual([]);
    expect(sessionSlugs(await postgres({ q: 'arveret' }))).toEqual([]);
  });

  it('drops a session from search when it ends, and the expiry job takes it out of the index', async () => {
    const soon = Date.now() + 4_000;
    const session = await createSession(t.db, {
      row: { topic: 'Rådgivning om kolonihave', startsAt: new Date(soon - 3_600_000), endsAt: new Date(soon) },
    });
    await eventually(async () => expect(sessionSlugs(await meilisearch({ q: 'kolonihave' }))).toEqual([session.slug]));
    expect(sessionSlugs(await postgres({ q: 'kolonihave' }))).toEqual([session.slug]);
    await new Promise((r) => setTimeout(r, Math.max(0, soon - Date.now()) + 200));

    // Ended: no longer found, though nothing in the database changed and its document is still there.
    expect(sessionSlugs(await meilisearch({ q: 'kolonihave' }))).toEqual([]);
    expect(sessionSlugs(await postgres({ q: 'kolonihave' }))).toEqual([]);
    expect(await indexed(session.id)).toBe(true);

    expect(await queueEndedSessions(t.db)).toBeGreaterThanOrEqual(1);
    await eventually(async () => expect(await indexed(session.id)).toBe(false));
    // The next run covers only what ended since: nothing is queued twice.
    expect(await queueEndedSessions(t.db)).toBe(0);
  });

  it('shows a series once, at its next date, and the date after when that one is cancelled', async () => {
    const series = await createSeries(t.db, 3, { row: { topic: 'Rådgivning om pensionsopsparing' } });
    for (const engine of [meilisearch, postgres]) {
      await eventually(async () => expect(sessionSlugs(await engine({ q: 'pensionsopsparing' }))).toEqual([series[0]!.slug]));
    }
    await t.db.update(advisorySessions).set({ status: 'cancelled' }).where(eq(advisorySessions.id, series[0]!.id));
    for (const engine of [meilisearch, postgres]) {
      await eventually(async () => expect(sessionSlugs(await engine({ q: 'pensionsopsparing' }))).toEqual([series[1]!.slug]));
    }
    const counted = await meilisearch({ q: 'pensionsopsparing' });
    expect(counted.totalHits).toBe((await postgres({ q: 'pensionsopsparing' })).totalHits);
  });

  it('leaves sessions out when a filter only activities answer is chosen, and keeps them for topic, district, administration and place', async () => {
    const session = await createSession(t.db, {
      row: { topic: 'Rådgivning om skilsmisse' },
      topics: ['raadgivning-og-samtale'],
      hostAdministrations: ['sundheds-og-omsorgsforvaltningen'],
    });
    // Its topics are inserted after it: wait for the document that has them.
    await eventually(async () => expect((await documentOf(session.id))?.categories).toEqual(['raadgivning-og-samtale']));
    const q = 'skilsmisse';
    for (const engine of [meilisearch, postgres]) {
      for (const over of [{ kind: 'offer' as const }, { free: true }, { weekday: ['TU' as const] }, { wheelchair: true }, { lang: ['da'] }, { targetGroup: ['aeldre'] }]) {
        expect(sessionSlugs(await engine({ q, ...over })), JSON.stringify(over)).toEqual([]);
      }
      const kept = [
        { category: ['raadgivning-og-samtale'] },
        { district: ['valby'] },
        { administration: ['sundheds-og-omsorgsforvaltningen'] },
        { near: { lat: 55.6612, lng: 12.51, radiusKm: 1 } },
      ];
      for (const over of kept) expect(sessionSlugs(await engine({ q, ...over })), JSON.stringify(over)).toEqual([session.slug]);
      for (const over of [{ category: ['motion-og-bevaegelse'] }, { district: ['oesterbro'] }, { administration: ['teknik-og-miljoeforvaltningen'] }]) {
        expect(sessionSlugs(await engine({ q, ...over })), JSON.stringify(over)).toEqual([]);
      }
      // Near a place with nothing typed: among the listings, by distance.
      const near = await engine({ near: { lat: 55.6612, lng: 12.5034, radiusKm: 0.5 }, perPage: 50 });
      expect(near.hits.find((h) => h.slug === session.slug)?.distanceKm).toBe(0);
    }
  });

  it("shows a host association's new name after it is renamed", async () => {
    const association = await createAssociation(t.db, { name: 'Foreningen for Flyttehjælp' });
    const session = await createSession(t.db, { row: { topic: 'Rådgivning om at flytte' }, hostAssociationIds: [association.id] });
    await eventually(async () => expect((await meilisearch({ q: 'flyttehjælp' })).hits.map((h) => h.slug)).toContain(session.slug));
    await t.db.update(associations).set({ name: 'Flyttevennerne' }).where(eq(associations.id, association.id));
    await eventually(async () => {
      const hit = (await meilisearch({ q: 'flytte' })).hits.find((h) => h.slug === session.slug);
      expect(hit?.association).toBe('Socialforvaltningen, Flyttevennerne');
    });
  });

  it("shows a district's new name on its coming sessions after it is renamed", async () => {
    const district = await createDistrict(t.db, { name: 'Gamle Bydel' });
    const session = await createSession(t.db, { row: { topic: 'Rådgivning om bydelsnavne', districtId: district.id } });
    await eventually(async () => expect((await documentOf(session.id))?.districtNames).toEqual(['Gamle Bydel']));
    await t.db.update(districts).set({ name: 'Nye Bydel' }).where(eq(districts.id, district.id));
    await eventually(async () => expect((await documentOf(session.id))?.districtNames).toEqual(['Nye Bydel']));
  });

  it('fills a missing sessions index at the next start (an installation from before sessions)', async () => {
    const session = await createSession(t.db, { row: { topic: 'Rådgivning om nyt indeks' } });
    await eventually(async () => expect(await indexed(session.id)).toBe(true));
    await worker?.stop();
    try {
      await meili.client.deleteIndex(names.sessions).waitTask();
      const queued = await ensureSearchReady(t.db, meili.client, meili.prefix);
      expect(queued).toMatchObject({ activity: 0, association: 0, contact: 0 });
      expect(queued.session).toBeGreaterThanOrEqual(1);
    } finally {
      worker = startOutboxWorker({ db: t.db, client: meili.client, prefix: meili.prefix, idleMs: 100, log: console });
    }
    await eventually(async () => expect(await indexed(session.id)).toBe(true));
    expect((await meili.client.index(names.sessions).getSettings()).distinctAttribute).toBe('seriesKey');
  });

  it('keeps facet counts about activities only, the same in both engines', async () => {
    const dead = createSearchClient(`http://127.0.0.1:${await freePort()}`, meili.key);
    const quiet = { warn: () => {}, error: () => {} };
    // Totals compared only where both engines read the same rules (filters, or a word only a session has).
    for (const over of [{ district: ['valby'] }, { category: ['raadgivning-og-samtale'] }, { administration: ['socialforvaltningen'] }, { q: 'varmeregning' }]) {
      const ms = await meilisearch(over);
      const pg = await search({ db: t.db, client: dead, prefix: meili.prefix, log: quiet }, params(over));
      expect(pg.source).toBe('postgres');
      expect(pg.facets, JSON.stringify(over)).toEqual(ms.facets);
      expect(pg.totalHits, JSON.stringify(over)).toBe(ms.totalHits);
    }
    const onlySession = await meilisearch({ q: 'varmeregning' });
    expect(onlySession.facets.kind).toEqual([]);
  });
});
