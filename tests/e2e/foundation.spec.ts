import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

test.describe('the portal', () => {
  test('greets a citizen in Danish on the home page, with live figures', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'da');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Find fællesskaber, hjælp og frivilligt arbejde ét sted');
    await expect(page.getByRole('navigation', { name: 'Hovedmenu' })).toBeVisible();
    await expect(page.getByRole('main')).toContainText(/\d+ foreninger/);
    await expect(page.getByRole('contentinfo')).toBeVisible();
  });

  test('offers the same home page in English', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('link', { name: 'English', exact: true }).click();
    await expect(page).toHaveURL(/\/en\/?$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Find community, help and volunteer work in one place');
    await expect(page.getByRole('navigation', { name: 'Main menu' })).toBeVisible();
  });

  test('lets a keyboard user skip straight to the content', async ({ page }) => {
    await page.goto('/');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Gå til indhold' });
    await expect(skip).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#main-content$/);
  });

  test('lists the demo associations with district and responsible administration', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Foreninger' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Foreninger');
    const rows = page.getByRole('table').getByRole('row');
    // A header row plus at least 40 published demo associations.
    expect(await rows.count()).toBeGreaterThan(40);
    await expect(page.getByRole('table')).toContainText('Socialforvaltningen');
    await expect(page.getByRole('table')).toContainText('Valby');
    // Draft associations of the demo data are not shown.
    await expect(page.getByRole('main')).toContainText(/\d+ foreninger/);
  });

  test('lists the associations in English too', async ({ page }) => {
    await page.goto('/en/foreninger');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Associations');
    await expect(page.getByRole('table')).toContainText('Social Services');
  });

  test('answers a missing page with a helpful 404 in the right language', async ({ page }) => {
    const da = await page.goto('/findes-ikke');
    expect(da?.status()).toBe(404);
    await expect(page.getByRole('link', { name: /forside/i }).first()).toBeVisible();
    const en = await page.goto('/en/does-not-exist');
    expect(en?.status()).toBe(404);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });

  test('reports its health as JSON', async ({ request }) => {
    const res = await request.get('/healthz');
    expect(res.status()).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', db: 'ok', search: 'ok' });
  });

  test('sends its security headers on pages, the 404 page and the API, and cannot be framed', async ({ request }) => {
    for (const path of ['/', '/soeg?q=besøgsven', '/findes-ikke', '/api/search?q=ensom', '/raadgivning']) {
      const headers = (await request.get(path)).headers();
      expect(headers['content-security-policy'], path).toContain("frame-ancestors 'none'");
      expect(headers['x-frame-options'], path).toBe('DENY');
      expect(headers['x-content-type-options'], path).toBe('nosniff');
      expect(headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
      expect(headers['permissions-policy'], path).toContain('camera=()');
      // Not production: HTTPS is not pinned for the developer's localhost.
      expect(headers['strict-transport-security'], path).toBeUndefined();
      // Pages carry the strict policy: scripts only from the portal or by hash (docs/decisions/017).
      if (!path.startsWith('/api/')) {
        const script = headers['content-security-policy']!.split(';').find((d) => d.trim().startsWith('script-src '));
        expect(script, path).toMatch(/^\s*script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')+\s*$/);
        expect(headers['content-security-policy'], path).toContain("default-src 'self'");
      }
    }
  });

  for (const path of ['/', '/foreninger', '/en/', '/en/foreninger']) {
    test(`has no accessibility violations on ${path}`, async ({ page }) => {
      await page.goto(path);
      const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      expect(result.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    });
  }
});
