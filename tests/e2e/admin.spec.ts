import AxeBuilder from '@axe-core/playwright';
import { type Browser, expect, type Page, test } from '@playwright/test';
import { login } from './support/session';

// The administrator's pages. Every test creates its own users and terms (with a random part in
// their names), so that the demo accounts and listings other tests use stay as they are.
const ADMIN = 'admin@indgang.example.dk';
const unique = () => Math.random().toString(36).slice(2, 8);

/** Creates a staff member of KFF through the admin's form; returns the new user's page address. */
async function createStaffUser(page: Page, name: string, email: string): Promise<string> {
  await page.goto('/admin/brugere/ny');
  await page.getByLabel('Navn', { exact: true }).fill(name);
  await page.getByLabel('E-mail', { exact: true }).fill(email);
  await page.getByRole('radio', { name: 'Medarbejder' }).check();
  await page.getByLabel('Forvaltning', { exact: true }).selectOption({ label: 'Kultur- og Fritidsforvaltningen (KFF)' });
  await page.getByRole('button', { name: 'Opret' }).click();
  await expect(page).toHaveURL(/\/admin\/brugere\/[0-9a-f-]{36}\?oprettet=1$/);
  return new URL(page.url()).pathname;
}

/** Opens the welcome mail at /dev/mail in a fresh browser, follows its link and chooses a password. */
async function choosePassword(browser: Browser, email: string, password: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`/dev/mail?to=${encodeURIComponent(email)}`);
  const mail = page.getByRole('article').filter({ hasText: 'Din konto på Indgang' });
  await expect(mail).toContainText('Din rolle er: Medarbejder');
  await mail.getByRole('link', { name: /\/nulstil-kode\// }).first().click();
  await page.locator('form#reset-form input[name="password"]').fill(password);
  await page.locator('form#reset-form input[name="repeat"]').fill(password);
  await page.locator('form#reset-form button[type="submit"]').click();
  await expect(page).toHaveURL(/\/konto(\?.*)?$/);
  return page;
}

test.describe('the administrator', () => {
  test('finds the three parts of the administration from the account page, with figures', async ({ page }) => {
    await login(page, ADMIN);
    await page.getByRole('link', { name: 'Administration af Indgang' }).first().click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Administration');
    const main = page.getByRole('main');
    await expect(main).toContainText('7 forvaltninger');
    // Other tests may add a term meanwhile, so only the shape of the figure is certain.
    await expect(main).toContainText(/\d+ målgrupper og \d+ kategorier/);
    for (const part of ['Forvaltninger', 'Brugere', 'Målgrupper og kategorier']) {
      await expect(main.getByRole('link', { name: part, exact: true })).toBeVisible();
    }
  });

  test('creates a staff member of KFF, who gets a mail, chooses a password and is logged in', async ({ page, browser }) => {
    const email = `e2e-kff-${unique()}@example.dk`;
    await login(page, ADMIN);
    const userPath = await createStaffUser(page, 'Karla Kulturmedarbejder', email);

    await expect(page.getByRole('status')).toHaveText('Brugeren er oprettet. Der er sendt en e-mail med et link til at vælge adgangskode.');
    await expect(page.getByRole('main')).toContainText(`E-mail: ${email}`);
    await expect(page.getByRole('main')).toContainText('Har ikke valgt adgangskode');
    await expect(page.getByRole('radio', { name: 'Medarbejder' })).toBeChecked();

    const newcomer = await choosePassword(browser, email, 'kultur-og-fritid-2026');
    await expect(newcomer.getByRole('main')).toContainText('Karla Kulturmedarbejder');

    await page.goto(userPath);
    await expect(page.getByRole('main')).not.toContainText('Har ikke valgt adgangskode');
    await expect(page.getByRole('main')).toContainText('Sidst logget ind');
    await newcomer.context().close();
  });

  test('disables a user, who is logged out at once, and can restore the access', async ({ page, browser }) => {
    const email = `e2e-spaerret-${unique()}@example.dk`;
    await login(page, ADMIN);
    const userPath = await createStaffUser(page, 'Sigurd Snart-Spærret', email);
    const newcomer = await choosePassword(browser, email, 'spaerres-snart-2026');

    await page.goto(userPath);
    await page.getByRole('button', { name: 'Spær brugeren' }).click();
    await expect(page.getByRole('status')).toHaveText('Brugeren er spærret og logget ud.');
    await expect(page.getByRole('main')).toContainText('Spærret');

    // The newcomer's next page load finds no session: back to the login page.
    await newcomer.goto('/konto');
    await expect(newcomer).toHaveURL(/\/login\?next=%2Fkonto$/);

    await page.getByRole('button', { name: 'Åbn for brugeren igen' }).click();
    await expect(page.getByRole('status')).toHaveText('Brugeren kan logge ind igen.');
    await newcomer.context().close();
  });

  test('is told beside each field what is wrong with a new user, and nothing is created', async ({ page }) => {
    await login(page, ADMIN);
    await page.goto('/admin/brugere/ny');
    await page.getByLabel('Navn', { exact: true }).fill('Dorte Dublet');
    await page.getByLabel('E-mail', { exact: true }).fill('Medarbejder.KFF@indgang.example.dk');
    await page.getByRole('radio', { name: 'Foreningsmedlem' }).check();
    await page.getByRole('button', { name: 'Opret' }).click();

    const summary = page.getByRole('alert');
    await expect(summary).toContainText('Der er fejl i formularen');
    await expect(summary).toContainText('Vælg mindst én forening, medlemmet hører til.');
    await expect(page.getByLabel('Navn', { exact: true })).toHaveValue('Dorte Dublet');

    // With an association chosen, the taken address is the one thing left.
    await page.getByRole('checkbox', { name: /Valby Besøgstjeneste/ }).check();
    await page.getByRole('button', { name: 'Opret' }).click();
    await expect(page.getByRole('alert')).toContainText('Der findes allerede en bruger med denne e-mailadresse.');
    await expect(page.getByLabel('E-mail', { exact: true })).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByRole('checkbox', { name: /Valby Besøgstjeneste/ })).toBeChecked();
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });

  test('cannot disable or demote themselves, and is told why', async ({ page }) => {
    await login(page, ADMIN);
    await page.goto(`/admin/brugere?q=${encodeURIComponent(ADMIN)}`);
    await page.getByRole('table').getByRole('link').first().click();
    await expect(page.getByRole('main')).toContainText('Det er dig. Du kan ikke fjerne din egen administratorrolle eller spærre dig selv.');
    await expect(page.getByRole('button', { name: 'Spær brugeren' })).toHaveCount(0);

    await page.getByRole('radio', { name: 'Medarbejder' }).check();
    await page.getByLabel('Forvaltning', { exact: true }).selectOption({ label: 'Socialforvaltningen (SOF)' });
    await page.getByRole('button', { name: 'Gem ændringer' }).click();
    await expect(page.getByRole('alert')).toContainText('Du kan ikke fjerne din egen administratorrolle.');
    // Loaded afresh (a reload would send the form again): the stored role is unchanged.
    await page.goto(page.url());
    await expect(page.getByRole('radio', { name: 'Administrator' })).toBeChecked();
  });

  test('finds users by role, administration and name', async ({ page }) => {
    await login(page, ADMIN);
    await page.goto('/admin/brugere');
    await page.getByLabel('Rolle', { exact: true }).selectOption({ label: 'Koordinator' });
    await page.getByLabel('Forvaltning', { exact: true }).selectOption({ label: 'Børne- og Ungdomsforvaltningen (BUF)' });
    await page.getByRole('button', { name: 'Vis brugere' }).click();
    await expect(page.getByRole('heading', { level: 2, name: '1 bruger' })).toBeVisible();
    const table = page.getByRole('table');
    await expect(table).toContainText('koordinator.buf@indgang.example.dk');
    await expect(table).toContainText('Demo');
  });

  test('keeps an administration as it was when the form is wrong, with the message beside the field', async ({ page }) => {
    await login(page, ADMIN);
    await page.goto('/admin/forvaltninger');
    await page.getByRole('link', { name: 'Socialforvaltningen', exact: true }).click();
    await page.getByLabel('Svarfrist i arbejdsdage').fill('45');
    await page.getByRole('button', { name: 'Gem ændringer' }).click();
    await expect(page.getByRole('alert')).toContainText('Skriv et helt antal arbejdsdage fra 1 til 30.');
    await expect(page.getByLabel('Svarfrist i arbejdsdage')).toHaveAttribute('aria-invalid', 'true');
    await page.goto('/admin/forvaltninger');
    await expect(page.getByRole('row', { name: /Socialforvaltningen/ })).not.toContainText('45');
  });

  test('creates a category that associations can use at once, and deletes it again while no activity uses it', async ({ page, browser }) => {
    const name = `Brætspil ${unique()}`;
    await login(page, ADMIN);
    await page.goto('/admin/taksonomi');
    await page.getByRole('link', { name: 'Opret kategori' }).click();
    await expect(page.getByRole('radio', { name: /^Kategori/ })).toBeChecked();
    await page.getByLabel('Navn på dansk').fill(name);
    await page.getByLabel('Navn på engelsk').fill('Board games');
    await page.getByRole('button', { name: 'Opret' }).click();
    await expect(page.getByRole('status')).toHaveText('Ordet er oprettet.');
    await expect(page.getByLabel('Adressenavn (frivilligt)')).toHaveValue(/^braetspil-/);

    await page.goto('/admin/taksonomi');
    const categories = page.getByRole('region', { name: 'Kategorier' });
    await expect(categories.getByRole('row', { name: new RegExp(name) }).getByRole('cell').last()).toHaveText('0');

    // An association can tag its activities with it at once (the form is only looked at, not sent).
    const member = await (await browser.newContext()).newPage();
    await login(member, 'medlem.moedrenetvaerket-amager@indgang.example.dk');
    await member.goto('/forening');
    await member.getByRole('link', { name: 'Opret en ny aktivitet' }).first().click();
    await expect(member.getByRole('group', { name: 'Hvad handler aktiviteten om?' }).getByRole('checkbox', { name })).toBeVisible();
    await member.context().close();

    await categories.getByRole('link', { name }).click();
    await page.getByRole('button', { name: `Slet "${name}"` }).click();
    await expect(page.getByRole('status')).toHaveText('Ordet er slettet.');
    await expect(page.getByRole('main')).not.toContainText(name);
  });

  test('cannot delete a target group that activities use, and is told what to do instead', async ({ page }) => {
    await login(page, ADMIN);
    await page.goto('/admin/taksonomi');
    await page.getByRole('region', { name: 'Målgrupper' }).getByRole('link', { name: 'Ældre', exact: true }).click();
    await expect(page.getByRole('main')).toContainText(/\d+ aktiviteter bruger ordet, så det kan ikke slettes\./);
    await expect(page.getByRole('button', { name: /^Slet/ })).toHaveCount(0);
  });
});
