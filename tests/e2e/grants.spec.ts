import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, request as playwrightRequest, test } from '@playwright/test';
import { csrfFrom, login, loginRequest } from './support/session';

// Demo data only this file touches: the § 18 grants of Teknik- og Miljøforvaltningen (which has
// no demo grants) for 2018, recorded by its coordinator, and its two associations below.
const COORDINATOR = 'koordinator.tmf@indgang.example.dk';
const LIST = '/rapporter/tilskud?aar=2018';
const wcag = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

async function axe(page: Page): Promise<string[]> {
  return (await new AxeBuilder({ page }).withTags(wcag).analyze()).violations.map((v) => `${v.id}: ${v.help}`);
}

/** Fills in and sends the form to record a grant of 2018. */
async function record(page: Page, association: string, amount: string, purpose: string): Promise<void> {
  await page.getByLabel('Forening', { exact: true }).selectOption({ label: association });
  await page.locator('#year').fill('2018'); // the filter above has a field "År" too
  await page.getByLabel('Beløb i kroner').fill(amount);
  await page.getByLabel('Formål').fill(purpose);
  await page.getByRole('button', { name: 'Registrér tilskud' }).click();
}

const table = (page: Page) => page.getByRole('table', { name: /§ 18-tilskud i 2018/ });
const total = (page: Page) => table(page).locator('tfoot td[data-total]');

test.describe('recording § 18 grants', () => {
  test.describe.configure({ mode: 'serial' });

  test('a coordinator records grants, sees them in the list with the total, and is told what is wrong beside the amount', async ({ page }) => {
    await login(page, COORDINATOR);
    await page.getByRole('link', { name: '§ 18-tilskud' }).first().click();
    await expect(page.getByRole('heading', { level: 1, name: '§ 18-tilskud' })).toBeVisible();
    await page.goto(LIST);
    await expect(page.getByText('Der er ikke registreret nogen tilskud i 2018.')).toBeVisible();
    await expect(page.getByText('Tilskuddet registreres for Teknik- og Miljøforvaltningen.')).toBeVisible();
    expect(await axe(page)).toEqual([]);

    await record(page, 'Grønne Hænder Bispebjerg', '12.500', 'Plantedage i Bispebjerg');
    await expect(page).toHaveURL(/\/rapporter\/tilskud\?aar=2018&oprettet=1$/);
    await expect(page.getByRole('status').filter({ hasText: 'Tilskuddet er registreret.' })).toBeVisible();
    await expect(table(page).getByRole('row', { name: /Grønne Hænder Bispebjerg/ })).toContainText('12.500 kr.');
    await expect(total(page)).toHaveText('12.500 kr.');

    // "12,500" could be 12,5 kr.: refused beside the amount, the rest kept as typed.
    await record(page, 'Ren Strand Amager', '12,500', 'Strandrensning hver måned');
    const summary = page.locator('[data-error-summary]');
    await expect(summary).toBeFocused();
    await expect(summary).toContainText('Skriv højst to cifre efter kommaet, fx 12500,50.');
    await expect(page.locator('#amount-error')).toContainText('Skriv højst to cifre efter kommaet, fx 12500,50.');
    await expect(page.locator('#amount')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('#amount')).toHaveValue('12,500');
    await expect(page.getByLabel('Formål')).toHaveValue('Strandrensning hver måned');
    await expect(page.getByLabel('Forening', { exact: true }).locator('option:checked')).toHaveText('Ren Strand Amager');
    await expect(total(page)).toHaveText('12.500 kr.');
    expect(await axe(page)).toEqual([]);

    await page.getByLabel('Beløb i kroner').fill('7.250,50');
    await page.getByRole('button', { name: 'Registrér tilskud' }).click();
    await expect(page).toHaveURL(/oprettet=1$/);
    await expect(total(page)).toHaveText('19.750,50 kr.');
    await expect(page.locator('[data-summary]')).toHaveText('2 tilskud på i alt 19.750,50 kr.');
  });

  test('a coordinator corrects a grant and deletes another after confirming', async ({ page }) => {
    await login(page, COORDINATOR);
    await page.goto(LIST);
    await page.getByRole('link', { name: 'Ret tilskuddet til Ren Strand Amager: Strandrensning hver måned' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Ret tilskud' })).toBeVisible();
    await expect(page.getByLabel('Beløb i kroner')).toHaveValue('7.250,50');
    expect(await axe(page)).toEqual([]);
    await page.getByLabel('Beløb i kroner').fill('8.000');
    await page.getByRole('button', { name: 'Gem ændringer' }).click();
    await expect(page).toHaveURL(/\/rapporter\/tilskud\?aar=2018&gemt=1$/);
    await expect(page.getByRole('status').filter({ hasText: 'Ændringerne er gemt.' })).toBeVisible();
    await expect(total(page)).toHaveText('20.500 kr.');

    await page.getByRole('link', { name: 'Slet tilskuddet til Ren Strand Amager: Strandrensning hver måned' }).click();
    await expect(page.getByText('Vil du slette tilskuddet på 8.000 kr. til Ren Strand Amager i 2018?')).toBeVisible();
    expect(await axe(page)).toEqual([]);
    await page.getByRole('button', { name: 'Ja, slet tilskuddet' }).click();
    await expect(page).toHaveURL(/slettet=1$/);
    await expect(page.getByRole('status').filter({ hasText: 'Tilskuddet er slettet.' })).toBeVisible();
    await expect(total(page)).toHaveText('12.500 kr.');
    await expect(table(page).getByRole('row')).toHaveCount(3); // heading, one grant, total
  });

  test('the list downloads as CSV for Danish Excel', async ({ playwright }, info) => {
    const baseURL = info.project.use.baseURL!;
    const context = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { origin: new URL(baseURL).origin } });
    await loginRequest(context, COORDINATOR);
    const response = await context.get('/rapporter/tilskud/csv?aar=2018');
    expect(response.status()).toBe(200);
    expect(response.headers()['content-disposition']).toBe('attachment; filename="paragraf-18-tilskud-2018.csv"');
    const bytes = await response.body();
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.subarray(3).toString('utf8')).toBe(
      'Forening;Formål;Forvaltning;År;Beløb (kr.)\r\nGrønne Hænder Bispebjerg;Plantedage i Bispebjerg;Teknik- og Miljøforvaltningen;2018;12500,00\r\n',
    );
    await context.dispose();
  });

  test('the admin sees every administration\'s grants of the year and can pick one', async ({ page }) => {
    // The demo's grants are for the year it was seeded (today's, in Copenhagen).
    const year = new Intl.DateTimeFormat('en', { timeZone: 'Europe/Copenhagen', year: 'numeric' }).format(new Date());
    await login(page, 'admin@indgang.example.dk');
    await page.goto(`/rapporter/tilskud?aar=${year}`);
    const all = page.getByRole('table', { name: `§ 18-tilskud i ${year} – Alle forvaltninger` });
    await expect(all.locator('tfoot td[data-total]')).toHaveText('1.377.500,50 kr.');
    await expect(all.getByRole('row', { name: /Ung-til-Ung Chatten/ })).toContainText('72.500,50 kr.');
    await expect(all.getByRole('columnheader', { name: 'Forvaltning' })).toBeVisible();
    await page.getByLabel('Forvaltning', { exact: true }).first().selectOption({ label: 'Sundheds- og Omsorgsforvaltningen' });
    await page.getByRole('button', { name: 'Vis tilskud' }).click();
    const suf = page.getByRole('table', { name: `§ 18-tilskud i ${year} – Sundheds- og Omsorgsforvaltningen` });
    await expect(suf.locator('tfoot td[data-total]')).toHaveText('185.000 kr.');
    await expect(page.locator('[data-summary]')).toHaveText('2 tilskud på i alt 185.000 kr.');
    expect(await axe(page)).toEqual([]);
  });

  test('staff get 403, and a coordinator cannot open or delete another administration\'s grant', async ({ page }, info) => {
    await login(page, 'medarbejder.kff@indgang.example.dk');
    const refused = await page.goto('/rapporter/tilskud');
    expect(refused?.status()).toBe(403);

    const baseURL = info.project.use.baseURL!;
    const owner = await playwrightRequest.newContext({ baseURL, extraHTTPHeaders: { origin: new URL(baseURL).origin } });
    await loginRequest(owner, COORDINATOR);
    const html = await (await owner.get(LIST)).text();
    const id = html.match(/href="\/rapporter\/tilskud\/([0-9a-f-]{36})"/)?.[1];
    expect(id).toBeTruthy();
    const other = await playwrightRequest.newContext({ baseURL, extraHTTPHeaders: { origin: new URL(baseURL).origin } });
    await loginRequest(other, 'koordinator.kff@indgang.example.dk');
    expect((await other.get(`/rapporter/tilskud/${id}`)).status()).toBe(403);
    const token = csrfFrom(await (await other.get('/rapporter/tilskud')).text());
    expect((await other.post(`/rapporter/tilskud/${id}/slet`, { form: { _csrf: token }, maxRedirects: 0 })).status()).toBe(403);
    expect((await owner.get(`/rapporter/tilskud/${id}`)).status()).toBe(200);
    await Promise.all([owner.dispose(), other.dispose()]);
  });
});
