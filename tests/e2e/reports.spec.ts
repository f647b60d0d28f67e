import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { eq, inArray, sql } from 'drizzle-orm';
import type { Database } from '../../db/client';
import { administrations, advisoryBookings, advisorySessions, associations, grants, referralEvents, referrals } from '../../db/schema';
import { login } from './support/session';
import { portalDatabase } from './support/portal';

/*
 * The reports as a coordinator uses them: the dashboard with a chart and a table in each section,
 * the filter, a CSV download, the annual report and its PDF. The figures come from a year of
 * their own (2019) that this file fills with known, anonymous facts, so that the numbers are
 * exact whatever the demo holds for the current year, and no other test sees them.
 */
const YEAR = 2019;
const MARK = `Rapporttest ${YEAR}`;
const COORDINATOR = 'koordinator.sof@indgang.example.dk';
const wcag = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const SECTIONS = ['Foreninger og aktiviteter', '§ 18-tilskud', 'Henvisninger', 'Rådgivningsmøder', 'Forældede opslag'];


const at = (month: number, day: number, hour = 9) => new Date(Date.UTC(YEAR, month - 1, day, hour));

/**
 * The year's facts, once per portal: three grants (SOF 12.500 + 2.500,50 kr., BUF 5.000 kr.), three
 * referrals closed and erased long ago (SOF → SUF accepted, the citizen → SOF declined, SOF → KFF
 * accepted) and one SOF session with three bookings, two of whom came.
 */
async function fillYear(db: Parameters<Parameters<Database['transaction']>[0]>[0]): Promise<void> {
  // Both workers run this; the lock makes the second wait and then find the year filled.
  await db.execute(sql`select pg_advisory_xact_lock(hashtext('indgang-e2e-reports'))`);
  if ((await db.select({ id: grants.id }).from(grants).where(eq(grants.purpose, `${MARK}: besøgsvenner`))).length > 0) return;
  const adm = new Map(
    (await db.select({ id: administrations.id, abbreviation: administrations.abbreviation }).from(administrations)).map((a) => [a.abbreviation, a.id]),
  );
  const [sof, suf, kff, buf] = ['SOF', 'SUF', 'KFF', 'BUF'].map((k) => adm.get(k)!);
  const assoc = new Map(
    (await db.select({ id: associations.id, slug: associations.slug }).from(associations).where(inArray(associations.slug, ['valby-besoegstjeneste', 'moedrenetvaerket-amager']))).map(
      (a) => [a.slug, a.id],
    ),
  );
  await db.insert(grants).values([
    { associationId: assoc.get('valby-besoegstjeneste')!, administrationId: sof!, year: YEAR, amountOre: 1_250_000, purpose: `${MARK}: besøgsvenner` },
    { associationId: assoc.get('valby-besoegstjeneste')!, administrationId: sof!, year: YEAR, amountOre: 250_050, purpose: `${MARK}: kaffe og kage` },
    { associationId: assoc.get('moedrenetvaerket-amager')!, administrationId: buf!, year: YEAR, amountOre: 500_000, purpose: `${MARK}: mødregrupper` },
  ]);
  const made: { source: 'staff' | 'citizen'; from: string | null; to: string; answer: 'accepted' | 'declined'; days: number }[] = [
    { source: 'staff', from: sof!, to: suf!, answer: 'accepted', days: 2 },
    { source: 'citizen', from: null, to: sof!, answer: 'declined', days: 1 },
    { source: 'staff', from: sof!, to: kff!, answer: 'accepted', days: 3 },
  ];
  for (const [i, r] of made.entries()) {
    const sent = at(3, 10 + i);
    const answered = new Date(sent.getTime() + r.days * 86_400_000);
    const closed = new Date(answered.getTime() + 86_400_000);
    const [row] = await db
      .insert(referrals)
      .values({
        reference: `T19-${Date.now().toString(36).toUpperCase()}-${i}`,
        source: r.source,
        senderAdministrationId: r.from,
        receiverAdministrationId: r.to,
        status: 'closed',
        personal: null,
        consentAt: sent,
        dueAt: new Date(sent.getTime() + 5 * 86_400_000),
        firstResponseAt: answered,
        closedAt: closed,
        erasedAt: at(12, 1),
        createdAt: sent,
        updatedAt: closed,
      })
      .returning({ id: referrals.id });
    await db.insert(referralEvents).values([
      { referralId: row!.id, fromStatus: null, toStatus: 'sent', forwardedToAdministrationId: r.to, actorAdministrationId: r.from, at: sent },
      { referralId: row!.id, fromStatus: 'sent', toStatus: r.answer, actorAdministrationId: r.to, at: answered },
      { referralId: row!.id, fromStatus: r.answer, toStatus: 'closed', actorAdministrationId: r.to, at: closed },
    ]);
  }
  const [session] = await db
    .insert(advisorySessions)
    .values({
      slug: `rapporttest-${YEAR}-${Date.now().toString(36)}`,
      administrationId: sof!,
      topic: `${MARK}: rådgivning om gæld`,
      onlineUrl: 'https://moede.example.dk/rapporttest',
      startsAt: at(5, 6, 14),
      endsAt: at(5, 6, 16),
      capacity: 10,
    })
    .returning({ id: advisorySessions.id });
  await db.insert(advisoryBookings).values(
    [true, true, false].map((attended, i) => ({
      sessionId: session!.id,
      reference: `B19-${Date.now().toString(36).toUpperCase()}-${i}`,
      status: 'confirmed' as const,
      cancelTokenHash: `rapporttest-${Date.now()}-${i}`,
      consentAt: at(5, 1),
      attended,
      attendanceRecordedAt: at(5, 6, 17),
      erasedAt: at(8, 1),
      createdAt: at(5, 1),
    })),
  );
}

test.beforeAll(async () => {
  const db = await portalDatabase();
  try {
    await db.transaction(fillYear);
  } finally {
    await db.$client.end();
  }
});

/** The rows of a table as the reader sees them (cells' text, trimmed). */
async function rowsOf(page: Page, caption: string): Promise<string[][]> {
  const table = page.locator('table').filter({ has: page.locator('caption', { hasText: caption }) }).first();
  return table.locator('tbody tr, tfoot tr').evaluateAll((rows) => rows.map((row) => [...row.querySelectorAll('th, td')].map((c) => (c.textContent ?? '').trim())));
}

test.describe('the reports', () => {
  test('a coordinator reads the year in charts and tables, changes the filter and downloads a table', async ({ page }) => {
    await login(page, COORDINATOR);
    await page.getByRole('navigation', { name: 'Dine sider' }).getByRole('link', { name: 'Rapporter', exact: true }).click();
    await expect(page).toHaveURL(/\/rapporter$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Rapporter');
    // By default: this year, the coordinator's own administration.
    await expect(page.getByText(/^Tallene gælder \d{4} og Socialforvaltningen\.$/)).toBeVisible();

    await page.getByLabel('År', { exact: true }).selectOption(String(YEAR));
    await page.getByLabel('Forvaltning', { exact: true }).selectOption({ label: 'Alle forvaltninger' });
    await page.getByRole('button', { name: 'Vis tallene' }).click();
    await expect(page).toHaveURL(`/rapporter?aar=${YEAR}&forvaltning=alle`);
    await expect(page.getByText(`Tallene gælder ${YEAR} og alle forvaltninger.`)).toBeVisible();

    // Each section: a heading, at least one chart (an image named by its title) and its table.
    for (const heading of SECTIONS) {
      const section = page.getByRole('region', { name: heading, exact: true });
      await expect(section).toBeVisible();
      await expect(section.getByRole('img').first()).toBeVisible();
      await expect(section.locator('table').first()).toBeVisible();
    }
    expect(await rowsOf(page, '§ 18-tilskud pr. forvaltning')).toEqual([
      ['Børne- og Ungdomsforvaltningen', '1', '5.000 kr.'],
      ['Socialforvaltningen', '2', '15.000,50 kr.'],
      ['I alt', '3', '20.000,50 kr.'],
    ]);
    const flows = await rowsOf(page, 'Hvem henviser til hvem');
    expect(flows.at(-1)).toEqual(['I alt', '1', '1', '1', '3']);
    expect(await rowsOf(page, 'Nøgletal for henvisninger')).toContainEqual(['Andel taget imod af de besvarede', '67\u00a0%']);
    expect(await rowsOf(page, 'Rådgivningsmøder pr. forvaltning')).toContainEqual(['Socialforvaltningen', '1', '1', '10', '3', '0', '3', '2', '67\u00a0%']);
    // The chart says in words what it shows; the bars' values are in the table.
    await expect(page.getByRole('img', { name: '§ 18-tilskud pr. forvaltning' })).toHaveAccessibleDescription(/Størst er Socialforvaltningen \(15\.000,50 kr\.\)\./);

    const download = page.waitForEvent('download');
    await page.locator('#tilskud-forvaltning').getByRole('link', { name: /Hent som CSV/ }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe(`tilskud-forvaltning-${YEAR}.csv`);
    const csv = await readFile((await file.path())!, 'utf8');
    const lines = csv.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(lines[0]).toBe('Forvaltning;Tilskud;Beløb (kr.)');
    expect(lines).toContain('Socialforvaltningen;2;15000,50');

    expect((await new AxeBuilder({ page }).withTags(wcag).analyze()).violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  });

  test('the own administration alone shows only what it granted', async ({ page }) => {
    await login(page, COORDINATOR);
    await page.goto(`/rapporter?aar=${YEAR}`);
    await expect(page.getByText(`Tallene gælder ${YEAR} og Socialforvaltningen.`)).toBeVisible();
    expect(await rowsOf(page, '§ 18-tilskud pr. forvaltning')).toEqual([
      ['Socialforvaltningen', '2', '15.000,50 kr.'],
      ['I alt', '2', '15.000,50 kr.'],
    ]);
    // A year that is not one: said beside the field, no figures.
    const response = await page.goto('/rapporter?aar=tyve');
    expect(response?.status()).toBe(400);
    await expect(page.getByRole('alert')).toContainText('Vælg et år fra listen.');
    await expect(page.getByRole('region', { name: '§ 18-tilskud', exact: true })).toHaveCount(0);
  });

  test('the annual report prints the year with its introduction, and downloads as PDF', async ({ page }) => {
    await login(page, COORDINATOR);
    await page.goto(`/rapporter?aar=${YEAR}&forvaltning=alle`);
    await page.getByRole('link', { name: `Årsrapport for ${YEAR} (§ 18-redegørelse)` }).click();
    await expect(page).toHaveURL(`/rapporter/aarsrapport/${YEAR}?forvaltning=alle`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`§ 18-redegørelse ${YEAR}`);
    await expect(page.getByRole('region', { name: `Om samarbejdet i ${YEAR}` })).toContainText(`I ${YEAR} fik 2 foreninger i alt 20.000,50 kr. i § 18-tilskud.`);
    for (const heading of SECTIONS) await expect(page.getByRole('heading', { level: 2, name: heading, exact: true })).toBeVisible();
    expect((await new AxeBuilder({ page }).withTags(wcag).analyze()).violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);

    // On paper: no menus or buttons, each section on its own page.
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('link', { name: 'Hent som PDF' })).toBeHidden();
    await expect(page.locator('.backoffice-nav')).toBeHidden();
    expect(await page.locator('.report-section').first().evaluate((el) => getComputedStyle(el).breakBefore)).toBe('page');
    await page.emulateMedia({ media: 'screen' });

    const href = await page.getByRole('link', { name: 'Hent som PDF' }).getAttribute('href');
    expect(href).toBe(`/rapporter/aarsrapport/${YEAR}.pdf?forvaltning=alle`);
    const pdf = await page.request.get(href!);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    expect(pdf.headers()['content-disposition']).toBe(`attachment; filename="aarsrapport-${YEAR}.pdf"`);
    expect((await pdf.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  test('staff get no reports and no link to them', async ({ page }) => {
    await login(page, 'medarbejder.sof@indgang.example.dk');
    await expect(page.getByRole('navigation', { name: 'Dine sider' }).getByRole('link', { name: 'Henvisninger' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Rapporter', exact: true })).toHaveCount(0);
    const refused = await page.goto('/rapporter');
    expect(refused?.status()).toBe(403);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('ikke adgang');
    expect((await page.request.get(`/rapporter/csv/tilskud-liste.csv?aar=${YEAR}`)).status()).toBe(403);
    expect((await page.request.get(`/rapporter/aarsrapport/${YEAR}.pdf`)).status()).toBe(403);
  });

  test('a year or table that is not one is not found', async ({ page }) => {
    await login(page, COORDINATOR);
    expect((await page.goto('/rapporter/aarsrapport/1999'))?.status()).toBe(404);
    expect((await page.goto('/rapporter/aarsrapport/tyve'))?.status()).toBe(404);
    expect((await page.request.get(`/rapporter/csv/brugere.csv?aar=${YEAR}`)).status()).toBe(404);
  });
});
