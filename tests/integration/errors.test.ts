import { createConnection, createServer, type Server, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoData } from '../../db/seed/seed';
import { freePort } from '../../src/runtime/ports';
import { TEST_REFERRAL_KEY } from '../support/constants';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { type Portal, startPortal } from '../support/portal';

/**
 * The built portal in production mode, as users and operators meet it when things go wrong: a
 * bug (a table renamed under it), the database unreachable (a TCP relay in front of PostgreSQL
 * that the test cuts), Meilisearch unreachable (a dead address), and the metrics that count it.
 */

const TOKEN = 'metrics-token-for-the-test-0123';

/** Forwards TCP to PostgreSQL until `cut()`: then connections are refused, as when the server is gone. */
async function relay(target: URL, port: number): Promise<{ cut(): Promise<void>; restore(): Promise<void> }> {
  const sockets = new Set<Socket>();
  let server: Server | undefined;
  const listen = () =>
    new Promise<void>((resolve, reject) => {
      server = createServer((client) => {
        const upstream = createConnection(Number(target.port), target.hostname);
        for (const s of [client, upstream]) {
          sockets.add(s);
          s.on('close', () => sockets.delete(s));
          s.on('error', () => s.destroy());
        }
        client.pipe(upstream).pipe(client);
      });
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => resolve());
    });
  await listen();
  return {
    cut: async () => {
      await new Promise<void>((resolve) => {
        server!.close(() => resolve());
        for (const s of sockets) s.destroy();
      });
    },
    restore: listen,
  };
}

let database: TestDatabase;
let portal: Portal;
let base: string;
let link: Awaited<ReturnType<typeof relay>>;

beforeAll(async () => {
  database = await createTestDatabase();
  await seedDemoData(database.db);
  const relayPort = await freePort();
  link = await relay(new URL(database.url), relayPort);
  const viaRelay = new URL(database.url);
  viaRelay.host = `127.0.0.1:${relayPort}`;
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  portal = await startPortal({
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: `/tmp/indgang-errors-${port}`,
    DATABASE_URL: viaRelay.toString(),
    // Nothing listens here: search falls back to PostgreSQL and the outbox cannot drain.
    MEILI_URL: `http://127.0.0.1:${await freePort()}`,
    MEILI_MASTER_KEY: 'a-master-key-nobody-has',
    REFERRAL_KEY: TEST_REFERRAL_KEY,
    METRICS_TOKEN: TOKEN,
    NODE_ENV: 'production',
    LOG_LEVEL: 'info',
  });
}, 400_000);

afterAll(async () => {
  if (portal) {
    portal.child.kill('SIGTERM');
    await portal.exited;
  }
  await link?.cut().catch(() => {});
  await database?.drop();
});

/** The JSON log lines the portal wrote that mention `requestId`. */
function logLines(requestId: string): Record<string, unknown>[] {
  return portal
    .output()
    .split('\n')
    .filter((line) => line.startsWith('{') && line.includes(requestId))
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

/** A value from the metrics, or 0 when the series does not exist yet. */
async function metric(series: string): Promise<number> {
  const text = await (await fetch(`${base}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } })).text();
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line ? Number(line.slice(series.length + 1)) : 0;
}

const LEAKS = [/select/i, /relation/i, /\bat [\w.<>]+ \(/, /node_modules|dist\/server/, /PostgresError|DrizzleQueryError|ECONNREFUSED/];

describe('a request that fails from a bug', () => {
  beforeAll(async () => {
    await database.db.$client`alter table associations rename to associations_renamed`;
  });
  afterAll(async () => {
    await database.db.$client`alter table associations_renamed rename to associations`;
  });

  it('shows the friendly 500 page with the request id of the X-Request-Id header, and no error text', async () => {
    const response = await fetch(`${base}/foreninger`);
    const html = await response.text();
    const id = response.headers.get('x-request-id')!;
    expect(response.status).toBe(500);
    expect(response.headers.get('content-type')).toMatch(/text\/html/);
    expect(html).toContain('Der skete en fejl');
    expect(html).toContain(`Fejlkode til support: ${id}`);
    for (const leak of LEAKS) expect(html).not.toMatch(leak);

    // The log has the detail, under the same id: class, cause chain and stack frames.
    const [failure] = logLines(id).filter((l) => l.msg === 'request failed');
    expect(failure).toMatchObject({ requestId: id, route: '/foreninger', failure: 'error', code: '42P01' });
    expect(failure!.error).toMatch(/relation "associations" does not exist/);
    expect(failure!.stack).toMatch(/^ {4}at /);
  });

  it('speaks English on English pages and keeps a well-formed id sent by the proxy in front', async () => {
    const response = await fetch(`${base}/en/foreninger`, { headers: { 'x-request-id': 'proxy-4f2a9b7c' } });
    expect(response.status).toBe(500);
    expect(response.headers.get('x-request-id')).toBe('proxy-4f2a9b7c');
    expect(await response.text()).toContain('Reference for support: proxy-4f2a9b7c');
  });

  it('answers JSON with the request id on the API', async () => {
    const response = await fetch(`${base}/api/hsds/organizations`);
    const body = (await response.json()) as { error: { message: string; requestId: string } };
    expect(response.status).toBe(500);
    expect(body.error.requestId).toBe(response.headers.get('x-request-id'));
    expect(body.error.message).toBe('Der skete en fejl. Prøv igen om lidt.');
    for (const leak of LEAKS) expect(JSON.stringify(body)).not.toMatch(leak);
  });
});

describe('every request', () => {
  it('is logged as one JSON line with its route pattern, never its query string', async () => {
    const response = await fetch(`${base}/aktiviteter/findes-ikke?email=borger%40example.dk`, { headers: { 'x-request-id': 'bad id; "quoted"' } });
    const id = response.headers.get('x-request-id')!;
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    await expect.poll(() => logLines(id).length).toBe(1);
    expect(logLines(id)[0]).toMatchObject({ level: 30, msg: 'request', method: 'GET', route: '/aktiviteter/[slug]', status: 404 });
    expect(portal.output()).not.toContain('borger@example.dk');
    expect(portal.output()).not.toContain('borger%40example.dk');
  });
});

describe('/metrics', () => {
  it('does not exist for anyone without the token', async () => {
    const tries: Record<string, string>[] = [{}, { authorization: 'Bearer wrong-token-0123456789' }, { authorization: `Basic ${TOKEN}` }];
    for (const headers of tries) {
      const response = await fetch(`${base}/metrics`, { headers });
      expect(response.status).toBe(404);
      const text = await response.text();
      expect(text).not.toContain('indgang_');
      // The same page as any address that does not exist.
      expect(text).toContain('Siden findes ikke');
    }
  });

  it('counts requests by route pattern and status, with their durations', async () => {
    const series = 'indgang_http_requests_total{method="GET",route="/aktiviteter/[slug]",status="404"}';
    const before = await metric(series);
    const durations = await metric('indgang_http_request_duration_seconds_count{route="/aktiviteter/[slug]"}');
    await fetch(`${base}/aktiviteter/nope-1`);
    await fetch(`${base}/aktiviteter/nope-2`);
    expect(await metric(series)).toBe(before + 2);
    expect(await metric('indgang_http_request_duration_seconds_count{route="/aktiviteter/[slug]"}')).toBe(durations + 2);
    const text = await (await fetch(`${base}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } })).text();
    expect(text).not.toContain('nope-1');
    expect(text).toContain('# TYPE indgang_http_request_duration_seconds histogram');
  });

  it('counts searches answered by PostgreSQL while Meilisearch is unreachable', async () => {
    const before = await metric('indgang_search_fallbacks_total{reason="down"}');
    const response = await fetch(`${base}/api/search?q=sorggruppe`);
    expect(((await response.json()) as { source: string }).source).toBe('postgres');
    expect(await metric('indgang_search_fallbacks_total{reason="down"}')).toBe(before + 1);
  });

  it('reports the outbox backlog as it stands in the database', async () => {
    // Meilisearch is unreachable, so the seed's changes stay queued.
    const [row] = await database.db.$client<{ n: number }[]>`select count(*)::int as n from search_outbox`;
    expect(row!.n).toBeGreaterThan(0);
    expect(await metric('indgang_search_outbox_backlog')).toBe(row!.n);
    expect(await metric('indgang_database_up')).toBe(1);
  });
});

describe('while the database cannot be reached', () => {
  it('answers 503 with a friendly page and Retry-After, JSON on the API, and normally again once it is back', async () => {
    await link.cut();
    try {
      const page = await fetch(`${base}/foreninger`);
      const html = await page.text();
      expect(page.status).toBe(503);
      expect(page.headers.get('retry-after')).toBe('30');
      expect(page.headers.get('x-astro-error')).toBeNull();
      expect(html).toContain('Indgang er midlertidigt utilgængelig');
      expect(html).toContain('det du skrev ikke gemt');
      expect(html).toContain(`Fejlkode til support: ${page.headers.get('x-request-id')}`);
      for (const leak of LEAKS) expect(html).not.toMatch(leak);

      const english = await fetch(`${base}/en/soeg`);
      expect(english.status).toBe(503);
      expect(await english.text()).toContain('your input was not saved');

      const api = await fetch(`${base}/api/hsds/organizations`);
      expect(api.status).toBe(503);
      expect(api.headers.get('retry-after')).toBe('30');
      expect(((await api.json()) as { error: { requestId: string } }).error.requestId).toBe(api.headers.get('x-request-id'));

      expect((await fetch(`${base}/healthz`)).status).toBe(503);
      expect(await metric('indgang_database_up')).toBe(0);
    } finally {
      await link.restore();
    }
    await expect.poll(async () => (await fetch(`${base}/foreninger`)).status, { timeout: 15_000 }).toBe(200);
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
  });
});
