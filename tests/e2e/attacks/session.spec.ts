import { expect, test, type BrowserContext } from '@playwright/test';
import type { Database } from '../../../db/client';
import { ACTOR_PASSWORD, createActor, type Actor } from '../support/actors';
import { portalDatabase } from '../support/portal';
import { login, logout } from '../support/session';

/*
 * Session fixation and replay: whatever session cookie a browser carries before login (one an
 * attacker chose, or a real one the attacker planted), login hands out a new one, and the old
 * value logs nobody in as the victim. Logging out ends the session on the server: a copy of the
 * cookie kept from before gets the login page.
 */

const COOKIE = 'indgang_session';
let db: Database;
let victim: Actor;
let attacker: Actor;
test.beforeAll(async () => {
  db = await portalDatabase();
  victim = await createActor(db, { role: 'staff', administration: 'kff' });
  attacker = await createActor(db, { role: 'staff', administration: 'kff' });
});
test.afterAll(async () => db.$client.end());

const sessionCookie = async (context: BrowserContext) => (await context.cookies()).find((c) => c.name === COOKIE)?.value;

/** What /konto shows a fresh browser carrying only `value` as its session cookie: the e-mail, or 'login'. */
async function whoIs(context: BrowserContext, value: string, baseURL: string): Promise<string> {
  const browser = context.browser()!;
  const fresh = await browser.newContext({ baseURL });
  try {
    await fresh.addCookies([{ name: COOKIE, value, url: baseURL }]);
    const page = await fresh.newPage();
    await page.goto('/konto');
    if (page.url().includes('/login')) return 'login';
    return (await page.locator('main').innerText()).match(/angreb-[\w-]+@example\.dk/)?.[0] ?? 'unknown';
  } finally {
    await fresh.close();
  }
}

test('a session id chosen by an attacker is replaced at login and logs nobody in', async ({ page, context, baseURL }) => {
  const chosen = 'angriberens-egen-vaerdi-0123456789abcdefghijklmnop';
  await context.addCookies([{ name: COOKIE, value: chosen, url: baseURL! }]);
  await login(page, victim.email, ACTOR_PASSWORD);
  const after = await sessionCookie(context);
  expect(after).toBeDefined();
  expect(after).not.toBe(chosen);
  expect(await whoIs(context, chosen, baseURL!)).toBe('login');
  expect(await whoIs(context, after!, baseURL!)).toBe(victim.email);
});

test("a planted real session cookie is replaced at the victim's login and ended", async ({ page, context, baseURL }) => {
  // The attacker logs in and plants their own valid cookie in the victim's browser.
  await login(page, attacker.email, ACTOR_PASSWORD);
  const planted = (await sessionCookie(context))!;
  await context.clearCookies();
  await context.addCookies([{ name: COOKIE, value: planted, url: baseURL! }]);
  await page.goto('/login');
  if (page.url().includes('/konto')) await logout(page); // the portal may show the attacker's account: the victim logs out first
  await login(page, victim.email, ACTOR_PASSWORD);
  const after = (await sessionCookie(context))!;
  expect(after).not.toBe(planted);
  // The planted value never becomes the victim's session.
  expect(await whoIs(context, planted, baseURL!)).not.toBe(victim.email);
  expect(await whoIs(context, after, baseURL!)).toBe(victim.email);
});

test('logout ends the session on the server: a kept copy of the cookie gets the login page', async ({ page, context, baseURL }) => {
  await login(page, victim.email, ACTOR_PASSWORD);
  const kept = (await sessionCookie(context))!;
  expect(await whoIs(context, kept, baseURL!)).toBe(victim.email);
  await page.goto('/konto');
  await logout(page);
  expect(await sessionCookie(context)).toBeUndefined();
  expect(await whoIs(context, kept, baseURL!)).toBe('login');
});
