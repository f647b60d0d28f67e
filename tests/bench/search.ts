import { randomBytes } from 'node:crypto';
/**
 * `npm run bench:search [-- --activities 100000 --seconds 20 --connections 50]`
 *
 * Not a test: prints figures. Starts its own PostgreSQL and Meilisearch in a temporary
 * directory, seeds the demo data plus N synthetic activities, times the indexing, then loads
 * `/api/search` of the production build at 50 concurrent clients, first through Meilisearch and
 * then with Meilisearch unreachable (the PostgreSQL fallback), and weighs the search page's
 * JavaScript.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildIfNeeded } from '../../src/runtime/build';
import { freePort } from '../../src/runtime/ports';
import { startPortal } from '../support/portal';
import { prepareBenchData } from './dataset';
import { type LoadResult, runLoad } from './load';
import { measurePageJs } from './page-weight';

const { values } = parseArgs({
  options: {
    activities: { type: 'string', default: '100000' },
    seconds: { type: 'string', default: '20' },
    connections: { type: 'string', default: '50' },
  },
});
const N = Number(values.activities);
const SECONDS = Number(values.seconds);
const CONNECTIONS = Number(values.connections);

const QUERIES = [
  'q=besøgsven', 'q=ensom', 'q=strikkecafé', 'q=hjælp til at handle', 'q=gratis psykolog', 'q=lektiehjalp',
  'q=gåhold&district=valby', 'q=madklub&kind=volunteer_role', 'q=sorggruppe&free=true', 'q=kor&weekday=TU',
  'q=cykel&targetGroup=flygtninge-og-indvandrere', 'q=&district=noerrebro', 'q=computer&lat=55.67&lng=12.52&radiusKm=3',
  'q=netværk&page=2', 'q=lonely', 'q=homework help',
];

const say = (line: string) => console.log(`[bench] ${line}`);
const ms = (x: number) => `${x.toFixed(1)} ms`;

async function main(): Promise<void> {
  const root = resolve(import.meta.dirname, '../..');
  const data = await prepareBenchData(N, say);
  const { databaseUrl: url, indexSeconds } = data;
  try {
    await buildIfNeeded(root, say);
    const results: Record<string, LoadResult> = {};
    let js: Awaited<ReturnType<typeof measurePageJs>> | undefined;
    for (const engine of ['meilisearch', 'postgres'] as const) {
      const port = await freePort();
      const base = `http://127.0.0.1:${port}`;
      const portal = await startPortal({
        PORT: String(port),
        HOST: '127.0.0.1',
        NODE_ENV: 'production',
        DATABASE_URL: url,
        // The fallback is measured with Meilisearch unreachable, as in an outage.
        MEILI_URL: engine === 'meilisearch' ? data.meiliUrl : `http://127.0.0.1:${await freePort()}`,
        MEILI_MASTER_KEY: data.meiliKey,
        REFERRAL_KEY: randomBytes(32).toString('base64url'),
        LOG_LEVEL: 'error',
      });
      try {
        const probe = (await (await fetch(`${base}/api/search?q=besøgsven`)).json()) as { source: string; totalHits: number };
        if (probe.source !== engine) throw new Error(`expected answers from ${engine}, got ${probe.source}`);
        await runLoad((n) => `${base}/api/search?${QUERIES[n % QUERIES.length]}`, 10, 3); // warm up
        results[engine] = await runLoad((n) => `${base}/api/search?${encodeURI(QUERIES[n % QUERIES.length]!)}`, CONNECTIONS, SECONDS);
        js ??= await measurePageJs(`${base}/soeg?q=ensom`);
      } finally {
        portal.child.kill('SIGTERM');
        await portal.exited;
      }
    }

    console.log(`\nSearch benchmark: ${N} synthetic + demo activities, ${CONNECTIONS} concurrent clients, ${SECONDS} s each`);
    console.log(`Indexing (Meilisearch, from PostgreSQL): ${indexSeconds.toFixed(1)} s`);
    console.log('| engine | requests/s | p50 | p95 | p99 | requests | errors |');
    console.log('| --- | --- | --- | --- | --- | --- | --- |');
    for (const [engine, r] of Object.entries(results)) {
      console.log(`| ${engine} | ${r.rps.toFixed(0)} | ${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.p99)} | ${r.requests} | ${r.errors} |`);
    }
    if (js) {
      console.log(`Search page JavaScript (gzip): ${(js.initial.gzipBytes / 1024).toFixed(1)} KB at load (${js.initial.files.length} files), ` +
        `${(js.lazy.gzipBytes / 1024).toFixed(1)} KB more when the map loads (${js.lazy.files.length} files)`);
    }
  } finally {
    await data.stop();
  }
}

await main();
