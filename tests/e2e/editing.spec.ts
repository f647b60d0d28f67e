import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, request as playwrightRequest, test } from '@playwright/test';
import { csrfFrom, login, loginRequest } from './support/session';

/*
 * An association keeps its own listings: the member of Vesterbro Borgerhjælp creates an activity
 * with a place and a time, sends it for approval, changes the association's phone number, and
 * fills a form with the keyboard alone. Only this member's association and listings are changed;
 * names carry a run-unique suffix so that the two parallel workers never meet.
 */
const MEMBER = 'medlem.vesterbro-borgerhjaelp@indgang.example.dk';
/** Read from, never changed: another association's activity must be closed to our member. */
const OTHER_MEMBER = 'medlem.valby-besoegstjeneste@indgang.example.dk';
const wcag = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const unique = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;

async function axe(page: Page) {
  return (await new AxeBuilder({ page }).withTags(wcag).analyze()).violations;
}

/** From the dashboard to the new-activity form of the member's association. */
async function openNewActivity(page: Page) {
  await page.goto('/forening');
  await page.getByRole('link', { name: 'Opret en ny aktivitet' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ny aktivitet');
}

test.describe('an association edits its listings', () => {
  test('creates an activity with a new place and a time, sends it for approval and sees it wait on the dashboard', async ({ page }) => {
    const name = `Strikkecafé ${unique()}`;
    await login(page, MEMBER);
    await openNewActivity(page);

    await page.getByLabel('Et tilbud til borgere, fx besøgsven, madklub eller rådgivning').check();
    await page.getByLabel('Navn på aktiviteten (skal udfyldes)').fill(name);
    await page
      .getByLabel('Kort beskrivelse (skal udfyldes)', { exact: true })
      .fill('Vi strikker, drikker kaffe og hjælper hinanden i gang.');
    await page.getByRole('radio', { name: 'Det koster penge' }).check();
    await page.getByLabel('Pris i kroner').fill('25,50');
    await page.locator('input[name="places.0.name"]').fill('Strikkestuen');
    await page.locator('input[name="places.0.address"]').fill('Istedgade 12');
    await page.locator('input[name="places.0.postalCode"]').fill('1650');
    await page.locator('input[name="places.0.city"]').fill('København V');
    await page.locator('input[name="places.0.latitude"]').fill('55,6705');
    await page.locator('input[name="places.0.longitude"]').fill('12.5590');
    await page.locator('input[name="schedules.0.byday"][value="TU"]').check();
    await page.locator('input[name="schedules.0.opensAt"]').fill('10');
    await page.locator('input[name="schedules.0.closesAt"]').fill('12:30');
    await page.getByRole('button', { name: 'Opret aktiviteten' }).click();

    await expect(page).toHaveURL(/\/forening\/aktivitet\/[0-9a-f-]{36}\?oprettet=1$/);
    await expect(page.getByRole('status').filter({ hasText: 'oprettet som kladde' })).toBeVisible();
    await expect(page.locator('input[name="places.0.name"]')).toHaveValue('Strikkestuen');
    await expect(page.locator('input[name="places.0.latitude"]')).toHaveValue('55.6705');
    await expect(page.locator('input[name="schedules.0.opensAt"]')).toHaveValue('10:00');
    await expect(page.locator('input[name="schedules.0.byday"][value="TU"]')).toBeChecked();
    await expect(page.locator('input[name="price"]')).toHaveValue('25,50');
    expect(await axe(page)).toEqual([]);

    await page.getByRole('button', { name: 'Send til godkendelse' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Sendt til godkendelse' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Send til godkendelse' })).toHaveCount(0);

    await page.goto('/forening');
    const row = page.getByRole('row').filter({ has: page.getByRole('link', { name, exact: true }) });
    await expect(row).toContainText('Kladde, ikke offentlig');
    await expect(row).toContainText('Venter på godkendelse');
    await expect(page.locator('.dashboard-revisions li', { hasText: name }).first()).toContainText('Venter på godkendelse');
    expect(await axe(page)).toEqual([]);
  });

  test('changes the association’s phone number and is told what waits for approval', async ({ page }) => {
    const phone = `3${unique().replace(/\D/g, '').padEnd(7, '1').slice(0, 7)}`;
    await login(page, MEMBER);
    await page.goto('/forening');
    await page.getByRole('link', { name: 'Ret foreningens profil' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Foreningens profil: Vesterbro Borgerhjælp/);
    expect(await axe(page)).toEqual([]);

    await page.getByLabel('Foreningens telefonnummer').fill(phone);
    await page.getByRole('button', { name: 'Gem ændringer' }).click();
    // Whether the phone needs approval is the administration's choice; either way the notice names it.
    await expect(page.getByRole('status').filter({ hasText: 'Foreningens telefonnummer' })).toContainText(
      /Sendt til godkendelse hos Socialforvaltningen|Gemt og vist for alle med det samme/,
    );
    await expect(page.getByLabel('Foreningens telefonnummer')).toHaveValue(phone);
  });

  test('refuses a form with mistakes, says what is wrong beside each field and keeps what was typed', async ({ page }) => {
    await login(page, MEMBER);
    await openNewActivity(page);
    await page.getByLabel('Navn på aktiviteten (skal udfyldes)').fill('Halvfærdig aktivitet');
    await page.locator('input[name="schedules.0.byday"][value="WE"]').check();
    await page.locator('input[name="schedules.0.opensAt"]').fill('14:00');
    await page.locator('input[name="schedules.0.closesAt"]').fill('12:00');
    await page.getByRole('button', { name: 'Opret aktiviteten' }).click();

    const summary = page.getByRole('alert').filter({ hasText: 'Der er fejl i formularen' });
    await expect(summary).toBeFocused();
    await expect(summary.getByRole('link')).toHaveText([
      'Vælg, om det er et tilbud til borgere eller en frivilligopgave.',
      'Udfyld feltet ”Kort beskrivelse”.',
      'Sluttidspunktet skal være efter starttidspunktet. Slutter det efter midnat, så sæt kryds i ”Slutter efter midnat”.',
    ]);
    await expect(page.locator('#schedules\\.0\\.closesAt-error')).toContainText('Sluttidspunktet skal være efter starttidspunktet');
    await expect(page.locator('input[name="schedules.0.closesAt"]')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByLabel('Navn på aktiviteten (skal udfyldes)')).toHaveValue('Halvfærdig aktivitet');
    await expect(page.locator('input[name="schedules.0.byday"][value="WE"]')).toBeChecked();
    expect(await axe(page)).toEqual([]);
  });

  test('can be filled in with the keyboard alone', async ({ page }) => {
    const name = `Tastaturcafé ${unique()}`;
    await login(page, MEMBER);
    await openNewActivity(page);

    // From the top of the page, Tab reaches the first field of the form.
    await page.keyboard.press('Tab');
    for (let i = 0; i < 80 && !(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name === 'kind')); i += 1) {
      await page.keyboard.press('Tab');
    }
    await expect(page.locator('input[name="kind"]').first()).toBeFocused();
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    await expect(page.locator('input[name="name"]')).toBeFocused();
    await page.keyboard.type(name);
    // Sent without a summary: the error summary takes focus and its link leads to the field.
    await page.keyboard.press('Enter');
    const summary = page.getByRole('alert').filter({ hasText: 'Der er fejl i formularen' });
    await expect(summary).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(summary.getByRole('link', { name: 'Udfyld feltet ”Kort beskrivelse”.' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('textarea[name="summary"]')).toBeFocused();
    await page.keyboard.type('Kaffe og snak, skrevet uden mus.');
    await page.keyboard.press('Shift+Tab');
    await expect(page.locator('input[name="name"]')).toBeFocused();
    await page.keyboard.press('Enter');

    await expect(page).toHaveURL(/\/forening\/aktivitet\/[0-9a-f-]{36}\?oprettet=1$/);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(name);
  });

  test('is closed to the activities of another association', async ({ page }) => {
    // The other association's activity id, read from its own member's dashboard.
    const baseURL = test.info().project.use.baseURL!;
    // Astro refuses form posts without the site's own Origin, as browsers send it.
    const origin = new URL(baseURL).origin;
    const other = await playwrightRequest.newContext({ baseURL, extraHTTPHeaders: { origin } });
    await loginRequest(other, OTHER_MEMBER);
    const html = await (await other.get('/forening')).text();
    await other.dispose();
    const activityId = html.match(/href="\/forening\/aktivitet\/([0-9a-f-]{36})"/)?.[1];
    expect(activityId, 'an activity of Valby Besøgstjeneste').toBeTruthy();

    await login(page, MEMBER);
    const response = await page.goto(`/forening/aktivitet/${activityId}`);
    expect(response?.status()).toBe(403);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Du har ikke adgang til denne side');

    // Nor may its status be changed, even with a valid form token of our own.
    await page.goto('/forening');
    const csrf = csrfFrom(await page.content());
    const post = await page.request.post(`/forening/aktivitet/${activityId}/status`, {
      form: { _csrf: csrf, action: 'pause' },
      headers: { origin },
      maxRedirects: 0,
    });
    expect(post.status()).toBe(403);
    // Refused by the access check, not by the form token or origin checks.
    expect(await post.text()).toContain('Du har ikke adgang til denne side');
  });
});
