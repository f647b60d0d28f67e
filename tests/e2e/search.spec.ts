import { randomBytes } from 'node:crypto';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { createSession } from '../integration/advisory-search-fixtures';
import { portalDatabase } from './support/portal';

// The map's tiles come from openstreetmap.org, which the tests cannot reach: refuse them at once,
// as a phone without network would, so that a grey map is what the tests see.
test.beforeEach(async ({ page }) => {
  await page.route('https://tile.openstreetmap.org/**', (route) => route.abort());
});

const searchForm = (page: Page) => page.locator('#search-form');
const resultsHeading = (page: Page) => page.locator('#results-heading');
const hitTitles = (page: Page) => page.locator('.search-hit-title a');
/** The page says the results change as you type once its script runs; only then is that true. */
const liveHint = (page: Page) => page.locator('#search-form-live-hint');

test.describe('search without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('finds visiting friends grouped by type, narrows to two districts and pages on, all in the address', async ({
    page,
  }) => {
    await page.goto('/soeg');
    await searchForm(page).getByLabel('Hvad leder du efter?').fill('besøgsven');
    await searchForm(page).getByRole('button', { name: 'Søg', exact: true }).click();

    await expect(page).toHaveURL(/\/soeg\?q=bes%C3%B8gsven$/);
    await expect(resultsHeading(page)).toHaveText(/^\d+ resultater for ”besøgsven”$/);
    await expect(page.getByRole('heading', { level: 3, name: /^Aktiviteter og frivilligjob \(\d+\)$/ })).toBeVisible();
    await expect(hitTitles(page).first()).toContainText(/besøg/i);

    // The district group folds out without JavaScript (details/summary); counts are in the labels.
    await page.locator('#facet-district > summary').click();
    await page.getByLabel(/^Valby \(\d+\)$/).check();
    await page.getByLabel(/^Østerbro \(\d+\)$/).check();
    await page.getByRole('button', { name: 'Vis resultater' }).click();

    await expect(page).toHaveURL(/q=bes%C3%B8gsven/);
    await expect(page).toHaveURL(/district=valby/);
    await expect(page).toHaveURL(/district=oesterbro/);
    await expect(page.getByRole('link', { name: 'Fjern filteret Valby' })).toBeVisible();
    const districts = page.locator('.search-hit-fact', { hasText: 'Bydel:' });
    for (const text of await districts.allTextContents()) expect(text).toMatch(/Valby|Østerbro|Hele kommunen/);

    const paging = page.getByRole('navigation', { name: 'Sider med resultater' });
    await paging.getByRole('link', { name: 'Side 2', exact: true }).click();
    await expect(page).toHaveURL(/q=bes%C3%B8gsven&district=valby&district=oesterbro&page=2$/);
    await expect(paging.getByRole('link', { name: 'Side 2', exact: true })).toHaveAttribute('aria-current', 'page');
    await expect(paging.getByRole('link', { name: 'Forrige side' })).toHaveAttribute('rel', 'prev');

    // The shared address shows the same page to someone else.
    const shared = page.url();
    const again = await page.context().newPage();
    await again.goto(shared);
    await expect(resultsHeading(again)).toHaveText(await resultsHeading(page).innerText());
  });

  test('shows the nearest first for a postal code, with distances', async ({ page }) => {
    await page.goto('/soeg?q=bes%C3%B8gsven');
    await page.getByLabel('Postnummer').fill('2500');
    await page.getByLabel('Afstand').selectOption('2');
    await page.getByRole('button', { name: 'Vis resultater' }).click();

    await expect(page).toHaveURL(/postalCode=2500&radiusKm=2/);
    await expect(page.getByRole('link', { name: 'Fjern filteret Inden for 2 km fra 2500' })).toBeVisible();
    // Sorted by distance within each group of results (the groups keep their order).
    const distances = await page.locator('.search-group').first().locator('.search-hit-distance').allTextContents();
    expect(distances.length).toBeGreaterThan(0);
    const km = distances.map((d) => Number(d.replace(' km væk', '').replace(',', '.')));
    expect(km.every((d) => d <= 2)).toBe(true);
    expect(km).toEqual([...km].sort((a, b) => a - b));
  });

  test('answers a bad filter value with status 400 and a Danish message beside the filter', async ({ page }) => {
    const answer = await page.goto('/soeg?q=ensom&district=narnia');
    expect(answer?.status()).toBe(400);
    await expect(page.getByRole('alert')).toContainText('Noget i søgningen skal rettes');
    await expect(page.locator('#facet-district-error')).toContainText("Ukendt bydel 'narnia'");
    // The reader keeps the results of the rest of the search.
    await expect(resultsHeading(page)).toHaveText(/^\d+ resultater? for ”ensom”$/);
  });

  test('explains a postal code that is not one, beside the field', async ({ page }) => {
    const answer = await page.goto('/soeg?q=ensom&postalCode=25');
    expect(answer?.status()).toBe(400);
    await expect(page.getByLabel('Postnummer')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('#near-postal-code-error')).toHaveText('Fejl: Skriv et postnummer med fire cifre, fx 2500.');
  });

  test('helps when nothing is found', async ({ page }) => {
    await page.goto('/soeg?q=xqzwv');
    await expect(resultsHeading(page)).toHaveText('Vi fandt ingen resultater for ”xqzwv”');
    await page.getByRole('link', { name: 'se alle aktiviteter og foreninger' }).click();
    await expect(page).toHaveURL(/\/soeg$/);
    await expect(resultsHeading(page)).toHaveText(/^\d+ resultater$/);
  });
});

test.describe('search with JavaScript', () => {
  test('updates the results while the reader types, announces the count and keeps the address shareable', async ({
    page,
  }) => {
    await page.goto('/soeg');
    const field = searchForm(page).getByLabel('Hvad leder du efter?');
    await expect(liveHint(page)).toBeVisible();
    const before = await resultsHeading(page).innerText();

    await field.pressSequentially('ensom', { delay: 40 });
    await expect(resultsHeading(page)).toHaveText(/^\d+ resultater? for ”ensom”$/);
    expect(await resultsHeading(page).innerText()).not.toBe(before);
    const count = (await resultsHeading(page).innerText()).split(' ')[0];
    await expect(page.locator('.search-results ~ [role="status"]')).toHaveText(new RegExp(`^${count} resultater?`));
    await expect(page).toHaveURL(/\/soeg\?q=ensom$/);
    await expect(field).toBeFocused();
  });

  test('narrows the results in place when a filter is ticked, leaving focus on it', async ({ page }) => {
    await page.goto('/soeg?q=bes%C3%B8gsven');
    await expect(liveHint(page)).toBeVisible();
    const before = await resultsHeading(page).innerText();
    await page.locator('#facet-targetGroup > summary').click();
    const older = page.getByLabel(/^Ældre \(\d+\)$/);
    const expected = Number((await older.locator('..').innerText()).match(/\((\d+)\)/)?.[1]);
    await older.check();

    await expect(page).toHaveURL(/\/soeg\?q=bes%C3%B8gsven&targetGroup=aeldre$/);
    await expect(page.getByRole('link', { name: 'Fjern filteret Ældre' })).toBeVisible();
    await expect(resultsHeading(page)).not.toHaveText(before);
    await expect(page.getByLabel(/^Ældre \(\d+\)$/)).toBeFocused();
    // Every activity now on the page is among the ones the facet counted.
    expect(await page.locator('#group-activity + .search-hits > li').count()).toBeLessThanOrEqual(expected);
  });

  test('moves from the search field to the results with the arrow keys, and back', async ({ page }) => {
    await page.goto('/soeg?q=bes%C3%B8gsven');
    const field = searchForm(page).getByLabel('Hvad leder du efter?');
    await expect(liveHint(page)).toBeVisible();
    await field.focus();
    await page.keyboard.press('ArrowDown');
    await expect(hitTitles(page).first()).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(hitTitles(page).nth(1)).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await expect(field).toBeFocused();
  });

  test('searches near the browser position after saying what is shared', async ({ page, context }) => {
    await context.grantPermissions(['geolocation']);
    await context.setGeolocation({ latitude: 55.6612, longitude: 12.5034 });
    await page.goto('/soeg?q=bes%C3%B8gsven');
    await expect(page.getByText('Vi bruger det kun til denne søgning og gemmer det ikke.')).toBeVisible();
    await page.getByRole('button', { name: 'Brug min position' }).click();
    await expect(page).toHaveURL(/lat=55\.661&lng=12\.503&radiusKm=5/);
    await expect(page.getByText('Vi søger tæt på din position.')).toBeVisible();
    await expect(page.locator('.search-hit-distance').first()).toHaveText(/km væk$/);
  });

  test('says kindly when the position may not be used, and offers the postal code', async ({ page }) => {
    await page.goto('/soeg?q=bes%C3%B8gsven');
    await page.evaluate(() => {
      navigator.geolocation.getCurrentPosition = (_ok, fail) =>
        fail?.({ code: 1, PERMISSION_DENIED: 1, POSITION_UNAVAILABLE: 2, TIMEOUT: 3, message: 'denied' } as GeolocationPositionError);
    });
    await page.getByRole('button', { name: 'Brug min position' }).click();
    await expect(page.getByText('Du sagde nej til at dele din position. Det er helt i orden.')).toBeVisible();
    await expect(page.getByLabel('Postnummer')).toBeFocused();
  });
});

test('can be used with the keyboard alone, from the header search box to an activity', async ({ page }) => {
  await page.goto('/');
  const headerBox = page.getByRole('searchbox', { name: 'Søg på Indgang' });
  for (let i = 0; i < 10 && !(await headerBox.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(headerBox).toBeFocused();
  await page.keyboard.type('besøgsven');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/soeg\?q=bes%C3%B8gsven$/);

  const first = hitTitles(page).first();
  const title = await first.innerText();
  for (let i = 0; i < 80 && !(await first.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(first).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/aktiviteter\/[a-z0-9-]+$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
});

test('offers the same search in English', async ({ page }) => {
  await page.goto('/en/soeg?q=visiting+friend');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Search activities, associations and contacts');
  await expect(resultsHeading(page)).toHaveText(/^\d+ results? for “visiting friend”$/);
  await expect(hitTitles(page).first()).toHaveAttribute('href', /^\/en\/(aktiviteter|foreninger)\//);
  await expect(page.getByRole('group', { name: 'What do you want?' })).toBeVisible();
});

test.describe('accessibility of the search page', () => {
  const axe = (page: Page) => new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);

  test('has no violations with results and the map', async ({ page }) => {
    await page.goto('/soeg?q=bes%C3%B8gsven');
    await expect(page.locator('.search-map-canvas.leaflet-container')).toBeVisible();
    const result = await axe(page).analyze();
    expect(result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target).join(', ')})`)).toEqual([]);
  });

  test('has no violations with every filter open and some chosen', async ({ page }) => {
    await page.goto('/soeg?q=bes%C3%B8gsven&district=valby&free=true&postalCode=2500');
    for (const group of await page.locator('details.filter-group').all()) {
      if (!(await group.evaluate((details: HTMLDetailsElement) => details.open))) await group.locator('> summary').click();
    }
    expect(await page.locator('details.filter-group:not([open])').count()).toBe(0);
    const result = await axe(page).analyze();
    expect(result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target).join(', ')})`)).toEqual([]);
  });
});

test.describe('advisory sessions in the search', () => {
  /**
   * A word no listing has, so that the session is the one hit (and runs do not see each other's).
   * Made in the hook: with parallel tests a worker may run the hook more than once, and each
   * session must have a word of its own.
   */
  let word = '';
  let topic = '';
  let slug = '';

  test.beforeAll(async () => {
    word = `tema${Array.from(randomBytes(6), (b) => String.fromCharCode(97 + (b % 26))).join('')}`;
    topic = `Rådgivning om ${word}`;
    const db = await portalDatabase();
    try {
      // Straight into the portal's database, as a coordinator's publishing leaves it: the outbox
      // triggers queue it, and the portal's worker indexes it.
      slug = (await createSession(db, { row: { topic }, hostAdministrations: ['sundheds-og-omsorgsforvaltningen'] })).slug;
    } finally {
      await db.$client.end();
    }
  });

  test('finds a session by its topic, labelled as a session with its date, and opens its page', async ({ page }) => {
    // Indexed within seconds of the insert: look again until it is there.
    await expect(async () => {
      await page.goto(`/soeg?q=${word}`);
      await expect(page.getByRole('heading', { level: 3, name: 'Rådgivningsmøder (1)' })).toBeVisible({ timeout: 1_000 });
    }).toPass({ timeout: 20_000 });
    const hit = page.locator('.search-hit', { has: page.getByRole('link', { name: topic }) });
    await expect(hit.locator('.search-badge')).toHaveText('Rådgivningsmøde');
    await expect(hit.locator('.search-hit-fact', { hasText: 'Hvornår:' })).toHaveText(
      /^Hvornår: (mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag) \d+\. \p{L}+ \d{4} kl\. 16\.00–18\.00$/u,
    );
    await expect(hit.locator('.search-hit-fact', { hasText: 'Værter:' })).toHaveText(
      'Værter: Socialforvaltningen, Sundheds- og Omsorgsforvaltningen',
    );
    await expect(hit.locator('.search-hit-fact', { hasText: 'Hvor:' })).toHaveText('Hvor: Valby');
    const link = hit.getByRole('link', { name: topic });
    await expect(link).toHaveAttribute('href', `/raadgivning/${slug}`);

    const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target).join(', ')})`)).toEqual([]);

    await link.click();
    await expect(page).toHaveURL(new RegExp(`/raadgivning/${slug}$`));
    await expect(page.getByRole('heading', { level: 1 })).toContainText(topic);
  });

  test('leaves the session out when an activity-only filter is chosen, and shows it in English', async ({ page }) => {
    await expect(async () => {
      await page.goto(`/en/soeg?q=${word}`);
      await expect(page.locator('.search-hit .search-badge', { hasText: 'Advisory session' })).toBeVisible({ timeout: 1_000 });
    }).toPass({ timeout: 20_000 });
    await expect(page.getByRole('link', { name: topic })).toHaveAttribute('href', `/en/raadgivning/${slug}`);
    await page.goto(`/soeg?q=${word}&free=true`);
    await expect(resultsHeading(page)).toHaveText(`Vi fandt ingen resultater for ”${word}”`);
  });
});
