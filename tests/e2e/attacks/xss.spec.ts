import { expect, test } from '@playwright/test';
import type { Database } from '../../../db/client';
import { ACTOR_PASSWORD, createActor, createListing, tag, type Actor, type Listing } from '../support/actors';
import { waitLikeAPerson } from '../support/forms';
import { expectInert, expectShownAsText, HOSTILE_URLS, hostileText, XSS_PAYLOADS } from '../support/hostile';
import { portalDatabase } from '../support/portal';
import { login } from '../support/session';

/*
 * Cross-site scripting: text people write (associations, citizens, staff) is shown to others on
 * public pages, in search, in the back office and in mails. Every such text here carries script
 * in several shapes; every page must show it as the literal text and run none of it. Listings are
 * put straight into the database (cheaper than the editing forms, and it also proves the pages
 * escape whatever an import or an old row holds); the public forms are filled in the browser.
 */

let db: Database;
let marker: string;
let listing: Listing;
let member: Actor;
let staff: Actor;

test.beforeAll(async () => {
  db = await portalDatabase();
  marker = `xssmærke${tag()}`;
  // A website that would run script if it became a link as it is (the forms refuse it; a row may still hold it).
  listing = await createListing(db, { administration: 'sof', text: (field) => `${marker} ${field} ${hostileText('')}`, website: HOSTILE_URLS[0] });
  member = await createActor(db, { role: 'member', associations: [listing.associationId] });
  staff = await createActor(db, { role: 'staff', administration: 'sof' });
});
test.afterAll(async () => db.$client.end());

test('public pages of a listing show hostile texts as text and link no script', async ({ page }) => {
  for (const path of [
    `/foreninger/${listing.associationSlug}`,
    `/en/foreninger/${listing.associationSlug}`,
    `/aktiviteter/${listing.activitySlug}`,
    `/en/aktiviteter/${listing.activitySlug}`,
    `/fejlmelding?forening=${listing.associationSlug}`,
    `/fejlmelding?aktivitet=${listing.activitySlug}`,
  ]) {
    await expectShownAsText(page, path, marker);
  }
  // The association's website is not a link at all when it is not http(s).
  await page.goto(`/foreninger/${listing.associationSlug}`);
  await expect(page.locator('a[href^="javascript" i]')).toHaveCount(0);
});

test('search shows the hostile listing as text: the page, the English page and the API', async ({ page, request }) => {
  // The outbox brings the new listing to Meilisearch within seconds.
  await expect(async () => {
    await page.goto(`/soeg?q=${marker}`);
    await expect(page.locator('main')).toContainText(`${marker} activity.name`, { timeout: 1000 });
  }).toPass({ timeout: 20_000 });
  await expectInert(page);
  await expectShownAsText(page, `/en/soeg?q=${marker}`, marker);
  const api = await request.get(`/api/search?q=${marker}`);
  expect(api.headers()['content-type']).toMatch(/^application\/json/);
  expect(await api.text()).toContain(marker);
  const hsds = await request.get(`/api/hsds/services/${listing.activityId}`);
  expect(hsds.headers()['content-type']).toMatch(/^application\/json/);
  const ics = await request.get(`/aktiviteter/${listing.activitySlug}.ics`);
  expect(ics.headers()['content-type']).toMatch(/^text\/calendar/);
});

test('queries echoed on search and list pages are text, in both languages', async ({ page }) => {
  for (const payload of XSS_PAYLOADS) {
    const q = encodeURIComponent(`${marker} ${payload}`);
    for (const path of [`/soeg?q=${q}`, `/en/soeg?q=${q}`, `/foreninger?q=${q}`, `/raadgivning?q=${q}`]) {
      await page.goto(path);
      await expectInert(page, path);
    }
  }
  // The "no results" text repeats the query: as text.
  await page.goto(`/soeg?q=${encodeURIComponent(XSS_PAYLOADS[1])}`);
  await expect(page.locator('main')).toContainText(XSS_PAYLOADS[1]);
  await expectInert(page);
});

test('the back office shows the hostile listing as text to its member and its reviewers', async ({ page }) => {
  await login(page, member.email, ACTOR_PASSWORD);
  await expectShownAsText(page, '/forening', marker);
  await page.goto(`/forening/aktivitet/${listing.activityId}`);
  await expectInert(page);
  await expect(page.locator('input[name="name"]')).toHaveValue(new RegExp(`^${marker} activity.name`));
  await page.goto(`/forening/${listing.associationId}/profil`);
  await expectInert(page);
  await expect(page.locator('input[name="name"]')).toHaveValue(new RegExp(`^${marker} association.name`));

  // The member saves the profile with a hostile website: refused beside the field, nothing saved.
  for (const website of HOSTILE_URLS) {
    const form = page.locator('main form').filter({ has: page.locator('input[name="website"]') });
    await form.locator('input[name="website"]').fill(website);
    await form.locator('button[type="submit"]').first().click();
    await expect(page.locator('input[name="website"]')).toHaveAttribute('aria-invalid', 'true');
    await expectInert(page);
  }

  await page.context().clearCookies();
  await login(page, staff.email, ACTOR_PASSWORD);
  await expectShownAsText(page, `/henvisninger/ny?aktivitet=${listing.activitySlug}`, marker, { payloads: [] });
  await expectShownAsText(page, `/forening/historik/activity/${listing.activityId}`, marker, { payloads: [] });
});

test('a problem report written in the public form is text for the staff and in the mail', async ({ page }) => {
  const message = hostileText(`${marker}-fejl`);
  await page.goto(`/fejlmelding?forening=${listing.associationSlug}`);
  await page.getByLabel('Andet').check();
  await page.getByLabel('Skriv, hvad der er forkert').fill(message.slice(0, 450));
  await page.getByRole('button', { name: 'Send fejlmeldingen' }).click();
  await expect(page.getByRole('heading', { name: 'Tak for din fejlmelding' })).toBeVisible();
  await expectInert(page);

  await login(page, staff.email, ACTOR_PASSWORD);
  await expectShownAsText(page, '/forvaltning/fejlmeldinger', `${marker}-fejl`);
  await page.goto('/dev/mail');
  await expectInert(page);
});

test('a citizen request from the entrance is text for the staff who receive it', async ({ page }) => {
  const receiver = await createActor(db, { role: 'staff', administration: 'suf' });
  await page.goto('/indgang');
  const shownAt = Date.now();
  await page.getByLabel('Jeg vil gerne have hjælp').check();
  await page.getByLabel('Motion og bevægelse').check();
  await page.getByLabel('Hvor i kommunen bor du?').selectOption({ label: 'Valby' });
  await page.getByLabel('Mig selv').check();
  await page.getByLabel('Dit navn').fill(`${marker} ${XSS_PAYLOADS[1]}`);
  await page.getByLabel('Telefonnummer').fill('20 30 40 50');
  await page.getByLabel('E-mail', { exact: true }).fill(`borger-${tag()}@example.dk`);
  await page.getByLabel('Fortæl med dine egne ord (valgfrit)').fill(hostileText(`${marker}-ord`));
  await page.getByLabel('Ja, I må give mine oplysninger videre, så jeg kan få svar').check();
  await waitLikeAPerson(page, shownAt);
  await page.getByRole('button', { name: 'Send' }).click();
  await expect(page).toHaveURL(/\/indgang\/kvittering\?/);
  await expectInert(page);
  const code = (await page.locator('[data-reference]').innerText()).trim();

  await login(page, receiver.email, ACTOR_PASSWORD);
  await page.goto('/henvisninger');
  await expectInert(page);
  await page.getByRole('link', { name: code }).click();
  await expect(page.locator('main')).toContainText(`${marker}-ord`);
  await expect(page.locator('main')).toContainText(XSS_PAYLOADS[0]);
  await expectInert(page);
});
