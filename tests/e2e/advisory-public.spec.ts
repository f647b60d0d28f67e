import { expect, type Locator, type Page, test } from '@playwright/test';
import { eq } from 'drizzle-orm';
import { associations, taxonomyTerms, users } from '../../db/schema';
import { cancelSession, type Host, publishSessions, type SessionInput } from '../../src/lib/advisory';
import { copenhagenDate, monthCaption } from '../../src/lib/advisory-public';
import { expectAccessible } from './support/a11y';
import { waitLikeAPerson } from './support/forms';
import { portalDatabase } from './support/portal';

/*
 * The public side of joint advisory sessions, as a citizen meets it: the list and the month
 * calendar at /raadgivning, the filters, a session's page with the booking form, the booking's
 * own page with the cancel button, the mail with the cancel link, and the English pages. Each
 * test publishes its own sessions (unique topics) in the portal's database as SOF's coordinator,
 * with Valby Besøgstjeneste as co-host. The form refuses anything sent within 3 seconds of showing
 * it, so each booking waits that long, as a person would.
 */

const COORDINATOR = 'koordinator.sof@indgang.example.dk';
const HOST_ASSOCIATION = 'valby-besoegstjeneste';
const run = () => Math.random().toString(36).slice(2, 8);

/** Presses Tab until `target` has the focus, as a keyboard user would. */
async function tabTo(page: Page, target: Locator, max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((el) => el === document.activeElement)) return;
  }
  throw new Error('Tab never reached the element');
}


/** The Copenhagen date `days` from now. */
const dateIn = (days: number) => copenhagenDate(new Date(Date.now() + days * 86_400_000));

/**
 * Publishes one session as SOF's coordinator, co-hosted by Valby Besøgstjeneste, in a library in
 * Valby, 16.00–18.00; `category` is a category term's slug. Returns the session as the pages show it.
 */
async function publish(over: Partial<SessionInput> & { category: string }): Promise<{ id: string; slug: string; topic: string; date: string }> {
  const db = await portalDatabase();
  try {
    const [user] = await db.select().from(users).where(eq(users.email, COORDINATOR));
    const [association] = await db.select({ id: associations.id }).from(associations).where(eq(associations.slug, HOST_ASSOCIATION));
    const [term] = await db.select({ id: taxonomyTerms.id }).from(taxonomyTerms).where(eq(taxonomyTerms.slug, over.category));
    const coordinator: Host = { id: user!.id, email: user!.email, name: user!.name, role: user!.role, administrationId: user!.administrationId, associationIds: [], isDemo: true };
    const { category: _category, ...rest } = over;
    const input: SessionInput = {
      topic: `Rådgivning ${run()}`,
      topicEn: null,
      description: 'Kom og få råd af kommunen og foreningen på én gang. Der er kaffe.',
      descriptionEn: null,
      hostAdministrationIds: [],
      hostAssociationIds: [association!.id],
      termIds: [term!.id],
      place: { name: 'Valby Bibliotek', address: 'Annexstræde 2', postalCode: '2500', city: 'Valby', districtId: null, latitude: 55.6636, longitude: 12.5158 },
      onlineUrl: null,
      date: dateIn(10),
      startTime: '16:00',
      endTime: '18:00',
      capacity: 5,
      waitingList: true,
      audience: 'citizens',
      languages: ['da'],
      repeat: null,
      ...rest,
    };
    const { ids, slugs } = await publishSessions(db, input, coordinator);
    return { id: ids[0]!, slug: slugs[0]!, topic: input.topic, date: input.date };
  } finally {
    await db.$client.end();
  }
}

/** Cancels a session as SOF's coordinator. */
async function cancel(id: string): Promise<void> {
  const db = await portalDatabase();
  try {
    const [user] = await db.select().from(users).where(eq(users.email, COORDINATOR));
    await cancelSession(db, id, { id: user!.id, email: user!.email, name: user!.name, role: user!.role, administrationId: user!.administrationId, associationIds: [], isDemo: true }, 'this');
  } finally {
    await db.$client.end();
  }
}

/** Fills in the booking form with the mouse and sends it after the 3 seconds. */
async function book(page: Page, person: { name: string; email: string }, labels = { name: 'Dit navn', email: 'E-mail', consent: 'Ja, I må gemme mine oplysninger til mødet', submit: /^(Book plads|Skriv mig på ventelisten)$/ }) {
  const shownAt = Date.now();
  await page.getByLabel(labels.name).fill(person.name);
  await page.getByLabel(labels.email, { exact: true }).fill(person.email);
  await page.getByLabel(labels.consent).check();
  await waitLikeAPerson(page, shownAt);
  await page.getByRole('button', { name: labels.submit }).click();
}

test.describe('advisory sessions for citizens', () => {
  test('a citizen finds a session in the list and the calendar, books a seat, gets the mail and cancels', async ({ page }) => {
    const session = await publish({ topic: `Gæld og budget ${run()}`, category: 'raadgivning-og-samtale' });
    const other = await publish({ topic: `Hjælp til MitID ${run()}`, category: 'it-og-digital-hjaelp' });
    const email = `borger-${run()}@example.dk`;

    await page.goto('/');
    await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Rådgivning' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Fælles rådgivningsmøder');
    await expect(page.getByRole('link', { name: session.topic })).toBeVisible();
    await expect(page.getByRole('link', { name: other.topic })).toBeVisible();
    const card = page.getByRole('article').filter({ has: page.getByRole('link', { name: session.topic }) });
    await expect(card).toContainText('kl. 16.00–18.00');
    await expect(card).toContainText('Valby Bibliotek, Annexstræde 2, 2500 Valby');
    await expect(card).toContainText('Holdes af Socialforvaltningen og Valby Besøgstjeneste');
    await expect(card).toContainText('5 ledige pladser');
    await expectAccessible(page);

    // Only the chosen topic, in an address that can be shared.
    await page.getByLabel('Emne').selectOption({ label: 'Rådgivning og samtale' });
    await page.getByRole('button', { name: 'Vis møder' }).click();
    await expect(page).toHaveURL(/[?&]emne=raadgivning-og-samtale/);
    await expect(page.getByRole('link', { name: session.topic })).toBeVisible();
    await expect(page.getByRole('link', { name: other.topic })).toHaveCount(0);

    // The month calendar keeps the filter; the session is a link on its day.
    await page.getByRole('navigation', { name: 'Vis som' }).getByRole('link', { name: 'Kalender' }).click();
    await expect(page).toHaveURL(/visning=kalender/);
    const [year, month] = session.date.split('-').map(Number) as [number, number];
    if (session.date.slice(0, 7) !== copenhagenDate(new Date()).slice(0, 7)) {
      await page.getByRole('link', { name: /^Næste måned/ }).click();
    }
    const table = page.getByRole('table', { name: monthCaption('da', { year, month }) });
    const weekdays = table.getByRole('columnheader');
    await expect(weekdays).toHaveCount(7);
    await expect(weekdays.first()).toHaveAccessibleName('mandag');
    await expect(weekdays.last()).toHaveAccessibleName('søndag');
    await expect(table.getByRole('link', { name: `16.00 ${session.topic}` })).toBeVisible();
    await expect(table.getByRole('link', { name: new RegExp(other.topic) })).toHaveCount(0);
    await expectAccessible(page);

    await table.getByRole('link', { name: `16.00 ${session.topic}` }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(session.topic);
    await expect(page.getByRole('main')).toContainText('kl. 16.00–18.00');
    await expect(page.getByRole('link', { name: 'Valby Besøgstjeneste' })).toHaveAttribute('href', '/foreninger/valby-besoegstjeneste');
    await expect(page.getByText('Vi sletter dine oplysninger 30 dage efter mødet.')).toBeVisible();
    await expectAccessible(page);

    await book(page, { name: 'Gerda Gåtur', email });
    await expect(page).toHaveURL(/\/raadgivning\/afmeld\/[^/?]+\?ny=1$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Du har en plads');
    const reference = (await page.locator('[data-reference]').innerText()).trim();
    expect(reference).toMatch(/^[2-9A-Z]{3}-[2-9A-Z]{3}-[2-9A-Z]{3}$/);
    await expect(page.getByText('Linket er din måde at melde fra på.')).toBeVisible();
    await expectAccessible(page);
    const ownPage = page.url().replace(/\?ny=1$/, '');

    // The mail says it in plain words and holds the same link, and no name.
    await page.goto(`/dev/mail?to=${encodeURIComponent(email)}`);
    const mail = page.getByRole('article').filter({ hasText: session.topic });
    await expect(mail.getByRole('heading')).toContainText(`Du har en plads til ${session.topic}`);
    await expect(mail).toContainText(reference);
    await expect(mail).not.toContainText('Gerda');
    const link = mail.getByRole('link', { name: /\/raadgivning\/afmeld\// });
    expect(await link.getAttribute('href')).toBe(ownPage);

    await link.click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Du har en plads');
    await page.getByRole('button', { name: 'Afmeld' }).click();
    await expect(page.getByRole('status')).toContainText('Du er afmeldt');
    await expect(page.getByRole('button', { name: 'Afmeld' })).toHaveCount(0);

    await page.goto(`/raadgivning/${session.slug}`);
    await expect(page.getByText('5 ledige pladser')).toBeVisible();
  });

  test('a full session puts the next person on the waiting list, with the place in the queue', async ({ page, browser }) => {
    const session = await publish({ topic: `Bolig og husleje ${run()}`, category: 'raadgivning-og-samtale', capacity: 1 });
    await page.goto(`/raadgivning/${session.slug}`);
    await expect(page.getByText('1 ledig plads')).toBeVisible();
    await book(page, { name: 'Første Fiskesen', email: `forste-${run()}@example.dk` });
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Du har en plads');

    const next = await (await browser.newContext()).newPage();
    await next.goto(`/raadgivning/${session.slug}`);
    await expect(next.getByText('Fuldt – venteliste')).toBeVisible();
    await expect(next.getByRole('heading', { name: 'Skriv dig på ventelisten', level: 2 })).toBeVisible();
    await book(next, { name: 'Anden Andersen', email: `anden-${run()}@example.dk` });
    await expect(next.getByRole('heading', { level: 1 })).toHaveText('Du er på venteliste som nr. 1');
    await expect(next.getByRole('main')).toContainText('Hvis en anden melder fra, rykker du op.');
    await expectAccessible(next);
  });

  test('booking without consent shows the error beside the checkbox and keeps what was typed', async ({ page }) => {
    const session = await publish({ topic: `Pension ${run()}`, category: 'raadgivning-og-samtale' });
    await page.goto(`/raadgivning/${session.slug}`);
    const shownAt = Date.now();
    await page.getByLabel('Dit navn').fill('Glemsom Gregersen');
    await page.getByLabel('Telefonnummer').fill('20 30 40 50');
    await waitLikeAPerson(page, shownAt);
    await page.getByRole('button', { name: 'Book plads' }).click();

    const summary = page.locator('[data-error-summary]');
    await expect(summary).toBeFocused();
    await expect(summary).toContainText('Sæt kryds, hvis vi må gemme dine oplysninger.');
    await expect(page.locator('#consent-error')).toContainText('Sæt kryds, hvis vi må gemme dine oplysninger.');
    await expect(page.getByLabel('Ja, I må gemme mine oplysninger til mødet')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByLabel('Dit navn')).toHaveValue('Glemsom Gregersen');
    await expect(page.getByLabel('Telefonnummer')).toHaveValue('20 30 40 50');
    await expectAccessible(page);
  });

  test('a citizen books with the keyboard only', async ({ page }) => {
    const session = await publish({ topic: `Job og ledighed ${run()}`, category: 'job-og-uddannelse' });
    await page.goto(`/raadgivning/${session.slug}`);
    const shownAt = Date.now();
    await tabTo(page, page.getByRole('link', { name: 'Book en plads' }));
    await page.keyboard.press('Enter');
    await tabTo(page, page.getByLabel('Dit navn'));
    await page.keyboard.type('Tastatur Thomsen');
    await page.keyboard.press('Tab');
    await expect(page.getByLabel('E-mail', { exact: true })).toBeFocused();
    await page.keyboard.type(`tastatur-${run()}@example.dk`);
    await tabTo(page, page.getByLabel('Ja, I må gemme mine oplysninger til mødet'));
    await page.keyboard.press('Space');
    await expect(page.getByLabel('Ja, I må gemme mine oplysninger til mødet')).toBeChecked();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Book plads' })).toBeFocused();
    await waitLikeAPerson(page, shownAt);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Du har en plads');
  });

  test('a cancelled session says so and takes no bookings', async ({ page }) => {
    const session = await publish({ topic: `Aflyst rådgivning ${run()}`, category: 'raadgivning-og-samtale' });
    await cancel(session.id);
    await page.goto(`/raadgivning/${session.slug}`);
    await expect(page.getByText('Mødet er aflyst.', { exact: true })).toBeVisible();
    await expect(page.getByText('Mødet er aflyst, så du kan ikke booke en plads.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Book plads' })).toHaveCount(0);
    const response = await page.request.get(`/raadgivning/${session.slug}.ics`);
    expect(response.headers()['content-type']).toBe('text/calendar; charset=utf-8');
    expect(await response.text()).toContain('STATUS:CANCELLED');
  });

  test('an unknown session and an unknown cancel link are the friendly 404 page', async ({ page }) => {
    const missing = await page.goto('/raadgivning/findes-ikke-2026-01-01');
    expect(missing?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Siden findes ikke');
    const link = await page.goto('/raadgivning/afmeld/ikke-et-rigtigt-link');
    expect(link?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Vi kan ikke finde din plads');
    expect(link?.headers()['cache-control']).toBe('no-store');
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
  });
});

test.describe('advisory sessions in English', () => {
  test('a citizen finds a session on the English list and books in English', async ({ page }) => {
    const tag = run();
    const session = await publish({ topic: `Gældsrådgivning ${tag}`, topicEn: `Debt advice ${tag}`, category: 'raadgivning-og-samtale', languages: ['da', 'en'] });
    await page.goto('/en/raadgivning');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Joint advice sessions');
    const card = page.getByRole('article').filter({ has: page.getByRole('link', { name: `Debt advice ${tag}` }) });
    await expect(card).toContainText('16:00–18:00');
    await expect(card).toContainText('Languages: Danish and English');
    await expect(card).toContainText('5 seats left');
    await expectAccessible(page);

    await card.getByRole('link', { name: `Debt advice ${tag}` }).click();
    await expect(page).toHaveURL(new RegExp(`/en/raadgivning/${session.slug}$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Debt advice ${tag}`);
    await expect(page.getByText('This text is only available in Danish.')).toBeVisible();
    await expectAccessible(page);
    await book(page, { name: 'Emma English', email: `english-${tag}@example.dk` }, { name: 'Your name', email: 'Email', consent: 'Yes, you may keep my details for the session', submit: /^Book seat$/ });
    await expect(page).toHaveURL(/\/en\/raadgivning\/afmeld\/[^/?]+\?ny=1$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('You have a seat');
    await page.getByRole('button', { name: 'Cancel' }).click();
    await expect(page).toHaveURL(/\/en\/raadgivning\/afmeld\/[^/?]+\?afmeldt=1$/);
    await expect(page.getByRole('status')).toContainText('You have cancelled');
  });
});
