import { hash } from '@node-rs/argon2';
import { type Browser, expect, type Page, test } from '@playwright/test';
import type { Database } from '../../db/client';
import { bookSeat, publishSessions } from '../../src/lib/advisory';
import { createSession, validateSession } from '../../src/lib/session';
import { expectAccessible } from './support/a11y';
import { login } from './support/session';
import { portalDatabase, portalReferralKey } from './support/portal';

/*
 * The back office of joint advisory sessions: a coordinator publishes a monthly series, edits its
 * capacity and cancels one date; hosts see the bookings of a session that has been held, record
 * who came, and follow a booking up with a referral. Demo data only this file touches: the
 * coordinators of KFF and TMF, TMF's staff member and the member of Natlinjen København, and
 * sessions of their own with unique topics (the portal is shared and keeps data between tests).
 */
const COORDINATOR = 'koordinator.kff@indgang.example.dk';
const HOST_COORDINATOR = 'koordinator.tmf@indgang.example.dk';
const HOST_MEMBER = 'medlem.natlinjen-koebenhavn@indgang.example.dk';
const OUTSIDE_MEMBER = 'medlem.moedrenetvaerket-amager@indgang.example.dk';

async function loggedIn(browser: Browser, email: string, password?: string): Promise<Page> {
  const page = await (await browser.newContext({ locale: 'da-DK' })).newPage();
  await login(page, email, password);
  return page;
}

/** The date in Copenhagen `months` months from now, on day `day` (0 = the last day of the month before). */
function copenhagenMonth(months: number, day: number): string {
  const [year, month] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen', year: 'numeric', month: '2-digit' })
    .format(new Date())
    .split('-')
    .map(Number) as [number, number];
  return new Date(Date.UTC(year, month - 1 + months, day)).toISOString().slice(0, 10);
}

const run = () => Math.random().toString(36).slice(2, 8);

test.describe('a coordinator publishes advisory sessions', () => {
  test.describe.configure({ timeout: 180_000 });

  test('a monthly series: errors beside the fields, the dates shown, three sessions listed and public, the capacity changed, one date cancelled', async ({ browser }) => {
    const topic = `Rådgivning om pension ${run()}`;
    const page = await loggedIn(browser, COORDINATOR);
    await page.goto('/forvaltning/raadgivning');
    await page.getByRole('link', { name: 'Opret rådgivningsmøde' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Opret rådgivningsmøde');
    await expect(page.getByText('Kultur- og Fritidsforvaltningen står altid for mødet')).toBeVisible();
    await expectAccessible(page);

    // Sent half filled in: the summary takes the focus and each message stands beside its field, the values kept.
    await page.getByLabel('Emne (skal udfyldes)').fill(topic);
    await page.getByLabel('Antal pladser (skal udfyldes)').fill('0');
    await page.getByRole('button', { name: 'Opret rådgivningsmøde' }).click();
    const summary = page.getByRole('alert');
    await expect(summary).toBeFocused();
    await expect(summary).toContainText('Skriv en beskrivelse af mødet.');
    await expect(page.locator('#capacity-error')).toContainText('Skriv et antal pladser fra 1 til 500.');
    await expect(page.locator('#address-error')).toContainText('Skriv en adresse eller et link til et onlinemøde.');
    await expect(page.getByLabel('Emne (skal udfyldes)')).toHaveValue(topic);
    await expectAccessible(page);

    // From the 1st of next month to the end of the month after next: exactly three first Tuesdays.
    const first = copenhagenMonth(1, 1);
    const until = copenhagenMonth(4, 0);
    await page.getByLabel('Beskrivelse (skal udfyldes)').fill('Få svar på spørgsmål om pension og digital post fra kommunen og en frivillig.');
    await page.getByRole('checkbox', { name: 'Rådgivning og samtale' }).check();
    await page.getByRole('checkbox', { name: 'Socialforvaltningen', exact: true }).check();
    await page.getByLabel('Stedets navn').fill('Valby Kulturhus');
    await page.getByLabel('Adresse', { exact: true }).fill('Valgårdsvej 4');
    await page.getByLabel('Postnummer').fill('2500');
    await page.getByLabel('By', { exact: true }).fill('Valby');
    await page.getByLabel('Bydel').selectOption({ label: 'Valby' });
    await page.getByLabel('Dato for det første møde (skal udfyldes)').fill(first);
    await page.getByLabel('Starter kl. (skal udfyldes)').fill('16.00');
    await page.getByLabel('Slutter kl. (skal udfyldes)').fill('18.00');
    await page.getByLabel('Antal pladser (skal udfyldes)').fill('10');
    await page.getByRole('radio', { name: 'Ja, hver måned, fx den første tirsdag' }).check();
    await page.getByRole('radio', { name: 'Første', exact: true }).check();
    await page.getByLabel('Ugedag, når mødet er hver måned').selectOption('TU');
    await page.getByLabel('Gentag til og med').fill(until);

    // "Vis datoer" lists the dates and saves nothing.
    await page.getByRole('button', { name: 'Vis datoer' }).click();
    const preview = page.locator('#datoer');
    await expect(preview).toContainText('Der bliver oprettet 3 møder:');
    await expect(preview.getByRole('listitem')).toHaveCount(3);
    for (const item of await preview.getByRole('listitem').allInnerTexts()) expect(item).toMatch(/^tirsdag [1-7]\. \p{L}+ \d{4} kl\. 16\.00–18\.00$/u);
    await expect(page.getByRole('checkbox', { name: 'Socialforvaltningen', exact: true })).toBeChecked();

    await page.getByRole('button', { name: 'Opret rådgivningsmøde' }).click();
    await expect(page).toHaveURL(/\/forvaltning\/raadgivning\?oprettet=3$/);
    await expect(page.getByRole('status')).toHaveText('3 rådgivningsmøder er oprettet.');
    const rows = page.locator('tr[data-session]').filter({ hasText: topic });
    await expect(rows).toHaveCount(3);
    await expect(rows.nth(0)).toContainText('0 af 10');
    await expectAccessible(page);

    // All three are public, each in its month's calendar.
    const publicPage = await (await browser.newContext({ locale: 'da-DK' })).newPage();
    for (const months of [1, 2, 3]) {
      await publicPage.goto(`/raadgivning?visning=kalender&maaned=${copenhagenMonth(months, 1).slice(0, 7)}`);
      await expect(publicPage.locator('main')).toContainText(topic);
    }

    // The capacity of the first and the later sessions in the series.
    await rows.nth(0).getByRole('link', { name: /^Ret / }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ret rådgivningsmøde');
    await page.getByLabel('Antal pladser (skal udfyldes)').fill('25');
    await page.getByRole('radio', { name: 'Dette og de kommende møder i serien' }).check();
    await page.getByRole('button', { name: 'Gem ændringerne' }).click();
    await expect(page.getByRole('status')).toHaveText('Ændringerne er gemt for dette møde og de kommende møder i serien.');
    for (const i of [0, 1, 2]) await expect(rows.nth(i)).toContainText('0 af 25');

    // Cancelling the second date asks first, then only that date is cancelled, also publicly.
    const slug = (await rows.nth(1).getByRole('link', { name: topic, exact: true }).getAttribute('href'))!;
    await rows.nth(1).getByRole('link', { name: /^Ret / }).click();
    await page.getByRole('button', { name: 'Aflys mødet' }).click();
    await expect(page.getByRole('heading', { name: 'Vil du aflyse mødet?' })).toBeFocused();
    await expect(page.getByRole('radio', { name: 'Kun dette møde' })).toBeChecked();
    await page.getByRole('button', { name: 'Ja, aflys' }).click();
    await expect(page.getByRole('status')).toHaveText('Mødet er aflyst. De tilmeldte får besked på e-mail.');
    await expect(rows.nth(1)).toContainText('Aflyst');
    await expect(rows.filter({ hasText: 'Aflyst' })).toHaveCount(1);
    await publicPage.goto(slug);
    await expect(publicPage.locator('main')).toContainText('Aflyst');
  });
});

/**
 * A staff member of TMF of this test's own: the demo's TMF staff member belongs to the account test,
 * which changes its password.
 */
const HOST_STAFF = `medarbejder.tmf.${Math.random().toString(36).slice(2, 8)}@example.dk`;
const STAFF_PASSWORD = 'vaert-med-egen-kode';

async function createHostStaff(db: Database): Promise<void> {
  const [tmf] = await db.$client<{ id: string }[]>`select id from administrations where abbreviation = 'TMF'`;
  await db.$client`insert into users (email, name, password_hash, role, administration_id)
    values (${HOST_STAFF}, 'Vært fra TMF', ${await hash(STAFF_PASSWORD)}, 'staff', ${tmf!.id}) on conflict do nothing`;
}

/** The running demo portal's database; the referral key is put in this process's environment so that the core can seal bookings. */
async function portal(): Promise<Database> {
  process.env.REFERRAL_KEY = await portalReferralKey();
  return portalDatabase();
}

/**
 * A session of TMF hosted with Natlinjen København, made tomorrow through the core, with two
 * seats booked and one on the waiting list, then moved into the past (so it "has been held").
 */
async function heldSession(baseURL: string, topic: string, citizen: string): Promise<string> {
  const db = await portal();
  try {
    await createHostStaff(db);
    const [coordinator] = await db.$client<{ id: string }[]>`select id from users where email = ${HOST_COORDINATOR}`;
    const { token } = await createSession(db, coordinator!.id);
    const host = (await validateSession(db, token))!.user;
    const [association] = await db.$client<{ id: string }[]>`select id from associations where slug = 'natlinjen-koebenhavn'`;
    const tomorrow = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen' }).format(new Date(Date.now() + 86_400_000));
    const made = await publishSessions(
      db,
      {
        topic,
        topicEn: null,
        description: 'Spørg om affald, genbrug og grønne fællesskaber.',
        descriptionEn: null,
        hostAdministrationIds: [],
        hostAssociationIds: [association!.id],
        termIds: [],
        place: null,
        onlineUrl: 'https://moede.example.dk/groen-raadgivning',
        date: tomorrow,
        startTime: '10:00',
        endTime: '12:00',
        capacity: 2,
        waitingList: true,
        audience: 'citizens',
        languages: ['da'],
        repeat: null,
      },
      host,
    );
    const id = made.ids[0]!;
    const people = [
      { name: citizen, email: `birthe.${topic.slice(-6)}@example.dk`, phone: '20 30 40 50', note: 'Jeg bruger rollator.', organisation: null },
      { name: 'Carl Testborger', email: null, phone: '21 31 41 51', note: null, organisation: null },
      { name: 'Dorte Venteliste', email: `dorte.${topic.slice(-6)}@example.dk`, phone: null, note: null, organisation: null },
    ];
    for (const person of people) await bookSeat(db, id, { person, consent: true, locale: 'da' }, new URL(baseURL));
    await db.$client`update advisory_sessions set starts_at = now() - interval '3 hours', ends_at = now() - interval '1 hour' where id = ${id}`;
    return id;
  } finally {
    await db.$client.end();
  }
}

test.describe('hosts of a session that has been held', () => {
  test.describe.configure({ timeout: 180_000 });

  test('a member records who came, a staff host follows a booking up with a referral, another association sees nothing', async ({ browser, baseURL }) => {
    const tag = run();
    const topic = `Grøn rådgivning ${tag}`;
    const citizen = `Birthe Testborger ${tag}`;
    const id = await heldSession(baseURL!, topic, citizen);

    // The member of the host association finds it among the sessions held, and records attendance.
    const member = await loggedIn(browser, HOST_MEMBER);
    await member.goto('/vaert');
    const row = member.locator('tr[data-session]').filter({ hasText: topic });
    await expect(row).toContainText('2 af 2');
    await row.getByRole('link', { name: /^Tilmeldinger/ }).click();
    await expect(member).toHaveURL(new RegExp(`/vaert/${id}$`));
    await expect(member.getByRole('heading', { level: 1 })).toHaveText(`Tilmeldinger: ${topic}`);
    await expect(member.getByText('Visningen logges.', { exact: false })).toBeVisible();
    const table = member.getByRole('table', { name: `Tilmeldte til ${topic}` });
    await expect(table.getByRole('row')).toHaveCount(4);
    await expect(table.getByRole('row', { name: new RegExp(citizen) })).toContainText('Jeg bruger rollator.');
    await expect(table.getByRole('row', { name: /Dorte Venteliste/ })).toContainText('Venteliste nr. 1');
    // Members host, but referrals are the administrations' work.
    await expect(member.getByRole('link', { name: /Lav opfølgning som henvisning/ })).toHaveCount(0);
    await expectAccessible(member);
    await member.getByRole('checkbox', { name: `Mødt: ${citizen}` }).check();
    await member.getByRole('button', { name: 'Gem fremmøde' }).click();
    await expect(member.getByRole('status')).toHaveText('Fremmødet er gemt.');
    await expect(member.getByRole('checkbox', { name: `Mødt: ${citizen}` })).toBeChecked();
    await expect(member.getByRole('checkbox', { name: 'Mødt: Carl Testborger' })).not.toBeChecked();
    await member.goto('/vaert');
    await expect(member.locator('tr[data-session]').filter({ hasText: topic }).locator('td').nth(3)).toHaveText('1');

    // Staff of the owning administration turn the booking into a referral: prefilled, consent asked again.
    const staff = await loggedIn(browser, HOST_STAFF, STAFF_PASSWORD);
    await staff.goto(`/vaert/${id}`);
    await staff.getByRole('link', { name: `Lav opfølgning som henvisning for ${citizen}` }).click();
    await expect(staff).toHaveURL(new RegExp(`/henvisninger/ny\\?opfoelgning=`));
    await expect(staff.getByLabel('Borgerens navn (skal udfyldes)')).toHaveValue(citizen);
    await expect(staff.getByLabel('Telefonnummer')).toHaveValue('20 30 40 50');
    await expect(staff.getByLabel('Borgeren har givet samtykke (skal udfyldes)')).not.toBeChecked();
    await expect(staff.getByText(/spørg igen, før du sætter kryds/)).toBeVisible();
    await staff.getByLabel('Hvad har borgeren brug for? (skal udfyldes)').fill('Vil gerne have hjælp til at komme med i et grønt fællesskab.');
    await staff.getByRole('radio', { name: /^En forvaltning/ }).check();
    await staff.getByLabel('Forvaltning', { exact: true }).selectOption({ label: 'Kultur- og Fritidsforvaltningen' });
    await staff.getByLabel('Hvem må oplysningerne gives videre til? (skal udfyldes)').fill('Kultur- og Fritidsforvaltningen');
    await staff.getByLabel('Borgeren har givet samtykke (skal udfyldes)').check();
    await staff.getByRole('radio', { name: 'Mundtligt' }).check();
    await staff.getByRole('button', { name: 'Send henvisningen' }).click();
    await expect(staff).toHaveURL(/\/henvisninger\/[0-9a-f-]{36}\?sendt=1$/);
    const referral = new URL(staff.url()).pathname;
    await staff.goto(`/vaert/${id}`);
    const booking = staff.getByRole('row', { name: new RegExp(citizen) });
    await expect(booking).toContainText('Henvist');
    await expect(booking.getByRole('link', { name: `Se henvisningen for ${citizen}` })).toHaveAttribute('href', referral);
    await expectAccessible(staff);

    // A member of another association is told the page does not exist.
    const outsider = await loggedIn(browser, OUTSIDE_MEMBER);
    const response = await outsider.goto(`/vaert/${id}`);
    expect(response?.status()).toBe(404);
    await expect(outsider.locator('main')).not.toContainText(citizen);

    // Every look at the names was logged, and the follow-up too.
    const db = await portal();
    try {
      const lines = await db.$client<{ action: string; email: string }[]>`
        select l.action, u.email from advisory_access_log l join users u on u.id = l.user_id where l.session_id = ${id}`;
      expect(lines.filter((l) => l.action === 'view').map((l) => l.email)).toEqual(expect.arrayContaining([HOST_MEMBER, HOST_STAFF]));
      expect(lines.filter((l) => l.action === 'follow_up').map((l) => l.email)).toContain(HOST_STAFF);
      expect(lines.map((l) => l.email)).not.toContain(OUTSIDE_MEMBER);
    } finally {
      await db.$client.end();
    }
  });
});
