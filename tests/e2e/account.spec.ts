import AxeBuilder from '@axe-core/playwright';
import { type Browser, expect, type Page, test } from '@playwright/test';
import { demoAccounts } from '../../db/seed/data/accounts';
import { login, logout } from './support/session';

// Accounts: login, logout, lockout, password reset, invitations and members. Each test uses its
// own demo accounts (see the preamble of the issue) or new e-mails with a random part.
const unique = () => Math.random().toString(36).slice(2, 8);
const nameOf = (email: string) => demoAccounts().find((a) => a.email === email)!.name;

/** Follows the newest link to `path` in the mails to `email`, as the person would from their inbox. */
async function openMailedLink(page: Page, email: string, path: '/nulstil-kode/' | '/invitation/'): Promise<void> {
  await page.goto(`/dev/mail?to=${encodeURIComponent(email)}`);
  const link = page.getByRole('article').first().getByRole('link', { name: new RegExp(path) });
  await page.goto((await link.getAttribute('href'))!);
}

/** In a browser of its own, accepts an invitation mailed to `email` by creating the account. */
async function acceptAsNewPerson(browser: Browser, email: string, name: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await openMailedLink(page, email, '/invitation/');
  await page.getByLabel('Dit navn').fill(name);
  await page.getByLabel('Vælg en adgangskode').fill('en god lang kode');
  await page.getByLabel('Gentag adgangskoden').fill('en god lang kode');
  await page.getByRole('button', { name: 'Opret konto og tag imod' }).click();
  await expect(page).toHaveURL(/\/forening(\?.*)?$/);
  return page;
}

test.describe('accounts', () => {
  test('a staff member logs in, sees who they are, and logs out again', async ({ page }) => {
    const email = 'medarbejder.kff@indgang.example.dk';
    await login(page, email);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Din konto');
    await expect(page.getByRole('main')).toContainText(`Du er logget ind som ${nameOf(email)}.`);
    await expect(page.getByRole('main')).toContainText('Kultur- og Fritidsforvaltningen');
    await expect(page.getByRole('main').getByRole('link', { name: 'Ændringer til godkendelse' })).toHaveAttribute('href', '/forvaltning/godkendelser');
    await expect(page.getByRole('main').getByRole('link', { name: 'Inviter en forening' })).toHaveCount(0);
    await expect(page.getByRole('banner')).toContainText(`Logget ind som ${nameOf(email)}`);

    await logout(page);
    await expect(page.getByRole('status')).toHaveText('Du er logget ud.');
    await expect(page.getByRole('banner').getByRole('link', { name: 'Log ind' })).toBeVisible();
    await page.goto('/konto');
    await expect(page).toHaveURL(/\/login\?next=%2Fkonto$/);
  });

  test('a wrong password gets a plain Danish message above the form, and the e-mail stays filled in', async ({ page }) => {
    await page.goto('/login');
    await page.getByLabel('E-mail').fill('medarbejder.kff@indgang.example.dk');
    await page.getByLabel('Adgangskode').fill('forkert-kode');
    const answer = page.waitForResponse((r) => r.url().endsWith('/login') && r.request().method() === 'POST');
    await page.getByRole('main').getByRole('button', { name: 'Log ind' }).click();
    expect((await answer).status()).toBe(401);
    await expect(page.getByRole('alert')).toHaveText('E-mail eller adgangskode er forkert.');
    await expect(page.getByRole('alert')).toBeFocused();
    await expect(page.getByLabel('E-mail')).toHaveValue('medarbejder.kff@indgang.example.dk');
  });

  test('an e-mail is locked for a while after repeated wrong passwords, even for the right one', async ({ page }) => {
    const email = 'medarbejder.oekf@indgang.example.dk';
    for (let i = 0; i < 6; i += 1) {
      await page.goto('/login');
      await page.getByLabel('E-mail').fill(email);
      await page.getByLabel('Adgangskode').fill(`forkert-${i}`);
      await page.getByRole('main').getByRole('button', { name: 'Log ind' }).click();
      await expect(page.getByRole('alert')).toBeVisible();
    }
    await expect(page.getByRole('alert')).toContainText(/for mange gange .* Prøv igen kl\. \d{1,2}\.\d{2}/);
    await page.getByLabel('Adgangskode').fill('indgang-demo');
    await page.getByRole('main').getByRole('button', { name: 'Log ind' }).click();
    await expect(page.getByRole('alert')).toContainText('Prøv igen kl.');
    await expect(page).toHaveURL(/\/login$/);
  });

  test('a forgotten password is replaced through the link in the mail', async ({ page }) => {
    const email = 'medarbejder.tmf@indgang.example.dk';
    await page.goto('/login');
    await page.getByRole('link', { name: 'Har du glemt din adgangskode?' }).click();
    await page.getByLabel('E-mail').fill(email);
    await page.getByRole('button', { name: 'Send link' }).click();
    await expect(page.getByRole('status')).toContainText('Hvis e-mailen findes hos os, har vi sendt et link');

    await openMailedLink(page, email, '/nulstil-kode/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Vælg en ny adgangskode');
    await page.getByLabel('Ny adgangskode').fill('kort');
    await page.getByLabel('Gentag adgangskoden').fill('kort');
    await page.getByRole('button', { name: 'Gem ny adgangskode' }).click();
    await expect(page.locator('#password-error')).toContainText('mindst 10 tegn');

    await page.getByLabel('Ny adgangskode').fill('tmf har en ny kode');
    await page.getByLabel('Gentag adgangskoden').fill('tmf har en ny kode');
    await page.getByRole('button', { name: 'Gem ny adgangskode' }).click();
    await expect(page).toHaveURL(/\/konto\?ny-kode=1$/);
    await expect(page.getByRole('status')).toHaveText('Din nye adgangskode er gemt, og du er logget ind.');

    await logout(page);
    await login(page, email, 'tmf har en ny kode');
    // The link worked once only.
    await openMailedLink(page, email, '/nulstil-kode/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Linket virker ikke');
  });

  test('a coordinator invites a new person to an association, who accepts and lands on the dashboard', async ({ page, browser }) => {
    const invitee = `ny.${unique()}@example.dk`;
    await login(page, 'koordinator.buf@indgang.example.dk');
    await page.getByRole('main').getByRole('link', { name: 'Inviter en forening' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Inviter en forening');
    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);

    await page.getByRole('button', { name: 'Send invitation' }).click();
    await expect(page.getByRole('alert')).toContainText('Der er fejl i formularen');
    await page.getByLabel('En forening, som Børne- og Ungdomsforvaltningen er ansvarlig for').check();
    await page.getByLabel('Forening', { exact: true }).selectOption({ label: 'Mødrenetværket Amager' });
    await page.getByLabel('E-mail på personen, der skal inviteres').fill(invitee);
    await page.getByRole('button', { name: 'Send invitation' }).click();
    await expect(page.getByRole('status')).toContainText('Invitationen er sendt');

    const newcomer = await acceptAsNewPerson(browser, invitee, 'Nyt Medlem');
    await newcomer.goto('/konto');
    await expect(newcomer.getByRole('main')).toContainText('Mødrenetværket Amager');
    await expect(newcomer.getByRole('banner')).toContainText('Logget ind som Nyt Medlem');
  });

  test('an association member invites a colleague, and removes them again', async ({ page, browser }) => {
    const colleague = `kollega.${unique()}@example.dk`;
    await login(page, 'medlem.natlinjen-koebenhavn@indgang.example.dk');
    await page.getByRole('main').getByRole('link', { name: 'Medlemmer af Natlinjen København' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Medlemmer af Natlinjen København');
    await page.getByLabel('E-mail').fill(colleague);
    await page.getByRole('button', { name: 'Send invitation' }).click();
    await expect(page.getByRole('status')).toContainText('Invitationen er sendt');
    await expect(page.getByRole('table').filter({ hasText: colleague })).toBeVisible();

    await acceptAsNewPerson(browser, colleague, `Kollega ${colleague}`);
    await page.reload();
    const members = page.getByRole('table').first();
    await expect(members).toContainText(colleague);
    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);

    await members.getByRole('button', { name: `Fjern Kollega ${colleague}` }).click();
    await expect(page.getByRole('status')).toHaveText('Medlemmet er fjernet fra foreningen.');
    await expect(page.getByRole('table').first()).not.toContainText(colleague);
  });

  for (const path of ['/login', '/glemt-kode', '/en/login', '/en/glemt-kode']) {
    test(`has no accessibility violations on ${path}`, async ({ page }) => {
      await page.goto(path);
      const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      expect(result.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    });
  }
});
