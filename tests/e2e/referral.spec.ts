import { type Browser, expect, type Page, test } from '@playwright/test';
import { csrfFrom, login, loginRequest } from './support/session';
import { expectAccessible } from './support/a11y';

/*
 * The proof for staff: a home carer in Health and Care (SUF) refers a citizen to
 * Socialforvaltningen's visiting-friend activity in Valby; SOF receives, accepts, records contact
 * and start; the sender follows the timeline and gets the mails; the prescription prints and
 * downloads; another administration cannot even tell that the referral exists.
 * Each test makes its own referral, so the tests run in any order and in parallel.
 */
const SENDER = 'medarbejder.suf@indgang.example.dk';
const RECEIVER = 'koordinator.sof@indgang.example.dk';
const MEMBER = 'medlem.valby-besoegstjeneste@indgang.example.dk';
const OUTSIDER = 'medarbejder.kff@indgang.example.dk';
const SLUG = 'besoegsven-i-valby';
const CITIZEN = 'Testborger Hansen';

async function loggedIn(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext({ locale: 'da-DK' })).newPage();
  await login(page, email);
  return page;
}

/** The sender refers the citizen from the activity's public page; returns the referral's id and code. */
async function refer(sender: Page): Promise<{ id: string; reference: string }> {
  await sender.goto(`/aktiviteter/${SLUG}`);
  await sender.getByRole('link', { name: 'Henvis en borger til denne aktivitet' }).click();
  await expect(sender.getByLabel('Aktivitet', { exact: true })).toHaveValue(/.+/);
  await expect(sender.locator('[data-receiver-text]')).toHaveText('Går til Socialforvaltningen og til foreningen Valby Besøgstjeneste.');
  await sender.getByLabel('Borgerens navn (skal udfyldes)').fill(CITIZEN);
  await sender.getByLabel('Telefonnummer').fill('12 34 56 78');
  await sender.getByLabel('Hvad har borgeren brug for? (skal udfyldes)').fill('Føler sig alene og vil gerne have besøg en gang om ugen.');
  await sender.getByLabel('Borgeren har givet samtykke (skal udfyldes)').check();
  await sender.getByRole('radio', { name: 'Mundtligt' }).check();
  await sender.getByRole('button', { name: 'Send henvisningen' }).click();
  await expect(sender).toHaveURL(/\/henvisninger\/[0-9a-f-]{36}\?sendt=1$/);
  await expect(sender.getByRole('status')).toContainText('Henvisningen er sendt');
  const id = new URL(sender.url()).pathname.split('/').pop()!;
  const reference = (await sender.getByRole('heading', { level: 1 }).innerText()).replace('Henvisning ', '').trim();
  expect(reference).toMatch(/^[A-Z0-9]{3}-[A-Z0-9]{3}-[A-Z0-9]{3}$/);
  return { id, reference };
}

/** Takes an action on the open referral page by its button, and waits for the notice. */
async function act(page: Page, button: string, notice: string) {
  await page.getByRole('button', { name: button, exact: true }).click();
  await expect(page.getByRole('status')).toContainText(notice);
}

test.describe('a referral between two administrations', () => {
  test('refused with a CPR number, then sent, received, accepted, contacted and started; the sender follows it', async ({ browser }) => {
    const sender = await loggedIn(browser, SENDER);
    await sender.goto(`/henvisninger/ny?aktivitet=${SLUG}`);
    await expectAccessible(sender);
    // A CPR number is refused, with the explanation beside the field.
    await sender.getByLabel('Borgerens navn (skal udfyldes)').fill(CITIZEN);
    await sender.getByLabel('Telefonnummer').fill('12 34 56 78');
    await sender.getByLabel('Hvad har borgeren brug for? (skal udfyldes)').fill('Borger 010190-1234 vil have besøg');
    await sender.getByLabel('Borgeren har givet samtykke (skal udfyldes)').check();
    await sender.getByRole('radio', { name: 'Mundtligt' }).check();
    await sender.getByRole('button', { name: 'Send henvisningen' }).click();
    await expect(sender.locator('#needs-error')).toContainText('CPR');
    await expect(sender.getByRole('alert')).toContainText('CPR');
    await expectAccessible(sender);

    const { id, reference } = await refer(sender);

    // The receiver finds it in "Modtaget"; opening it receives it.
    const receiver = await loggedIn(browser, RECEIVER);
    await receiver.goto('/henvisninger');
    await expect(receiver.getByRole('link', { name: /^Modtaget \(\d+\)$/ })).toHaveAttribute('aria-current', 'page');
    const row = receiver.locator(`tr[data-reference="${reference}"]`);
    await expect(row).toContainText('Sendt');
    await expectAccessible(receiver);
    await row.getByRole('link', { name: reference }).click();
    await expect(receiver.locator('dd[data-status]')).toHaveText('Modtaget');
    await expect(receiver.locator('[data-citizen-name]')).toHaveText(CITIZEN);
    await expect(receiver.getByText('Din visning er registreret.')).toBeVisible();
    await expectAccessible(receiver);

    await receiver.locator('form[data-action="accept"]').getByLabel('Kommentar (frivillig)').fill('Vi ringer til borgeren i morgen.');
    await act(receiver, 'Accepter', 'Henvisningen er accepteret');
    await act(receiver, 'Borgeren er kontaktet', 'borgeren er kontaktet');
    await act(receiver, 'Borgeren er startet', 'borgeren er startet');
    await expect(receiver.locator('dd[data-status]')).toHaveText('Borgeren er startet');

    // The association that runs the activity sees it too (it takes referrals directly), and only receives.
    const member = await loggedIn(browser, MEMBER);
    await member.goto('/henvisninger?status=alle');
    await expect(member.locator(`tr[data-reference="${reference}"]`)).toBeVisible();
    await expect(member.getByRole('link', { name: /^Sendt/ })).toHaveCount(0);

    // The sender sees every step in the timeline, and has the mails.
    await sender.goto('/henvisninger?boks=sendt&status=alle');
    await sender.locator(`tr[data-reference="${reference}"]`).getByRole('link', { name: reference }).click();
    await expect(sender).toHaveURL(new RegExp(`/henvisninger/${id}$`));
    const steps = sender.getByRole('region', { name: 'Forløb' }).getByRole('listitem');
    await expect(steps.locator('strong')).toHaveText(['Sendt', 'Modtaget', 'Accepteret', 'Borgeren er kontaktet', 'Borgeren er startet']);
    await expect(steps.nth(2)).toContainText('Kommentar: Vi ringer til borgeren i morgen.');
    await sender.goto(`/dev/mail?to=${encodeURIComponent(SENDER)}`);
    await expect(sender.getByRole('heading', { name: `Henvisning ${reference}: accepteret` })).toBeVisible();
    await expect(sender.getByRole('heading', { name: `Henvisning ${reference}: borgeren er startet` })).toBeVisible();
    // Mails name the referral by its code only.
    await expect(sender.locator('main')).not.toContainText(CITIZEN);
  });

  test('the prescription prints on one sheet without the citizen, and downloads as PDF', async ({ browser }) => {
    const sender = await loggedIn(browser, SENDER);
    const { id, reference } = await refer(sender);
    await sender.getByRole('link', { name: 'Print recept til borgeren' }).click();
    await expect(sender).toHaveURL(new RegExp(`/henvisninger/${id}/recept$`));
    await expect(sender.getByRole('heading', { level: 1 })).toHaveText('Recept på fællesskab');
    await expect(sender.getByRole('button', { name: 'Print' })).toBeVisible();
    await expectAccessible(sender);

    await sender.emulateMedia({ media: 'print' });
    await expect(sender.locator('header.header')).toBeHidden();
    await expect(sender.locator('body > footer')).toBeHidden();
    await expect(sender.locator('.backoffice-nav')).toBeHidden();
    await expect(sender.getByRole('button', { name: 'Print' })).toBeHidden();
    await expect(sender.locator('[data-reference]')).toHaveText(reference);
    await expect(sender.locator('.recipe')).toContainText('Besøgsven i Valby');
    await expect(sender.locator('body')).not.toContainText(CITIZEN);
    await expect(sender.locator('body')).not.toContainText('12 34 56 78');
    await sender.emulateMedia({ media: 'screen' });

    const [download] = await Promise.all([sender.waitForEvent('download'), sender.getByRole('link', { name: 'Hent som PDF' }).click()]);
    expect(download.suggestedFilename()).toBe(`recept-${reference}.pdf`);
    const file = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of file) chunks.push(chunk as Buffer);
    const pdf = Buffer.concat(chunks);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.toString('latin1').match(/\/Type \/Page\b/g)).toHaveLength(1);
  });

  test('without JavaScript a referral is sent and the prescription says how to print', async ({ browser }) => {
    const page = await (await browser.newContext({ locale: 'da-DK', javaScriptEnabled: false })).newPage();
    await login(page, SENDER);
    const { id } = await refer(page);
    await page.goto(`/henvisninger/${id}/recept`);
    await expect(page.getByRole('button', { name: 'Print' })).toBeHidden();
    await expect(page.getByText('Brug din browsers udskriv (Ctrl+P)')).toBeVisible();
  });

  test('sent twice at once, the same form makes one referral', async ({ playwright, baseURL }) => {
    const request = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { Origin: baseURL! } });
    await loginRequest(request, SENDER);
    const html = await (await request.get(`/henvisninger/ny?aktivitet=${SLUG}`)).text();
    const field = (name: string) => html.match(new RegExp(`<input[^>]*name="${name}"[^>]*value="([^"]*)"`))?.[1] ?? html.match(new RegExp(`<input[^>]*value="([^"]*)"[^>]*name="${name}"`))?.[1];
    const activityId = html.match(/<option value="([0-9a-f-]{36})" selected/)?.[1];
    expect(activityId).toBeTruthy();
    const form = {
      _csrf: csrfFrom(html),
      idempotencyKey: field('idempotencyKey')!,
      name: CITIZEN,
      phone: '12 34 56 78',
      preferredContact: 'phone',
      needs: 'Vil gerne have besøg.',
      urgency: 'normal',
      targetKind: 'activity',
      activityId: activityId!,
      consent: 'true',
      consentMethod: 'oral',
      consentDate: field('consentDate')!,
      consentScope: 'Socialforvaltningen',
    };
    const [first, second] = await Promise.all([
      request.post('/henvisninger/ny', { form, maxRedirects: 0 }),
      request.post('/henvisninger/ny', { form, maxRedirects: 0 }),
    ]);
    expect([first.status(), second.status()]).toEqual([303, 303]);
    const where = (r: typeof first) => r.headers().location!.split('?')[0];
    expect(where(first)).toMatch(/^\/henvisninger\/[0-9a-f-]{36}$/);
    expect(where(second)).toBe(where(first));
    // And once more later (a retried request): still the same referral, said so.
    const again = await request.post('/henvisninger/ny', { form, maxRedirects: 0 });
    expect(again.headers().location).toBe(`${where(first)}?sendt=igen`);
    await request.dispose();
  });

  test('another administration gets "not found", never "no access"', async ({ browser }) => {
    const sender = await loggedIn(browser, SENDER);
    const { id } = await refer(sender);
    const outsider = await loggedIn(browser, OUTSIDER);
    for (const path of [`/henvisninger/${id}`, `/henvisninger/${id}/recept`, `/henvisninger/${id}/recept.pdf`]) {
      const response = await outsider.goto(path);
      expect(response?.status(), path).toBe(404);
    }
    await expect(outsider.locator('body')).not.toContainText(CITIZEN);
  });
});
