import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoData } from '../../db/seed/seed';
import { buildActivityDocs } from '../../search/documents';
import { searchPostgres } from '../../search/fallback/postgres';
import { search } from '../../search/search';
import { indexAll } from '../../search/sync/index-all';
import type { SearchResponse } from '../../search/types';
import { parseSearchParams } from '../../src/lib/search/params';
import { useTestDatabase } from '../support/database';
import { useTestSearch } from '../support/search';
import { createSession } from './advisory-search-fixtures';
import { CASES, type Facts, type RelevanceCase } from './relevance-cases';

const t = useTestDatabase();
const meili = useTestSearch();
let facts: Facts = new Map();

type Engine = 'meilisearch' | 'postgres';
const outcome = new Map<RelevanceCase, Partial<Record<Engine, { ok: boolean; top: string }>>>();

/** The session the relevance case "rådgivning pårørende" looks for: the seed's, else one made here. */
async function ensureSessionForRelatives(): Promise<void> {
  const [found] = await t.db.$client`
    select 1 from advisory_sessions where status = 'published' and ends_at > now() and topic ilike '%pårørende%' limit 1`;
  if (found) return;
  await createSession(t.db, {
    row: {
      topic: 'Rådgivning for pårørende',
      description: 'Er du pårørende til en syg eller ældre? Stil dine spørgsmål til kommunen og foreningerne online.',
      placeName: null, address: null, postalCode: null, city: null, districtId: null, latitude: null, longitude: null,
      onlineUrl: 'https://moede.example.dk/paaroerende',
    },
    hostAdministrations: ['sundheds-og-omsorgsforvaltningen'],
  });
}

beforeAll(async () => {
  await seedDemoData(t.db);
  await ensureSessionForRelatives();
  await indexAll(t.db, meili.client, meili.prefix);
  facts = new Map((await buildActivityDocs(t.db)).map((d) => [d.id, d]));
});

async function run(engine: Engine, c: RelevanceCase): Promise<SearchResponse> {
  const parsed = await parseSearchParams(new URLSearchParams(c.query), 'da', t.db);
  if (!parsed.ok) throw new Error(`${JSON.stringify(c.query)}: ${parsed.message.en}`);
  return engine === 'meilisearch'
    ? search({ db: t.db, client: meili.client, prefix: meili.prefix, log: console }, parsed.params)
    : searchPostgres(t.db, parsed.params);
}

/** Runs every case on one engine and gives the share of cases it answers right. */
async function hitRate(engine: Engine): Promise<{ hits: number; of: number }> {
  let hits = 0;
  let of = 0;
  for (const c of CASES) {
    if (engine === 'postgres' && c.meiliOnly) continue;
    const response = await run(engine, c);
    expect(response.source, 'the engine that answered').toBe(engine);
    const ok = c.check(response, facts);
    outcome.set(c, { ...outcome.get(c), [engine]: { ok, top: response.hits.slice(0, 3).map((h) => h.slug ?? h.title).join(', ') } });
    of++;
    if (ok) hits++;
  }
  return { hits, of };
}

const percent = ({ hits, of }: { hits: number; of: number }) => `${hits}/${of} (${Math.round((100 * hits) / of)} %)`;
const rates: Partial<Record<Engine, { hits: number; of: number }>> = {};

describe('search relevance on the demo municipality', () => {
  it('has at least 30 cases', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(30);
  });

  it('answers at least 90 % of the cases right with Meilisearch', async () => {
    const rate = (rates.meilisearch = await hitRate('meilisearch'));
    expect(rate.hits / rate.of).toBeGreaterThanOrEqual(0.9);
  });

  it('answers at least 70 % of the cases right with the PostgreSQL fallback', async () => {
    const rate = (rates.postgres = await hitRate('postgres'));
    expect(rate.hits / rate.of).toBeGreaterThanOrEqual(0.7);
  });
});

afterAll(() => {
  const mark = (r?: { ok: boolean }) => (r === undefined ? '  -  ' : r.ok ? ' yes ' : ' NO  ');
  const lines = CASES.map((c) => {
    const o = outcome.get(c) ?? {};
    const query = new URLSearchParams(c.query).toString();
    const misses = [o.meilisearch, o.postgres].some((r) => r && !r.ok) ? `   got: ${o.meilisearch?.ok === false ? `M[${o.meilisearch.top}] ` : ''}${o.postgres?.ok === false ? `P[${o.postgres.top}]` : ''}` : '';
    return `${mark(o.meilisearch)}|${mark(o.postgres)}| ${decodeURIComponent(query).padEnd(44)} ${c.expect}${c.meiliOnly ? ` (Meilisearch only: ${c.meiliOnly})` : ''}${misses}`;
  });
  console.log(
    [
      'Search relevance (demo municipality)',
      'meili| pg  | query                                        expected',
      ...lines,
      `Meilisearch ${rates.meilisearch ? percent(rates.meilisearch) : 'not run'}, PostgreSQL ${rates.postgres ? percent(rates.postgres) : 'not run'}`,
    ].join('\n'),
  );
});
