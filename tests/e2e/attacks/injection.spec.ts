import { expect, test } from '@playwright/test';
import { sql } from 'drizzle-orm';
import type { Database } from '../../../db/client';
import { ACTOR_PASSWORD, createActor, type Actor } from '../support/actors';
import { portalDatabase } from '../support/portal';
import { csrfFrom, loginRequest } from '../support/session';

/*
 * SQL meta-characters and path traversal: every look-up with text from the address or a form
 * answers normally (never 5xx), wildcards match nothing extra, the tables are intact afterwards,
 * and no file route serves anything outside what it is for.
 */

const META = ["' OR 1=1 --", "'; drop table activities; --", '%', '_', '\\', '$1', '\u0000', 'a\u0000b', '%00', '"', ';', '*', ':', '[]'];
const enc = encodeURIComponent;

let db: Database;
let coordinator: Actor;
let before: number;
let startedAt: Date;
test.beforeAll(async () => {
  db = await portalDatabase();
  coordinator = await createActor(db, { role: 'coordinator', administration: 'sof' });
  startedAt = new Date();
  before = await activityCount();
});
test.afterAll(async () => db.$client.end());

// The activities that existed when the file started: other tests add their own meanwhile, so the
// whole table's count would move; a dropped or emptied table shows as fewer of these.
const activityCount = async () =>
  (await db.execute<{ n: number }>(sql`select count(*)::int as n from activities where created_at < ${startedAt.toISOString()}`))[0]!.n;

test('search pages and APIs answer meta-characters normally, and wildcards match nothing extra', async ({ request }) => {
  for (const text of META) {
    const q = enc(text);
    for (const path of [
      `/soeg?q=${q}`,
      `/en/soeg?q=${q}`,
      `/soeg?q=kaffe&kategori=${q}&maalgruppe=${q}&bydel=${q}&sprog=${q}`,
      `/foreninger?q=${q}`,
      `/raadgivning?q=${q}&emne=${q}`,
      `/api/search?q=${q}`,
      `/api/search?q=kaffe&district=${q}&sort=${q}&page=${q}`,
      `/api/hsds/services?search=${q}`,
      `/api/hsds/organizations?search=${q}`,
      `/api/hsds/services?modified_after=${q}`,
      `/api/hsds/services?page=${q}&per_page=${q}`,
      `/fejlmelding?forening=${q}`,
      `/aktiviteter/${q}`,
      `/foreninger/${q}`,
      `/raadgivning/${q}`,
      `/indgang/status?kode=${q}&email=${q}`,
      `/dev/mail?to=${q}`,
    ]) {
      const response = await request.get(path, { maxRedirects: 0 });
      expect(response.status(), `GET ${path}`).toBeLessThan(500);
    }
  }
  // A LIKE wildcard alone is a character, not "everything".
  for (const wildcard of ['%', '_', '%%', '_%', '\\%']) {
    const hsds = await (await request.get(`/api/hsds/organizations?search=${enc(wildcard)}`)).json();
    expect(hsds.total_items ?? hsds.contents?.length ?? 0, `organizations matching ${wildcard}`).toBe(0);
    const services = await (await request.get(`/api/hsds/services?search=${enc(wildcard)}`)).json();
    expect(services.total_items ?? services.contents?.length ?? 0, `services matching ${wildcard}`).toBe(0);
  }
  expect(await activityCount()).toBe(before);
});

test('login, password reset and the entrance status answer meta-characters as wrong input', async ({ playwright, baseURL }) => {
  const context = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { origin: new URL(baseURL!).origin } });
  try {
    const token = csrfFrom(await (await context.get('/login')).text());
    for (const text of ["' OR 1=1 --", `${coordinator.email}' --`, '%', `${coordinator.email}\u0000`, '\\']) {
      const login = await context.post('/login', { form: { _csrf: token, email: text, password: "' OR '1'='1" }, maxRedirects: 0 });
      expect(login.status(), `login as ${JSON.stringify(text)}`).toBeLessThan(500);
      expect(login.status(), `login as ${JSON.stringify(text)}`).not.toBe(303);
      const reset = await context.post('/glemt-kode', { form: { _csrf: token, email: text }, maxRedirects: 0 });
      expect(reset.status(), `reset for ${JSON.stringify(text)}`).toBeLessThan(500);
      const status = await context.post('/indgang/status', { form: { _csrf: token, code: text, email: text }, maxRedirects: 0 });
      expect(status.status(), `status for ${JSON.stringify(text)}`).toBeLessThan(500);
    }
  } finally {
    await context.dispose();
  }
});

test("a coordinator's citizen-data look-up and user search answer meta-characters normally", async ({ playwright, baseURL }) => {
  const context = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { origin: new URL(baseURL!).origin } });
  try {
    await loginRequest(context, coordinator.email, ACTOR_PASSWORD);
    const token = csrfFrom(await (await context.get('/konto')).text());
    for (const text of ["' OR 1=1 --", '%', '_', '\u0000', 'a@b.dk\u0000']) {
      const lookup = await context.post('/forvaltning/borgerdata', { form: { _csrf: token, action: 'search', email: text, phone: text }, maxRedirects: 0 });
      expect(lookup.status(), `citizen data for ${JSON.stringify(text)}`).toBeLessThan(500);
      const exported = await context.post('/forvaltning/borgerdata/eksport', { form: { _csrf: token, email: text }, maxRedirects: 0 });
      expect(exported.status(), `export for ${JSON.stringify(text)}`).toBeLessThan(500);
      const logPage = await context.get(`/forvaltning/adgangslog?reference=${enc(text)}&side=${enc(text)}`, { maxRedirects: 0 });
      expect(logPage.status()).toBeLessThan(500);
      const reports = await context.get(`/rapporter?aar=${enc(text)}&forvaltning=${enc(text)}`, { maxRedirects: 0 });
      expect(reports.status()).toBeLessThan(500);
    }
  } finally {
    await context.dispose();
  }
  expect(await activityCount()).toBe(before);
});

test('file routes serve nothing outside their purpose, whatever the path says', async ({ playwright, baseURL }) => {
  const context = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { origin: new URL(baseURL!).origin } });
  try {
    await loginRequest(context, coordinator.email, ACTOR_PASSWORD);
    const escapes = ['../../../../etc/passwd', '..%2f..%2f..%2f..%2fetc%2fpasswd', '%2e%2e%2f%2e%2e%2fetc%2fpasswd', '..%252f..%252fetc%252fpasswd', '%2fetc%2fpasswd', '....//....//etc/passwd', 'x%00', '..%5c..%5cetc%5cpasswd', '.data%2fsecrets%2freferral-key', '..%2f.data%2fsecrets%2freferral-key'];
    const paths = escapes.flatMap((e) => [
      `/raadgivning/feed/forening/${e}.ics`,
      `/raadgivning/feed/forvaltning/${e}.ics`,
      `/raadgivning/${e}.ics`,
      `/aktiviteter/${e}.ics`,
      `/rapporter/csv/${e}.csv`,
      `/rapporter/aarsrapport/${e}.pdf`,
      `/rapporter/aarsrapport/${e}`,
      `/_astro/${e}`,
      `/${e}`,
      `/dev/mail/${e}`,
      `/favicon.ico/${e}`,
      `/henvisninger/${e}/recept.pdf`,
    ]);
    for (const path of paths) {
      const response = await context.get(path, { maxRedirects: 0 });
      const status = response.status();
      expect([301, 302, 303, 308, 400, 403, 404], `GET ${path} answered ${status}`).toContain(status);
      // A redirect (the static files add a trailing slash; the back office asks for login) stays on the portal.
      if (status < 400) expect(response.headers()['location'], path).toMatch(/^\/(?!\/)/);
      const body = await response.text();
      expect(body, path).not.toMatch(/root:.*:0:0:/);
      expect(body, path).not.toMatch(/"dependencies"|DATABASE_URL|BEGIN [A-Z ]*PRIVATE KEY/);
    }
  } finally {
    await context.dispose();
  }
});
