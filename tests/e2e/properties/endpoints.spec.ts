import { expect, test } from '@playwright/test';
import fc from 'fast-check';
import { fieldValue } from '../support/fuzz-input';
import { brief, serverProblems } from '../support/fuzz-oracle';
import { contextFor, someClient } from '../support/fuzz-request';
import { createFuzzWorld, type FuzzWorld, type Role } from '../support/fuzz-world';
import { portalDatabase } from '../support/portal';

/**
 * Issue 8, second half: hostile query strings to every page and endpoint that reads parameters
 * (search, advisory calendar, reports, HSDS, feeds), and hostile JSON to the referral API. Never
 * a 5xx or a trace of the server's inside; the referral API's refusals name the field and store nothing.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 8);

/** A GET route and the parameters it reads (the test adds unknown ones of its own). */
interface QueryEntry {
  path: (w: FuzzWorld) => string;
  role: Role;
  params: string[];
  /** Extra request headers, e.g. the API's bearer token. */
  bearer?: boolean;
}

const SEARCH = ['q', 'kind', 'free', 'lat', 'lng', 'postalCode', 'radiusKm', 'wheelchair', 'bydel', 'kategori', 'side', 'locale'];
export const QUERIES: QueryEntry[] = [
  { path: () => '/soeg', role: 'anonymous', params: SEARCH },
  { path: () => '/en/soeg', role: 'anonymous', params: SEARCH },
  { path: () => '/api/search', role: 'anonymous', params: SEARCH },
  { path: () => '/raadgivning', role: 'anonymous', params: ['emne', 'forvaltning', 'bydel', 'side', 'til'] },
  { path: () => '/foreninger', role: 'anonymous', params: ['q', 'bydel', 'side'] },
  { path: () => '/api/hsds/services', role: 'anonymous', params: ['search', 'page', 'per_page', 'taxonomy_term_id', 'organization_id', 'modified_after'] },
  { path: () => '/api/hsds/organizations', role: 'anonymous', params: ['search', 'page', 'per_page', 'modified_after'] },
  { path: (w) => `/aktiviteter/${w.activitySlug}.ics`, role: 'anonymous', params: ['fra', 'til'] },
  { path: (w) => `/raadgivning/${w.sessionSlug}.ics`, role: 'anonymous', params: [] },
  { path: () => '/indgang/kvittering', role: 'anonymous', params: ['kode', 'til', 'hvad', 'mail', 's'] },
  { path: () => '/rapporter', role: 'coordinator', params: ['aar', 'forvaltning', 'fra', 'til'] },
  { path: () => '/rapporter/tilskud', role: 'coordinator', params: ['aar'] },
  { path: () => '/rapporter/tilskud/csv', role: 'coordinator', params: ['aar'] },
  { path: () => '/forvaltning/adgangslog', role: 'coordinator', params: ['side', 'fra', 'til'] },
  { path: () => '/henvisninger', role: 'staff', params: ['status', 'side', 'q'] },
  { path: () => '/admin/brugere', role: 'admin', params: ['q', 'rolle', 'side'] },
  { path: (w) => `/api/referrals/${w.referralId}`, role: 'anonymous', params: [], bearer: true },
];

let world: FuzzWorld;
test.beforeAll(async ({ baseURL }) => {
  world = await createFuzzWorld(baseURL!);
});

for (const entry of QUERIES) {
  test(`GET ${entry.path({ activitySlug: '<aktivitet>', sessionSlug: '<session>', referralId: '<id>' } as FuzzWorld)} survives hostile parameters`, async ({ playwright, baseURL }) => {
    test.setTimeout(120_000);
    const context = await contextFor(playwright, baseURL!, world, entry.role);
    try {
      const name = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...(entry.params.length ? entry.params : ['x'])) }, fc.string({ maxLength: 10 }));
      const query = fc.array(fc.tuple(name, fieldValue([])), { maxLength: 6 });
      const details = await fc.check(
        fc.asyncProperty(query, async (pairs) => {
          const search = pairs.map(([k, v]) => `${encodeURIComponent(k)}=${v}`).join('&');
          const headers: Record<string, string> = { 'x-forwarded-for': someClient() };
          if (entry.bearer) headers.authorization = `Bearer ${world.apiToken}`;
          // Over 8 kB a query is the HTTP server's to refuse (431/414); the pages see the rest.
          const res = await context.get(`${entry.path(world)}?${search.slice(0, 7000)}`, { headers, maxRedirects: 0, failOnStatusCode: false });
          expect(serverProblems(res.status(), await res.text()), `GET ${entry.path(world)} → ${res.status()}`).toEqual([]);
        }),
        { numRuns: RUNS },
      );
      expect(details.failed, `seed ${details.seed}, path ${details.counterexamplePath}: ${brief(details.counterexample)}\n${details.errorInstance}`).toBe(false);
    } finally {
      await context.dispose();
    }
  });
}

/** Any JSON at all, and the referral's own shape with hostile leaves. */
const json = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.record({
    target: fc.oneof(fc.record({ activity: fc.oneof(fc.string(), fc.integer(), fc.constant(null)) }), fc.record({ administration: fc.string() }), fc.jsonValue()),
    citizen: fc.oneof(fc.record({ name: fc.string(), phone: fc.string(), email: fc.string(), preferredContact: fc.string(), needs: fc.string({ maxLength: 300 }) }), fc.jsonValue()),
    consent: fc.oneof(fc.record({ method: fc.constantFrom('oral', 'x'), givenAt: fc.string(), scope: fc.string() }), fc.jsonValue()),
    terms: fc.oneof(fc.array(fc.string()), fc.jsonValue()),
    urgency: fc.jsonValue(),
  }, { requiredKeys: [] }),
);

test('POST /api/referrals and its events refuse hostile JSON by naming the field, and store nothing', async ({ playwright, baseURL }) => {
  test.setTimeout(120_000);
  const context = await contextFor(playwright, baseURL!, world, 'anonymous');
  const db = await portalDatabase();
  try {
    const count = async () => (await db.$client`select count(*)::int as n, (select version from referrals where id = ${world.referralId}) as v from referrals where idempotency_key like ${`%${world.tag}%`}`)[0];
    const details = await fc.check(
      fc.asyncProperty(json, fc.boolean(), fc.constantFrom('json', 'text', 'broken'), async (body, events, shape) => {
        const url = events ? `/api/referrals/${world.referralId}/events` : '/api/referrals';
        const data = shape === 'broken' ? `${JSON.stringify(body).slice(0, -1)}\u0000` : JSON.stringify(body);
        const before = await count();
        const res = await context.post(url, {
          data,
          headers: { authorization: `Bearer ${world.apiToken}`, 'content-type': shape === 'text' ? 'text/plain' : 'application/json', 'idempotency-key': `${world.tag}-${Math.random()}`, 'x-forwarded-for': someClient() },
          failOnStatusCode: false,
        });
        const text = await res.text();
        const problems = serverProblems(res.status(), text);
        if (res.status() === 400) {
          const error = (JSON.parse(text) as { error?: { code?: string; message?: string; field?: string } }).error;
          if (!error?.message) problems.push(`a 400 without a message: ${text.slice(0, 200)}`);
          if (error?.code === 'invalid' && !error.field) problems.push(`an "invalid" 400 that names no field: ${text.slice(0, 200)}`);
        }
        if (res.status() >= 400 && JSON.stringify(await count()) !== JSON.stringify(before)) problems.push(`refused (${res.status()}) but stored`);
        expect(problems, `POST ${url} → ${res.status()}`).toEqual([]);
      }),
      { numRuns: RUNS * 4 },
    );
    expect(details.failed, `seed ${details.seed}, path ${details.counterexamplePath}: ${brief(details.counterexample)}\n${details.errorInstance}`).toBe(false);
  } finally {
    await context.dispose();
    await db.$client.end();
  }
});
