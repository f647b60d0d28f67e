import { expect, request as playwrightRequest, test } from '@playwright/test';
import { expectAccessible } from './support/a11y';

/**
 * Rate limits as a citizen or a client meets them: the search API's JSON 429, and the friendly
 * page in Danish and English that keeps what was typed. Each test comes from an address of its
 * own (the test portal trusts one proxy, TRUST_PROXY=1, so X-Forwarded-For is the client), so the
 * limits it spends never shut out the other spec files, which all come from 127.0.0.1.
 */

/** An address from the benchmarking range (RFC 2544) that no other test uses. */
function ownAddress(): string {
  const n = test.info().workerIndex * 256 + Math.floor(Math.random() * 250);
  return `198.18.${(n >> 8) % 256}.${(n % 250) + 1}`;
}

function clientFrom(address: string) {
  const baseURL = test.info().project.use.baseURL!;
  return playwrightRequest.newContext({ baseURL, extraHTTPHeaders: { 'x-forwarded-for': address, origin: new URL(baseURL).origin } });
}

test('the search API answers 429 in JSON with Retry-After once an address has searched 300 times in a minute', async ({ browser }) => {
  const address = ownAddress();
  const client = await clientFrom(address);
  const statuses: number[] = [];
  // In batches, as a busy library's computers would send them; all within the minute.
  for (let batch = 0; batch < 10; batch += 1) {
    const answers = await Promise.all(Array.from({ length: 30 }, () => client.get('/api/search?q=str')));
    statuses.push(...answers.map((a) => a.status()));
  }
  expect(statuses.filter((s) => s === 200)).toHaveLength(300);

  const refused = await client.get('/api/search?q=str', { headers: { 'accept-language': 'en' } });
  expect(refused.status()).toBe(429);
  const retryAfter = Number(refused.headers()['retry-after']);
  expect(retryAfter).toBeGreaterThan(0);
  expect(retryAfter).toBeLessThanOrEqual(60);
  expect(refused.headers()['content-type']).toContain('application/json');
  const body = (await refused.json()) as { error: { code: string; message: string }; retryAfterSeconds: number };
  expect(body).toMatchObject({ error: { code: 'rate_limited' }, retryAfterSeconds: retryAfter });
  expect(body.error.message).toMatch(/^Too many requests/);

  // The search page shares the budget: the same address gets the friendly page, in its language.
  const context = await browser.newContext({ extraHTTPHeaders: { 'x-forwarded-for': address } });
  const page = await context.newPage();
  const danish = await page.goto('/soeg?q=str');
  expect(danish?.status()).toBe(429);
  expect(Number(danish?.headers()['retry-after'])).toBeGreaterThan(0);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Du har sendt mange på kort tid');
  await expect(page.getByText(/^Vent \d+ sekunder?, og prøv så igen\.$/)).toBeVisible();
  await page.goto('/en/soeg?q=str');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('You have sent a lot in a short time');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  // Another address searches on as before.
  const other = await clientFrom(ownAddress());
  expect((await other.get('/api/search?q=str')).status()).toBe(200);
  await Promise.all([client.dispose(), other.dispose(), context.close()]);
});

test('a citizen who looks up a status too often gets a friendly page that keeps what they typed', async ({ browser }) => {
  const context = await browser.newContext({ extraHTTPHeaders: { 'x-forwarded-for': ownAddress() } });
  const page = await context.newPage();
  await page.goto('/indgang/status');
  const lookUp = async () => {
    await page.getByLabel('Din kode').fill('K7M-4QX-9TD');
    await page.getByLabel('Din e-mail').fill('karen@eksempel.dk');
    const [answer] = await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), page.getByRole('button', { name: 'Se status' }).click()]);
    await page.waitForLoadState();
    return answer;
  };
  // Ten look-ups in 15 minutes are allowed (a code that does not exist: 404 in words).
  for (let i = 0; i < 10; i += 1) expect((await lookUp()).status()).toBe(404);

  const refused = await lookUp();
  expect(refused.status()).toBe(429);
  const retryAfter = Number(refused.headers()['retry-after']);
  expect(retryAfter).toBeGreaterThan(60);
  expect(retryAfter).toBeLessThanOrEqual(15 * 60);
  await expect(page).toHaveURL(/\/indgang\/status$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Du har sendt mange på kort tid');
  await expect(page.getByText(/^Vent \d+ minutter?, og prøv så igen\.$/)).toBeVisible();
  await expect(page.getByText('Det, du skrev, er ikke gået tabt.', { exact: false })).toBeVisible();
  // What was typed is on the page, ready to be sent again with one button.
  const resend = page.locator('form[method="post"]', { has: page.getByRole('button', { name: 'Send igen' }) });
  await expect(resend.locator('input[name="reference"]')).toHaveValue('K7M-4QX-9TD');
  await expect(resend.locator('input[name="email"]')).toHaveValue('karen@eksempel.dk');
  await expectAccessible(page);

  // Sent again too soon: the same page again, not an error and not a lost form.
  await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST' && r.status() === 429), resend.getByRole('button').click()]);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Du har sendt mange på kort tid');

  // The English form says it in English.
  await page.goto('/en/indgang/status');
  await page.getByLabel('Your code').fill('K7M-4QX-9TD');
  await page.getByLabel('Your email').fill('karen@eksempel.dk');
  await page.getByRole('button', { name: 'See status' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('You have sent a lot in a short time');
  await expect(page.getByText(/^Please wait \d+ minutes?/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Send again' })).toBeVisible();
  await context.close();
});
