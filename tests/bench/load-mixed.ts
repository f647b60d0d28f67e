/**
 * `npm run bench:load [-- --activities 100000 --seconds 60 --connections 100]`
 *
 * Not a test: prints figures. The production build (NODE_ENV=production, as a municipality runs
 * it, behind one proxy: TRUST_PROXY=1) over its own PostgreSQL and Meilisearch with the demo data
 * plus 100 000 synthetic activities, loaded for 60 s by 100 connections with mixed traffic: 80 %
 * searches, 15 % detail pages, 5 % writes (advisory bookings, problem reports, referrals through
 * the API). Each connection is a stream of citizens, each with their own address
 * (X-Forwarded-For), as real traffic comes from many people, so per-address rate limits apply as
 * they would. Prints per kind: requests, errors by status, p50/p95/p99; the throughput; the
 * machine and its load; and who used the CPU.
 */
import { randomBytes } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildIfNeeded } from '../../src/runtime/build';
import { freePort } from '../../src/runtime/ports';
import { startPortal } from '../support/portal';
import { cpuSeconds, pidsMatching, withChildren } from './cpu';
import { prepareBenchData } from './dataset';
import { prepareMixedFixtures } from './mixed-fixtures';
import { httpClient } from './mixed-http';
import { printMixedReport } from './mixed-report';
import { KINDS, type Planned, runMixed } from './mixed-runner';
import { detailRequest, searchRequest, seededRandom } from './mixed-searches';
import { bookingRequest, formPaths, referralRequest, reportRequest, showForms } from './mixed-writes';

const { values } = parseArgs({
  options: {
    activities: { type: 'string', default: '100000' },
    seconds: { type: 'string', default: '60' },
    connections: { type: 'string', default: '100' },
    /** Forms of each kind shown before the clock starts; used round robin if the run needs more. */
    forms: { type: 'string', default: '300' },
  },
});
const N = Number(values.activities);
const SECONDS = Number(values.seconds);
const CONNECTIONS = Number(values.connections);
const FORMS = Number(values.forms);

const say = (line: string) => console.log(`[bench] ${line}`);
const loads = () => loadavg().map((x) => x.toFixed(2)).join(' / ');

/** Citizen number `n` as an address of its own (10.0.0.1, 10.0.0.2, …); `net` keeps the warm-up apart. */
const address = (n: number, net = 10) => `${net}.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;

async function main(): Promise<void> {
  const root = resolve(import.meta.dirname, '../..');
  const loadBefore = loads();
  say(`load average before the bench (1 / 5 / 15 min): ${loadBefore}`);
  const data = await prepareBenchData(N, say);
  try {
    const fixtures = await prepareMixedFixtures(data.databaseUrl);
    await buildIfNeeded(root, say);
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const portal = await startPortal({
      PORT: String(port),
      HOST: '127.0.0.1',
      NODE_ENV: 'production',
      DATA_DIR: join(data.dir, 'portal'),
      DATABASE_URL: data.databaseUrl,
      MEILI_URL: data.meiliUrl,
      MEILI_MASTER_KEY: data.meiliKey,
      REFERRAL_KEY: randomBytes(32).toString('base64url'),
      TRUST_PROXY: '1',
      LOG_LEVEL: 'warn',
    });
    const client = httpClient(base, CONNECTIONS);
    try {
      const paths = formPaths(fixtures);
      const shownAt = Date.now();
      const bookingForms = await showForms(client, paths.booking, FORMS, (n) => ({ 'x-forwarded-for': address(n, 172) }));
      const reportForms = await showForms(client, paths.report, FORMS, (n) => ({ 'x-forwarded-for': address(n + FORMS, 172) }));
      say(`${bookingForms.length} booking forms and ${reportForms.length} report forms shown in ${((Date.now() - shownAt) / 1000).toFixed(1)} s`);

      const warm = seededRandom(7);
      // Five seconds of reading at 20 connections, from addresses of their own, before the clock starts.
      const warmed = await runMixed(client, 20, 5, (c) => {
        const headers = { 'x-forwarded-for': address(c + 1, 192) };
        if (warm() < 0.8) return { kind: 'search', ok: [200], request: { ...searchRequest(warm, fixtures), headers } };
        return { kind: 'detail', ok: [200], request: { ...detailRequest(warm, fixtures), headers } };
      });
      say(`warm-up: ${warmed.requests} requests, ${warmed.kinds.search.fallbacks} answered by the fallback, p99 ${warmed.all.p99.toFixed(0)} ms`);
      // A person needs more than 3 s to fill in a form: the last one shown must be that old.
      await new Promise((r) => setTimeout(r, Math.max(0, 3_500 - (Date.now() - shownAt))));

      const run = randomBytes(4).toString('hex');
      const rnd = seededRandom(42);
      const citizens = Array.from({ length: CONNECTIONS }, () => ({ address: '', left: 0 }));
      let lastCitizen = 0;
      let writes = 0;
      const next = (connection: number): Planned => {
        const citizen = citizens[connection]!;
        // A visit is a few searches and pages; then the connection serves the next citizen.
        if (citizen.left-- <= 0) Object.assign(citizen, { address: address(++lastCitizen), left: 1 + Math.floor(rnd() * 12) });
        const xff = { 'x-forwarded-for': citizen.address };
        const r = rnd();
        const plan = (kind: Planned['kind'], request: Planned['request'], ok: number[]): Planned => ({ kind, ok, request: { ...request, headers: { ...request.headers, ...xff } } });
        if (r < 0.8) return plan('search', searchRequest(rnd, fixtures), [200]);
        if (r < 0.95) return plan('detail', detailRequest(rnd, fixtures), [200]);
        const w = writes++;
        if (w % 3 === 0) return plan('booking', bookingRequest(bookingForms[w % bookingForms.length]!, base, run, w), [303]);
        if (w % 3 === 1) return plan('report', reportRequest(reportForms[w % reportForms.length]!, base, w), [303]);
        return plan('referral', referralRequest(fixtures, run, w), [201]);
      };

      const groups = {
        portal: async () => (portal.child.pid ? [portal.child.pid] : []),
        postgresql: async () => withChildren(await pidsMatching(join(data.dir, 'pg'))),
        meilisearch: async () => pidsMatching(join(data.dir, 'ms')),
      };
      const cpuBefore = await cpuSeconds(groups);
      const selfBefore = process.cpuUsage();
      say(`loading: ${CONNECTIONS} connections for ${SECONDS} s …`);
      const result = await runMixed(client, CONNECTIONS, SECONDS, next);
      const self = process.cpuUsage(selfBefore);
      const cpuAfter = await cpuSeconds(groups);
      const cpu = Object.fromEntries(Object.keys(groups).map((k) => [k, cpuAfter[k]! - cpuBefore[k]!]));
      cpu['load generator'] = (self.user + self.system) / 1e6;

      printMixedReport({
        result,
        activities: data.indexed.activities,
        connections: CONNECTIONS,
        machine: `${cpus().length} cores (${cpus()[0]?.model.trim()}), ${(totalmem() / 2 ** 30).toFixed(0)} GB`,
        loadBefore,
        loadAfter: loads(),
        cpu,
        formsReused: { booking: Math.max(0, result.kinds.booking.requests - bookingForms.length), report: Math.max(0, result.kinds.report.requests - reportForms.length) },
      });
      // The portal logs warnings and errors only (a fallback, a failure): kept to read after the run.
      const logFile = join(tmpdir(), 'indgang-bench-load-portal.log');
      await writeFile(logFile, portal.output());
      say(`the portal's log: ${logFile}`);
      if (KINDS.some((k) => Object.keys(result.kinds[k].errors).length > 0)) process.exitCode = 1;
    } finally {
      client.close();
      portal.child.kill('SIGTERM');
      await portal.exited;
    }
  } finally {
    await data.stop();
  }
}

await main();
