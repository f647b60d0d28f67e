import { expect, type APIRequestContext, type Page } from '@playwright/test';

/** Every demo account shares this password (db/seed). */
export const DEMO_PASSWORD = 'indgang-demo';

/**
 * Logs the browser in through the real login form and waits for the account page (/konto),
 * so that a test starts from exactly what a person would see after logging in.
 */
export async function login(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/login');
  const form = page.locator('form#login-form');
  await form.locator('input[name="email"]').fill(email);
  await form.locator('input[name="password"]').fill(password);
  await form.locator('button[type="submit"]').click();
  await expect(page).toHaveURL(/\/konto$/);
}

/** Logs out with the header's logout button (a CSRF-protected POST) and waits for the front page. */
export async function logout(page: Page): Promise<void> {
  await page.locator('form#logout-form button[type="submit"]').click();
  await expect(page).toHaveURL(/\/(\?.*)?$/);
}

/** The value of the first hidden `_csrf` field in a page's HTML (for requests made without a browser). */
export function csrfFrom(html: string): string {
  const input = html.match(/<input[^>]*name="_csrf"[^>]*>/)?.[0];
  const value = input?.match(/value="([^"]*)"/)?.[1];
  if (!value) throw new Error('No _csrf field in the page');
  return value;
}

/**
 * Logs an APIRequestContext in (GET /login for the CSRF cookie and token, then POST the form).
 * The context keeps the session cookie, so later requests act as that person.
 */
export async function loginRequest(request: APIRequestContext, email: string, password = DEMO_PASSWORD): Promise<void> {
  const page = await request.get('/login');
  const csrf = csrfFrom(await page.text());
  const res = await request.post('/login', {
    form: { _csrf: csrf, email, password },
    maxRedirects: 0,
  });
  if (res.status() !== 303) throw new Error(`Login as ${email} failed with status ${res.status()}`);
}
