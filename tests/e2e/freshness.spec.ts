import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page, request as playwrightRequest, test } from '@playwright/test';
import { runFreshness } from '../../src/lib/freshness';
import { csrfFrom, login, loginRequest } from './support/session';
import { portalDatabase } from './support/portal';

// Demo data only this file touches: the SOF activity below (reports), the association
// "Recept på Fællesskab Vesterbro" (SUF) with its member, and SUF's coordinator.
const ACTIVITY = '/aktiviteter/besoegsven-paa-vesterbro-og-i-sydhavnen';
const ACTIVITY_NAME = 'Besøgsven på Vesterbro og i Sydhavnen';
const MEMBER = 'medlem.recept-paa-faellesskab-vesterbro@indgang.example.dk';
const wcag = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Presses Tab until `target` has the focus, as a keyboard user would. */
async function tabTo(page: Page, target: Locator, max = 60): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((el) => el === document.activeElement)) return;
  }
  throw new Error('Tab never reached the element');
}

/** A browser-less client that sends the site's own Origin, as browsers do (Astro refuses form posts without it). */
function requestContext() {
  const baseURL = test.info().project.use.baseURL!;
  return playwrightRequest.newContext({ baseURL, extraHTTPHeaders: { origin: new URL(baseURL).origin } });
}


test.describe('problem reports', () => {
  // In order: the last test uses up this address's reports for the hour.
  test.describe.configure({ mode: 'serial' });

  test('a citizen reports a wrong time with the keyboard only; staff of the responsible administration close it', async ({ page, browser }) => {
    const message = `Der står onsdag, men de mødes om torsdagen (${Date.now()}).`;
    await page.goto(ACTIVITY);
    await tabTo(page, page.getByRole('link', { name: 'Meld en fejl' }));
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Meld en fejl om ${ACTIVITY_NAME}`);
    expect((await new AxeBuilder({ page }).withTags(wcag).analyze()).violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);

    // Sent without a reason: the summary takes the focus and names what is missing.
    await tabTo(page, page.getByRole('button', { name: 'Send fejlmeldingen' }));
    await page.keyboard.press('Enter');
    const summary = page.getByRole('alert');
    await expect(summary).toContainText('Vælg, hvad der er forkert.');
    await expect(summary).toBeFocused();
    expect((await new AxeBuilder({ page }).withTags(wcag).analyze()).violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);

    await tabTo(page, page.getByRole('radio', { name: 'Forkert adresse' }));
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('radio', { name: 'Forkert tidspunkt' })).toBeChecked();
    await page.keyboard.press('Tab');
    await expect(page.getByLabel('Skriv, hvad der er forkert')).toBeFocused();
    await page.keyboard.type(message);
    await page.keyboard.press('Tab');
    await page.keyboard.type('borger.e2e@example.dk');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Send fejlmeldingen' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status')).toContainText('Tak for din fejlmelding');

    const staff = await (await browser.newContext()).newPage();
    await login(staff, 'medarbejder.sof@indgang.example.dk');
    await staff.goto('/forvaltning/fejlmeldinger');
    const report = staff.getByRole('article').filter({ hasText: message });
    await expect(report.getByRole('heading')).toHaveText(`Forkert tidspunkt: ${ACTIVITY_NAME}`);
    await expect(report).toContainText('Borgerens e-mail: borger.e2e@example.dk');
    await report.getByLabel('Hvad er gjort?').fill('Foreningen har rettet dagen til torsdag.');
    await report.getByRole('button', { name: /^Afslut fejlmeldingen/ }).click();
    await expect(staff.getByRole('status')).toHaveText('Fejlmeldingen er afsluttet.');
    await expect(staff.getByRole('article').filter({ hasText: message })).toHaveCount(0);

    // The reader got the answer at the address they gave.
    await staff.goto(`/dev/mail?to=${encodeURIComponent('borger.e2e@example.dk')}`);
    await expect(staff.getByRole('article').first()).toContainText('Foreningen har rettet dagen til torsdag.');
  });

  test('the English page leads to the English report form', async ({ page }) => {
    await page.goto(`/en${ACTIVITY}`);
    await page.getByRole('link', { name: 'Report a problem' }).click();
    await expect(page).toHaveURL(/\/en\/fejlmelding\?aktivitet=besoegsven-paa-vesterbro-og-i-sydhavnen$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Report a problem with ${ACTIVITY_NAME}`);
    await expect(page.getByRole('group', { name: 'What is wrong?' }).getByRole('radio')).toHaveCount(5);
  });

  test('answers the friendly 429 page when one address sends too many', async () => {
    const request = await requestContext();
    const form = `/fejlmelding?aktivitet=${ACTIVITY.split('/').pop()}`;
    const csrf = csrfFrom(await (await request.get(form)).text());
    // Without a reason: refused as invalid and stored nowhere, but counted (so are the reports above).
    const send = () => request.post(form, { form: { _csrf: csrf, message: '' }, maxRedirects: 0 });
    const statuses: number[] = [];
    let refused = await send();
    while (refused.status() === 400 && statuses.length < 11) {
      statuses.push(400);
      refused = await send();
    }
    expect(refused.status()).toBe(429);
    expect(statuses.length).toBeGreaterThan(0);
    expect(Number(refused.headers()['retry-after'])).toBeGreaterThan(0);
    expect(await refused.text()).toContain('Du har sendt mange på kort tid');
    await request.dispose();
  });
});

test.describe('fresh listings', () => {
  test('a member may confirm only the listings of their own association', async () => {
    const db = await portalDatabase();
    let otherId: string;
    try {
      otherId = (await db.$client<{ id: string }[]>`select id from activities where slug = ${ACTIVITY.split('/').pop()!}`)[0]!.id;
    } finally {
      await db.$client.end();
    }
    const request = await requestContext();
    await loginRequest(request, MEMBER);
    const csrf = csrfFrom(await (await request.get('/forening')).text());
    const post = (listingId: string) => request.post('/forening/bekraeft', { form: { _csrf: csrf, kind: 'activity', listingId, back: '/forening' }, maxRedirects: 0 });
    expect((await post(otherId)).status()).toBe(403);
    expect(await (await post(otherId)).text()).toContain('Du har ikke adgang til denne side');
    expect((await post('00000000-0000-4000-8000-000000000000')).status()).toBe(404);
    await request.dispose();
  });

  test('a member confirms a listing from the dashboard', async ({ page }) => {
    await login(page, MEMBER);
    await page.goto('/forening');
    const association = page.getByRole('region', { name: 'Recept på Fællesskab Vesterbro' });
    await association.getByRole('button', { name: 'Bekræft, at oplysningerne er rigtige – Recept på Fællesskab Vesterbro', exact: true }).click();
    await expect(page).toHaveURL(/bekraeftet=/);
    const confirmed = association.locator('.confirm-listing').first();
    await expect(confirmed.getByRole('status')).toHaveText('Tak. Oplysningerne er bekræftet i dag.');
    const today = new Intl.DateTimeFormat('da-DK', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Copenhagen' }).format(new Date());
    await expect(confirmed).toContainText(`Sidst bekræftet ${today}.`);
  });

  test('a reminder link shows the listing, changes nothing when opened, and confirms with one button', async ({ page, baseURL }) => {
    const db = await portalDatabase();
    try {
      // A year without confirmation, then the hourly job: as if the reminder were due today.
      await db.$client`update activities set last_verified_at = now() - interval '12 months 3 days'
                       where slug = 'bliv-frivillig-motionsvejleder'`;
      await runFreshness(db, { baseUrl: baseURL! });
      const before = await db.$client<{ last_verified_at: Date }[]>`select last_verified_at from activities where slug = 'bliv-frivillig-motionsvejleder'`;

      await page.goto(`/dev/mail?to=${encodeURIComponent(MEMBER)}`);
      const mail = page.getByRole('article').filter({ hasText: 'Sidste påmindelse' }).first();
      const href = await mail.getByRole('link', { name: /\/bekraeft\// }).first().getAttribute('href');
      await page.goto(href!);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Er oplysningerne rigtige?');
      await expect(page.getByRole('main')).toContainText('Bliv frivillig motionsvejleder');
      expect((await new AxeBuilder({ page }).withTags(wcag).analyze()).violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
      const opened = await db.$client<{ last_verified_at: Date }[]>`select last_verified_at from activities where slug = 'bliv-frivillig-motionsvejleder'`;
      expect(opened[0]!.last_verified_at).toEqual(before[0]!.last_verified_at);

      await page.getByRole('button', { name: 'Ja, oplysningerne er rigtige' }).click();
      await expect(page.getByRole('status')).toContainText('Tak! Oplysningerne er bekræftet');
      const after = await db.$client<{ last_verified_at: Date }[]>`select last_verified_at from activities where slug = 'bliv-frivillig-motionsvejleder'`;
      expect(new Date(after[0]!.last_verified_at).getTime()).toBeGreaterThan(Date.now() - 5 * 60_000);

      // A link copied only in part says so, and what to do instead.
      const broken = await page.goto(href!.slice(0, -3));
      expect(broken?.status()).toBe(404);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Linket virker ikke');
    } finally {
      await db.$client.end();
    }
  });

  test('the coordinator sees the administration’s listings not confirmed for a year', async ({ page }) => {
    await login(page, 'koordinator.suf@indgang.example.dk');
    await page.goto('/forvaltning/foraeldede');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Forældede opslag');
    const rows = page.getByRole('table', { name: 'Opslag, der ikke er bekræftet i over 12 måneder' }).locator('tbody tr');
    await expect(rows.first()).toBeVisible();
    for (const text of await rows.locator('td:nth-child(3) strong').allTextContents()) expect(Number.parseInt(text, 10)).toBeGreaterThanOrEqual(12);
    expect((await new AxeBuilder({ page }).withTags(wcag).analyze()).violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  });

  test('a listing unconfirmed for 15 months warns the reader on its public page', async ({ page }) => {
    const db = await portalDatabase();
    try {
      await db.$client`update activities set last_verified_at = now() - interval '16 months' where slug = 'netvaerk-paa-recept'`;
    } finally {
      await db.$client.end();
    }
    await page.goto('/aktiviteter/netvaerk-paa-recept');
    const warning = page.getByRole('note');
    await expect(warning).toContainText(/^Ikke bekræftet siden \d{1,2}\. \p{L}+ \d{4}/u);
    await expect(warning).toContainText('Ring eller skriv til foreningen, før du tager af sted.');
  });
});
