import { expect, test, type Page } from '@playwright/test';
import { eq } from 'drizzle-orm';
import type { Database } from '../../../db/client';
import { taxonomyTerms } from '../../../db/schema';
import { ACTOR_PASSWORD, createActor, tag, type Actor } from '../support/actors';
import { foreignSiteThatPosts } from '../support/foreign-origin';
import { portalDatabase } from '../support/portal';
import { csrfFrom, login } from '../support/session';

/*
 * Cross-site request forgery: a page on another origin posts a form to the portal while the
 * victim is logged in. 127.0.0.1 on another port is the same *site* (the browser sends the Lax
 * session cookie along), so only the CSRF token and the origin check stand in the way; both must
 * refuse it, and nothing may change.
 */

let db: Database;
let admin: Actor;
test.beforeAll(async () => {
  db = await portalDatabase();
  admin = await createActor(db, { role: 'admin' });
});
test.afterAll(async () => db.$client.end());

/** Opens the foreign page and returns the portal's answer to the form it posted by itself. */
async function forged(page: Page, action: string, fields: Record<string, string>, host?: string): Promise<number> {
  const site = await foreignSiteThatPosts(action, fields);
  try {
    const answer = page.waitForResponse((r) => r.url().startsWith(action) && r.request().method() === 'POST');
    await page.goto(site.url(host));
    return (await answer).status();
  } finally {
    await site.close();
  }
}

/** Whether the browser is still logged in (the account page answers instead of the login page). */
async function stillLoggedIn(page: Page): Promise<boolean> {
  await page.goto('/konto');
  return !page.url().includes('/login');
}

test('a foreign page cannot log the victim out, nor change the taxonomy as the administrator', async ({ page, baseURL }) => {
  await login(page, admin.email, ACTOR_PASSWORD);
  for (const host of ['127.0.0.1', 'localhost']) {
    expect(await forged(page, `${baseURL}/logout`, {}, host), `logout from ${host}`).toBe(403);
    expect(await stillLoggedIn(page)).toBe(true);

    const name = `Forfalsket ${tag()}`;
    const status = await forged(page, `${baseURL}/admin/taksonomi/ny`, { kind: 'category', nameDa: name, nameEn: name }, host);
    expect(status, `new taxonomy term from ${host}`).toBe(403);
    expect(await db.select().from(taxonomyTerms).where(eq(taxonomyTerms.nameDa, name))).toEqual([]);
  }
});

test('a guessed or stolen-looking token from a foreign page is refused too', async ({ page, baseURL }) => {
  await login(page, admin.email, ACTOR_PASSWORD);
  // An attacker cannot read the victim's token; one from the attacker's own session does not fit.
  const other = await page.context().browser()!.newContext();
  const attackerPage = await other.newPage();
  await login(attackerPage, (await createActor(db, { role: 'admin' })).email, ACTOR_PASSWORD);
  const attackerToken = csrfFrom(await attackerPage.content());
  await other.close();
  for (const token of [attackerToken, '', 'x'.repeat(43)]) {
    expect(await forged(page, `${baseURL}/logout`, { _csrf: token })).toBe(403);
  }
  expect(await stillLoggedIn(page)).toBe(true);
});

test('a referral cannot be sent in the name of logged-in staff from a foreign page', async ({ page, baseURL }) => {
  const staff = await createActor(db, { role: 'staff', administration: 'sof' });
  await login(page, staff.email, ACTOR_PASSWORD);
  const status = await forged(page, `${baseURL}/henvisninger/ny`, { name: 'Forfalsket Borger', need: 'Forfalsket', consent: 'yes' });
  expect(status).toBe(403);
  await page.goto('/henvisninger?boks=sendt&status=alle');
  await expect(page.locator('main')).not.toContainText('Forfalsket Borger');
});

test('with the right token but a forged Origin the request is refused (Astro checkOrigin)', async ({ playwright, baseURL }) => {
  const context = await playwright.request.newContext({ baseURL });
  try {
    const loginPage = await context.get('/login');
    const token = csrfFrom(await loginPage.text());
    const post = (origin: string) =>
      context.post('/login', { form: { _csrf: token, email: admin.email, password: ACTOR_PASSWORD }, headers: { origin }, maxRedirects: 0 });
    expect((await post('http://angriber.example')).status()).toBe(403);
    expect((await post('null')).status()).toBe(403);
    expect((await post(new URL(baseURL!).origin)).status()).toBe(303);
    // Logged in now; a forged origin on logout with the session's token is refused, and the session lives.
    const session = csrfFrom(await (await context.get('/konto')).text());
    const out = await context.post('/logout', { form: { _csrf: session }, headers: { origin: 'http://angriber.example' }, maxRedirects: 0 });
    expect(out.status()).toBe(403);
    expect((await context.get('/konto', { maxRedirects: 0 })).status()).toBe(200);
  } finally {
    await context.dispose();
  }
});

test('the session and CSRF cookies are httpOnly and SameSite=Lax', async ({ page }) => {
  await page.goto('/login');
  await login(page, admin.email, ACTOR_PASSWORD);
  const cookies = await page.context().cookies();
  for (const name of ['indgang_session', 'indgang_csrf']) {
    const cookie = cookies.find((c) => c.name === name);
    expect(cookie, name).toBeDefined();
    expect(cookie!.httpOnly, `${name} httpOnly`).toBe(true);
    expect(cookie!.sameSite, `${name} SameSite`).toBe('Lax');
    expect(cookie!.path).toBe('/');
  }
});
