import { expect, test } from '@playwright/test';
import { expectAccessible } from './support/a11y';
import { waitLikeAPerson } from './support/forms';
import { login } from './support/session';

/*
 * The citizen's own entrance on a phone: the guided form, the receipt with the code, and the
 * status by code and e-mail; the English entrance; and the admin's API token used by a case
 * system and revoked. The form refuses anything sent within 3 seconds of showing it, so each
 * test waits that long before sending, as a person would.
 */

const run = () => Math.random().toString(36).slice(2, 8);

test.describe('the citizen entrance on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('a citizen asks for help, gets a code, and sees the status with the code and e-mail', async ({ page }) => {
    const email = `borger-${run()}@example.dk`;
    await page.goto('/');
    await page.getByRole('link', { name: 'Få hjælp eller bliv frivillig' }).first().click();
    await expect(page).toHaveURL(/\/indgang$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Få hjælp eller bliv frivillig');

    // Sent at once and empty: what to correct is listed above the form, and beside each field.
    // (At once: the accessibility scan of the fresh form comes after, as it can take longer than
    // the 3 seconds within which a form counts as sent "very quickly" on a busy machine.)
    await page.getByRole('button', { name: 'Send' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'meget hurtigt' })).toBeVisible();
    await expect(page.locator('[data-error-summary]')).toContainText('Skriv dit navn.');
    await expectAccessible(page);
    await page.goto('/indgang');
    await expectAccessible(page);

    const shownAt = Date.now();
    await page.getByLabel('Jeg vil gerne have hjælp').check();
    await page.getByLabel('Motion og bevægelse').check();
    await page.getByLabel('Hvor i kommunen bor du?').selectOption({ label: 'Valby' });
    await page.getByLabel('Mig selv').check();
    await page.getByLabel('Dit navn').fill('Gerda Gåtur');
    await page.getByLabel('Telefonnummer').fill('20 30 40 50');
    await page.getByLabel('E-mail', { exact: true }).fill(email);
    await page.getByLabel('Fortæl med dine egne ord (valgfrit)').fill('Jeg vil gerne gå ture med andre.');
    await page.getByLabel('Ja, I må give mine oplysninger videre, så jeg kan få svar').check();
    await waitLikeAPerson(page, shownAt);
    await page.getByRole('button', { name: 'Send' }).click();

    await expect(page).toHaveURL(/\/indgang\/kvittering\?/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tak. Vi har modtaget din henvendelse');
    await expect(page.getByText('Din henvendelse er sendt til Sundheds- og Omsorgsforvaltningen.')).toBeVisible();
    const code = (await page.locator('[data-reference]').innerText()).trim();
    expect(code).toMatch(/^[2-9A-HJKMNP-Z]{3}-[2-9A-HJKMNP-Z]{3}-[2-9A-HJKMNP-Z]{3}$/);
    await expectAccessible(page);

    // The receipt mail holds the code and nothing about the citizen.
    await page.goto(`/dev/mail?to=${encodeURIComponent(email)}`);
    await expect(page.getByText(code).first()).toBeVisible();
    await expect(page.getByText('Gerda')).toHaveCount(0);
    await page.goBack();

    await page.getByRole('link', { name: 'Se, hvordan det går med din henvendelse' }).click();
    await expect(page.getByLabel('Din kode')).toHaveValue(code);
    await page.getByLabel('Din e-mail').fill('en-anden@example.dk');
    await page.getByRole('button', { name: 'Se status' }).click();
    await expect(page.getByText('Vi kan ikke finde en henvendelse med den kode og e-mail.')).toBeVisible();

    await page.getByLabel('Din e-mail').fill(email);
    await page.getByRole('button', { name: 'Se status' }).click();
    const status = page.locator('[data-status]');
    await expect(status).toHaveAttribute('data-status', 'sent');
    await expect(status).toContainText(`Henvendelse ${code}`);
    await expect(status).toContainText('Sendt til Sundheds- og Omsorgsforvaltningen.');
    await expectAccessible(page);
  });

  test('the English entrance takes a volunteer, and answers in English', async ({ page }) => {
    await page.goto('/en/indgang');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    const shownAt = Date.now();
    await page.getByLabel('I would like to volunteer').check();
    await page.getByLabel('Your name').fill('Vera Volunteer');
    await page.getByLabel('Email', { exact: true }).fill(`frivillig-${run()}@example.dk`);
    await page.getByLabel('Write to me').check();
    await page.getByLabel('Yes, you may pass on my details so that I can get an answer').check();
    await expectAccessible(page);
    await waitLikeAPerson(page, shownAt);
    await page.getByRole('button', { name: 'Send' }).click();

    await expect(page).toHaveURL(/\/en\/indgang\/kvittering\?/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thank you. We have received your request');
    await expect(page.getByText('Your request has been sent to the Culture and Leisure Administration.')).toBeVisible();
    await expect(page.getByText('We have also sent the code to your email.')).toBeVisible();
  });
});

test.describe('API tokens', () => {
  test('the admin creates a token, a case system sends a referral with it, and the admin revokes it', async ({ page, playwright, baseURL }) => {
    const name = `E2E-system ${run()}`;
    await login(page, 'admin@indgang.example.dk');
    await page.goto('/admin');
    await page.getByRole('link', { name: 'API-nøgler' }).click();
    await page.getByLabel('Forvaltning', { exact: true }).selectOption({ label: 'Sundheds- og Omsorgsforvaltningen (SUF)' });
    await page.getByLabel('Navn', { exact: true }).fill(name);
    await page.getByRole('button', { name: 'Opret nøgle' }).click();
    await expect(page.getByRole('heading', { name: 'Nøglen er oprettet' })).toBeVisible();
    const token = await page.locator('#new-token').inputValue();
    expect(token).toMatch(/^indgang_/);
    await expectAccessible(page);

    // As a case system calls it (curl): no cookies, no Origin header, no CSRF token.
    const api = await playwright.request.newContext({ baseURL });
    const headers = { authorization: `Bearer ${token}`, 'idempotency-key': `e2e-${name}` };
    const body = {
      target: { activity: 'besoegsven-i-valby' },
      citizen: { name: 'Ib Integrationsen', phone: '30 40 50 60', email: null, preferredContact: 'phone', goodTimes: null, needs: 'Vil gerne have besøg' },
      consent: { method: 'oral', givenAt: new Date(Date.now() - 60_000).toISOString(), scope: 'Socialforvaltningen og foreningen' },
      terms: ['ensomme'],
    };
    const created = await api.post('/api/referrals', { headers, data: body });
    expect(created.status()).toBe(201);
    const referral = await created.json();
    expect(referral).toMatchObject({ status: 'sent', version: 1 });
    expect((await api.post('/api/referrals', { headers, data: body })).status()).toBe(200);
    const read = await api.get(`/api/referrals/${referral.id}`, { headers: { authorization: `Bearer ${token}` } });
    expect(read.status()).toBe(200);
    expect((await read.json()).citizen.name).toBe('Ib Integrationsen');

    await page.goto('/admin/api-noegler');
    await page.getByRole('link', { name: `Tilbagekald ${name}` }).click();
    await page.getByRole('button', { name: 'Ja, tilbagekald nøglen' }).click();
    await expect(page.getByText('Nøglen er tilbagekaldt. Den virker ikke længere.')).toBeVisible();

    const refused = await api.post('/api/referrals', { headers: { authorization: `Bearer ${token}` }, data: body });
    expect(refused.status()).toBe(401);
    expect((await refused.json()).error.code).toBe('unauthorized');
    await api.dispose();
  });
});
