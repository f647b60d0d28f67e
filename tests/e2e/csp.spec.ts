import { test as base, expect, type Locator, type Page } from '@playwright/test';
import { and, asc, eq, gt } from 'drizzle-orm';
import { advisorySessions } from '../../db/schema';
import { portalDatabase } from './support/portal';
import { login } from './support/session';

/*
 * The strict Content-Security-Policy (docs/decisions/017) must not cost a single script. Every test
 * here visits pages as a citizen or a member of staff would and uses what the page's JavaScript
 * adds: the search island, the maps with their tiles and pins, the forms' focus and live fields.
 * A fixture fails the test if the browser reported any policy violation (the page's
 * `securitypolicyviolation` events and Chromium's console) or if a page's policy lets inline or
 * eval'd script through. Only demo accounts that no test changes log in, and nothing is saved.
 */

/** A 1×1 PNG: the map tiles the tests serve in place of openstreetmap.org, which they cannot reach. */
const TILE = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGO4++wCAAU3ApSK/PzsAAAAAElFTkSuQmCC', 'base64');
const COORDINATOR = 'koordinator.sof@indgang.example.dk';
const MEMBER = 'medlem.vesterbro-borgerhjaelp@indgang.example.dk';
/** A demo series held in a library in Valby, so its page has a map; read, never booked. */
const DEMO_TOPIC = 'Fælles rådgivning om ensomhed og fællesskab';

/** The page of the next published session of the demo series (other tests add sessions before it in the list). */
async function demoSessionPath(): Promise<string> {
  const db = await portalDatabase();
  try {
    const [row] = await db
      .select({ slug: advisorySessions.slug })
      .from(advisorySessions)
      .where(and(eq(advisorySessions.topic, DEMO_TOPIC), eq(advisorySessions.status, 'published'), gt(advisorySessions.startsAt, new Date())))
      .orderBy(asc(advisorySessions.startsAt))
      .limit(1);
    return `/raadgivning/${row!.slug}`;
  } finally {
    await db.$client.end();
  }
}

/** The sources a policy allows for scripts: script-src, or default-src where that is missing. */
function scriptSources(policy: string): string[] {
  const directives = new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...values]) => [name!.toLowerCase(), values] as const),
  );
  const scripts = ['script-src', 'script-src-elem', 'script-src-attr'].flatMap((name) => directives.get(name) ?? []);
  return directives.has('script-src') ? scripts : [...(directives.get('default-src') ?? ['*']), ...scripts];
}

const test = base.extend<{ problems: string[] }>({
  problems: [
    async ({ page }, use) => {
      const problems: string[] = [];
      // Tiles: answered here, so the map draws. A tile the policy refuses never reaches this route.
      await page.route('https://tile.openstreetmap.org/**', (route) => route.fulfill({ contentType: 'image/png', body: TILE }));
      // The page reports each violation through a binding, which survives navigation.
      await page.exposeFunction('reportCspViolation', (text: string) => problems.push(text));
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          const report = (window as unknown as { reportCspViolation: (text: string) => void }).reportCspViolation;
          report(`${location.pathname}: ${event.effectiveDirective} refused ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber} ${event.sample})`);
        });
      });
      page.on('console', (message) => {
        if (/Content Security Policy|Refused to (execute|load|apply|connect|frame)/i.test(message.text())) problems.push(`console: ${message.text()}`);
      });
      page.on('response', (response) => {
        const request = response.request();
        if (!request.isNavigationRequest() || request.frame() !== page.mainFrame()) return;
        if (!(response.headers()['content-type'] ?? '').startsWith('text/html')) return;
        const policy = response.headers()['content-security-policy'] ?? '';
        const path = new URL(response.url()).pathname;
        if (!/(^|;)\s*script-src\s/.test(policy)) problems.push(`${path}: the policy has no script-src: ${policy}`);
        const loose = scriptSources(policy).filter((s) => ["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", '*', 'data:', 'http:', 'https:'].includes(s));
        if (loose.length > 0) problems.push(`${path}: scripts allow ${loose.join(' ')}`);
      });
      await use(problems);
      expect(problems).toEqual([]);
    },
    { auto: true },
  ],
});

/**
 * Brings a map island into view (the maps load Leaflet only when seen) and waits until Leaflet has
 * drawn it with tiles from the (served) tile server; returns the map.
 */
async function showMap(page: Page, component: 'PlaceMap' | 'PointPicker' | 'ResultsMap'): Promise<Locator> {
  const island = page.locator(`astro-island[component-url*="/${component}."]`).first();
  await island.scrollIntoViewIfNeeded();
  const map = island.locator('.leaflet-container');
  await expect(map).toBeVisible();
  await expect(map.locator('img.leaflet-tile-loaded').first()).toBeAttached();
  return map;
}

test.describe('a strict Content-Security-Policy', () => {
  test('lets the front page and the search island work: live results, the map with tiles and a pin’s popup', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

    await page.goto('/soeg?q=bes%C3%B8gsven');
    // The island says that results change as you type only once its script runs.
    await expect(page.locator('#search-form-live-hint')).toBeVisible();
    const before = await page.locator('#results-heading').innerText();
    await page.locator('#search-form').getByLabel('Hvad leder du efter?').fill('motion');
    await expect(page.locator('#results-heading')).not.toHaveText(before);
    await expect(page.locator('#results-heading')).toContainText('motion');
    await expect(page).toHaveURL(/q=motion/);

    const map = await showMap(page, 'ResultsMap');
    // A pin opens its popup with the link to the hit (pins overlap, so by keyboard, as Leaflet allows).
    await map.locator('.map-pin').first().press('Enter');
    await expect(map.locator('.leaflet-popup-content a')).toBeVisible();
  });

  test('refuses script slipped into a page: an inline script, an event handler attribute and a javascript: link', async ({ page, problems }) => {
    await page.goto('/soeg?q=strik');
    const ran = await page.evaluate(async () => {
      const w = window as unknown as { slipped?: string[] };
      w.slipped = [];
      const script = document.createElement('script');
      script.textContent = "window.slipped.push('script')";
      document.body.append(script);
      const image = document.createElement('img');
      image.setAttribute('src', '/findes-ikke.png');
      image.setAttribute('onerror', "window.slipped.push('handler')");
      document.body.append(image);
      const link = document.createElement('a');
      link.href = "javascript:window.slipped.push('link')";
      document.body.append(link);
      link.click();
      await new Promise((resolve) => setTimeout(resolve, 500));
      return w.slipped;
    });
    expect(ran).toEqual([]);
    // The browser reported each refusal; they are this test's proof, not a failure.
    await expect.poll(() => problems.filter((p) => p.includes('script-src')).length).toBeGreaterThanOrEqual(3);
    problems.length = 0;
  });

  test('folds the filters on a phone with its one inline script, and the English search works', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/soeg?q=strik');
    await expect(page.locator('#filtre')).not.toHaveAttribute('open');

    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto('/en');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page.goto('/en/soeg?q=visiting+friend');
    await expect(page.locator('#search-form-live-hint')).toBeVisible();
    await showMap(page, 'ResultsMap');
  });

  test('draws the maps of an activity and an association, with their places', async ({ page }) => {
    await page.goto('/aktiviteter/fodpleje-og-sygepleje-for-hjemloese');
    const map = await showMap(page, 'PlaceMap');
    await expect(map).toHaveAccessibleName('Kort over stedet');
    await expect(map.locator('path.leaflet-interactive')).toHaveCount(1);
    await map.getByRole('button', { name: 'Zoom ind' }).click();

    await page.goto('/foreninger/valby-besoegstjeneste');
    const other = await showMap(page, 'PlaceMap');
    await expect(other.locator('path.leaflet-interactive').first()).toBeVisible();
  });

  test('lets a citizen browse advisory sessions, see the map and get the booking form’s errors focused', async ({ page }) => {
    await page.goto('/raadgivning');
    await page.getByRole('navigation', { name: 'Vis som' }).getByRole('link', { name: 'Kalender' }).click();
    await expect(page).toHaveURL(/visning=kalender/);
    await page.goto(await demoSessionPath());
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(DEMO_TOPIC);

    await showMap(page, 'PlaceMap');
    // Sent without consent: the summary of errors takes the focus (a module script).
    await page.getByLabel('Dit navn').fill('Glemsom Gregersen');
    await page.getByRole('button', { name: /^(Book plads|Skriv mig på ventelisten)$/ }).click();
    await expect(page.locator('[data-error-summary]')).toBeFocused();

    await page.goto('/en/raadgivning');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });

  test('lets a citizen send the guided entrance form and see what to correct, focused', async ({ page }) => {
    await page.goto('/indgang');
    await page.getByRole('button', { name: 'Send' }).click();
    await expect(page.locator('[data-error-summary]')).toBeFocused();
    await expect(page.locator('[data-error-summary]')).toContainText('Skriv dit navn.');
    await page.goto('/en/indgang');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.goto('/dev/mail');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  });

  test('lets a coordinator refer, suggest a receiver, publish with dates shown and a point on the map, and read reports', async ({ page }) => {
    await login(page, COORDINATOR);

    await page.goto('/henvisninger/ny?aktivitet=besoegsven-i-valby');
    const receiver = page.locator('[data-receiver-text]');
    await expect(receiver).toHaveText(/Socialforvaltningen/);
    const select = page.locator('[data-activity-select]');
    const other = await select.locator('option[data-receiver]').nth(3).evaluate((o: HTMLOptionElement) => ({ value: o.value, text: o.dataset.receiver ?? '' }));
    await select.selectOption(other.value);
    await expect(receiver).toHaveText(other.text);
    // "Foreslå modtager" asks the server for an administration and saves nothing.
    await page.getByRole('radio', { name: /^En forvaltning/ }).check();
    await page.getByRole('checkbox', { name: 'Ældre', exact: true }).check();
    await page.getByRole('button', { name: 'Foreslå modtager' }).click();
    await expect(page.getByRole('status').filter({ hasText: /^(Forslag|Vi har ikke et forslag)/ })).toBeVisible();

    await page.goto('/forvaltning/raadgivning/ny');
    // The repeat fields show only the chosen kind (a module script).
    const monthly = page.locator('[data-repeat-part="monthly"]');
    await expect(monthly).toBeHidden();
    await page.getByRole('radio', { name: 'Ja, hver måned, fx den første tirsdag' }).check();
    await expect(monthly).toBeVisible();
    await page.getByRole('radio', { name: 'Nej, kun én gang' }).check();
    await expect(monthly).toBeHidden();
    // The point picker: a click on the map writes the point into the inputs.
    const picker = await showMap(page, 'PointPicker');
    await picker.click({ position: { x: 60, y: 150 } });
    await expect(page.locator('input[name="latitude"]')).toHaveValue(/^55\.\d+$/);
    await expect(picker.locator('.point-picker-pin')).toBeVisible();
    // "Vis datoer" lists the dates and saves nothing.
    await page.getByLabel('Dato for det første møde (skal udfyldes)').fill('2031-03-04');
    await page.getByLabel('Starter kl. (skal udfyldes)').fill('16.00');
    await page.getByLabel('Slutter kl. (skal udfyldes)').fill('18.00');
    await page.getByRole('button', { name: 'Vis datoer' }).click();
    await expect(page.locator('#datoer')).toContainText('Der bliver oprettet 1 møde:');

    await page.goto('/rapporter');
    await expect(page.getByRole('img').first()).toBeVisible();
    await page.goto(`/rapporter/aarsrapport/${new Date().getFullYear()}`);
    // Its print button is shown by its script.
    await expect(page.locator('[data-print]')).toBeVisible();
  });

  test('lets a member edit an activity with the point picker', async ({ page }) => {
    await login(page, MEMBER);
    await page.goto('/forening');
    await page.locator('main a[href^="/forening/aktivitet/"]').first().click();
    await expect(page).toHaveURL(/\/forening\/aktivitet\/[0-9a-f-]{36}/);
    const picker = await showMap(page, 'PointPicker');
    const latitude = page.locator('input[name="places.0.latitude"]');
    const before = await latitude.inputValue();
    await picker.click({ position: { x: 60, y: 150 } });
    await expect(latitude).not.toHaveValue(before);
  });
});
