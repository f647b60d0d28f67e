import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import ical, { type VEvent } from 'node-ical';

// Demo data (db/seed/data): Natlinjen answers the phone every night 20–09; Gadens Stue Vesterbro has
// a place on Halmtorvet; Seniorbio is a draft and the creative workshop is paused. Slugs are stable.
const NIGHT_LINE = '/aktiviteter/natlinjen-anonym-samtale-i-telefonen';
const DRAFT_ACTIVITY = '/aktiviteter/seniorbio-med-kaffe';
const PAUSED_ACTIVITY = '/aktiviteter/kreativt-vaerksted-paa-ankerpladsen';

const wcag = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

test.describe('the detail pages', () => {
  test('lead from the association list to an activity with its schedule, next dates, place and contacts', async ({ page }) => {
    await page.goto('/foreninger');
    await page.getByRole('table').getByRole('link', { name: 'Gadens Stue Vesterbro' }).click();
    await expect(page).toHaveURL(/\/foreninger\/gadens-stue-vesterbro$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Gadens Stue Vesterbro');
    await expect(page.getByRole('navigation', { name: 'Brødkrumme' })).toContainText('Foreninger');

    await page.getByRole('region', { name: 'Aktiviteter og frivilligjob' }).getByRole('link', { name: 'Fodpleje og sygepleje for hjemløse' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Fodpleje og sygepleje for hjemløse');
    await expect(page.getByText('Tilbud til borgere', { exact: true })).toBeVisible();

    const when = page.getByRole('region', { name: 'Hvornår?' });
    await expect(when.getByRole('listitem').first()).toHaveText('Hver onsdag kl. 9.00–12.00');
    const dates = when.locator('.detail-dates time');
    await expect(dates).toHaveCount(3);
    for (const text of await dates.allTextContents()) expect(text).toMatch(/^onsdag \d{1,2}\. \p{L}+ kl\. 9\.00–12\.00$/u);
    await expect(when.getByRole('link', { name: 'Hent i kalender (.ics)' })).toBeVisible();

    const where = page.getByRole('region', { name: 'Hvor?' });
    await expect(where).toContainText('Gadens Stue');
    await expect(where).toContainText(/Halmtorvet \d+(, st\.)?, \d{4} København/);
    await expect(where).toContainText('Der er adgang for kørestol.');
    await expect(where.getByRole('link', { name: /^Vis på kort\s*\(Gadens Stue\)$/ })).toHaveAttribute('href', /^https:\/\/www\.openstreetmap\.org\/\?mlat=55\.\d+&mlon=12\.\d+#map=17\//);

    const contact = page.getByRole('region', { name: 'Kontakt' });
    const hrefs = await contact.getByRole('link').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(href).toMatch(/^(tel:\+45\d{8}|mailto:[^@\s]+@[^@\s]+)$/);
    await expect(page.getByRole('region', { name: 'Forening' }).getByRole('link')).toHaveAttribute('href', '/foreninger/gadens-stue-vesterbro');
    await expect(page.getByRole('region', { name: 'Senest bekræftet' })).toContainText(/\d{1,2}\. \p{L}+ \d{4}|Ikke bekræftet/u);
  });

  test('describe a night line in words, without a place', async ({ page }) => {
    await page.goto(NIGHT_LINE);
    await expect(page.getByRole('region', { name: 'Hvornår?' })).toContainText('Hver dag kl. 20.00–9.00');
    await expect(page.getByRole('region', { name: 'Hvor?' })).toContainText('Foregår i telefonen eller hjemme hos dig.');
    await expect(page.getByRole('region', { name: 'Hvad koster det?' })).toContainText('Gratis');
    await expect(page.getByRole('region', { name: 'Sprog' })).toContainText('Dansk og engelsk');
    await expect(page.getByRole('region', { name: 'Ansvarlig forvaltning' })).toContainText('Socialforvaltningen');
    await expect(page).toHaveTitle(/^Natlinjen: anonym samtale i telefonen – Indgang/);
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', /Natlinjen/);
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /Ring anonymt/);
    await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute('content', 'da_DK');
  });

  test('offer the schedule as a calendar file that calendar programs can read', async ({ page, request }) => {
    await page.goto(NIGHT_LINE);
    const href = await page.getByRole('link', { name: 'Hent i kalender (.ics)' }).getAttribute('href');
    expect(href).toBe(`${NIGHT_LINE}.ics`);
    const res = await request.get(href!);
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toBe('text/calendar; charset=utf-8');
    expect(res.headers()['content-disposition']).toBe('attachment; filename="natlinjen-anonym-samtale-i-telefonen.ics"');
    const text = await res.text();
    expect(text).toContain('RRULE:FREQ=WEEKLY;INTERVAL=1;BYDAY=MO,TU,WE,TH,FR,SA,SU');
    const [event] = Object.values(ical.sync.parseICS(text)).filter((c): c is VEvent => c?.type === 'VEVENT');
    expect(event?.summary).toBe('Natlinjen: anonym samtale i telefonen');
    const start = new Intl.DateTimeFormat('da-DK', { timeZone: 'Europe/Copenhagen', hour: '2-digit', minute: '2-digit' });
    expect(start.format(event!.start)).toBe('20.00');
  });

  test('answer a hidden or unknown listing with the friendly 404 page', async ({ page, request }) => {
    for (const path of [DRAFT_ACTIVITY, PAUSED_ACTIVITY, '/aktiviteter/findes-ikke', '/foreninger/seniorbio-broenshoej']) {
      const res = await page.goto(path);
      expect(res?.status(), path).toBe(404);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Siden findes ikke');
      await expect(page.getByRole('main').getByRole('link', { name: 'Gå til forsiden' })).toBeVisible();
    }
    expect((await request.get(`${DRAFT_ACTIVITY}.ics`)).status()).toBe(404);
    const en = await page.goto('/en/aktiviteter/findes-ikke');
    expect(en?.status()).toBe(404);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  });

  test('show an activity in English, with the English summary and the Danish description marked as Danish', async ({ page }) => {
    await page.goto(NIGHT_LINE);
    await page.getByRole('link', { name: 'English', exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/en${NIGHT_LINE}$`));
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.locator('.font-lead')).toHaveText('Call anonymously and talk to someone at night. Open 8 pm to 9 am all year.');
    const what = page.getByRole('region', { name: 'What is it?' });
    await expect(what).toContainText('This text is only available in Danish.');
    await expect(what.locator('p[lang="da"]').first()).toContainText('Ring til Natlinjen');
    await expect(page.getByRole('region', { name: 'When?' })).toContainText('Every day, 20:00–09:00');
    await expect(page.getByRole('region', { name: 'Languages' })).toContainText('Danish and English');
    await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute('content', 'en_GB');
    await expect(page.getByRole('link', { name: 'Add to calendar (.ics)' })).toHaveAttribute('href', `/en${NIGHT_LINE}.ics`);
  });

  test('can be used with the keyboard alone: from the list to an activity and its calendar link', async ({ page }) => {
    await page.goto('/foreninger');
    const link = page.getByRole('table').getByRole('link').first();
    await link.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/foreninger\/[a-z0-9-]+$/);
    const activityLink = page.getByRole('region', { name: 'Aktiviteter og frivilligjob' }).getByRole('link').first();
    // Tab from the top until the first activity link has focus, as a keyboard user would.
    let reached = false;
    for (let i = 0; i < 40 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await activityLink.evaluate((a) => a === document.activeElement);
    }
    expect(reached).toBe(true);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/aktiviteter\/[a-z0-9-]+$/);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  });

  test('show the places on a map with JavaScript, and the address with a map link without it', async ({ page, browser }) => {
    await page.goto('/aktiviteter/fodpleje-og-sygepleje-for-hjemloese');
    await page.getByRole('region', { name: 'Hvor?' }).scrollIntoViewIfNeeded();
    const map = page.getByRole('region', { name: 'Kort over stedet' });
    // Leaflet loads when the map comes into view; its tiles cannot load here (no network), which must not matter.
    await expect(map).toHaveClass(/leaflet-container/);
    await expect(map.locator('path.leaflet-interactive')).toHaveCount(1);
    await expect(map.getByRole('button', { name: 'Zoom ind' })).toBeVisible();
    const result = await new AxeBuilder({ page }).withTags(wcag).analyze();
    expect(result.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);

    const noScript = await browser.newContext({ javaScriptEnabled: false });
    const plain = await noScript.newPage();
    await plain.goto(page.url());
    await expect(plain.getByRole('region', { name: 'Kort over stedet' })).toHaveCount(0);
    await expect(plain.getByRole('region', { name: 'Hvor?' }).getByRole('link', { name: /^Vis på kort/ })).toBeVisible();
    await expect(plain.getByRole('region', { name: 'Hvornår?' }).locator('.detail-dates time')).toHaveCount(3);
    await noScript.close();
  });

  for (const path of [NIGHT_LINE, '/aktiviteter/fodpleje-og-sygepleje-for-hjemloese', '/foreninger/gadens-stue-vesterbro', `/en${NIGHT_LINE}`, '/en/foreninger/gadens-stue-vesterbro']) {
    test(`have no accessibility violations on ${path}`, async ({ page }) => {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      const result = await new AxeBuilder({ page }).withTags(wcag).analyze();
      expect(result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
    });
  }
});
