import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { keyringFrom } from '../../src/lib/referral/crypto';
import { expectAccessible } from './support/a11y';
import { login } from './support/session';
import { portalDatabase, portalReferralKey } from './support/portal';

// Demo data only this file touches: BIF's coordinator, and two referrals of its own made here for
// an invented citizen (one open from the citizen's entrance, one closed within BIF), erased again.
const COORDINATOR = 'koordinator.bif@indgang.example.dk';

/** The running demo portal's database and its referral key (the launcher keeps both in its data directory). */
async function portal() {
  return { db: await portalDatabase(), ring: keyringFrom(await portalReferralKey()) };
}

/** Two referrals about one citizen, stored as the core stores them (sealed personal part, keyed e-mail hash). */
async function seedReferrals(citizen: { name: string; email: string }): Promise<string[]> {
  const { db, ring } = await portal();
  try {
    const [bif] = await db.$client<{ id: string }[]>`select id from administrations where abbreviation = 'BIF'`;
    const references: string[] = [];
    for (const [i, closed] of [false, true].entries()) {
      const reference = `E2E-${Date.now().toString(36).toUpperCase()}-${i}`;
      const personal = ring.encrypt(
        JSON.stringify({
          citizen: { name: citizen.name, email: citizen.email, phone: null, preferredContact: 'email', goodTimes: null, needs: 'Vil gerne øve dansk med en frivillig.' },
          consent: { method: 'digital', givenAt: new Date().toISOString(), scope: 'Beskæftigelses- og Integrationsforvaltningen' },
          noteToReceiver: null,
        }),
      );
      const [row] = await db.$client<{ id: string }[]>`
        insert into referrals (reference, source, receiver_administration_id, sender_administration_id, status, personal, email_index,
                               consent_at, due_at, first_response_at, closed_at)
        values (${reference}, ${closed ? 'staff' : 'citizen'}, ${bif!.id}, ${closed ? bif!.id : null}, ${closed ? 'closed' : 'received'},
                ${personal}, ${ring.index('email', citizen.email)}, now(), now() + interval '7 days',
                ${closed ? new Date().toISOString() : null}, ${closed ? new Date().toISOString() : null})
        returning id`;
      await db.$client`insert into referral_events (referral_id, to_status, forwarded_to_administration_id, comment)
                       values (${row!.id}, 'sent', ${bif!.id}, ${ring.encrypt(`${citizen.name} taler mest arabisk.`)})`;
      references.push(reference);
    }
    return references;
  } finally {
    await db.$client.end();
  }
}

test('a coordinator finds, exports and erases everything about one citizen, and the access log shows it', async ({ page }) => {
  const run = Math.random().toString(36).slice(2, 8);
  const citizen = { name: `Amal Testesen ${run}`, email: `amal.${run}@example.dk` };
  const [openRef, closedRef] = await seedReferrals(citizen);

  await login(page, COORDINATOR);
  await page.goto('/forvaltning/borgerdata');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Oplysninger om en borger');
  await expectAccessible(page);

  // Nothing typed: the error sits beside the field and in the summary.
  const search = page.getByRole('form', { name: 'Find borgeren' });
  await search.getByRole('button', { name: 'Søg' }).click();
  await expect(page.getByRole('alert')).toContainText('Skriv borgerens e-mail eller telefonnummer.');

  await search.getByLabel('Borgerens e-mail').fill(`  ${citizen.email.toUpperCase()} `);
  await search.getByRole('button', { name: 'Søg' }).click();
  await expect(page.getByRole('heading', { name: 'Vi fandt 2 henvisninger om borgeren' })).toBeVisible();
  await expect(page.getByRole('table')).toContainText(openRef!);
  await expect(page.getByRole('table')).toContainText(closedRef!);
  // The e-mail is never in the address.
  expect(page.url()).not.toContain('amal');
  await expectAccessible(page);

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Hent fil med borgerens oplysninger' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^borgerdata-\d{4}-\d{2}-\d{2}\.json$/);
  const exported = JSON.parse(await readFile((await download.path())!, 'utf8')) as { referrals: { reference: string; personal: { citizen: { name: string } } }[] };
  expect(exported.referrals.map((r) => r.reference).sort()).toEqual([openRef, closedRef].sort());
  expect(exported.referrals[0]!.personal.citizen.name).toBe(citizen.name);
  expect(JSON.stringify(exported)).toContain('taler mest arabisk');

  // Erasing asks first; without the ticked box nothing happens.
  await page.getByRole('button', { name: 'Slet alt om borgeren' }).click();
  await expect(page.getByRole('heading', { name: 'Vil du slette alt om borgeren?' })).toBeVisible();
  await expect(page.getByText('1 af dem er stadig åben og bliver afsluttet.')).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Slet nu' }).click();
  await expect(page.getByRole('alert')).toContainText('Sæt kryds for at bekræfte, at du vil slette.');
  await page.getByLabel(/Jeg har tjekket, at borgeren selv har bedt om det/).check();
  await page.getByRole('button', { name: 'Slet nu' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'slettet' })).toHaveText('Oplysningerne om borgeren er slettet i 2 henvisninger.');

  // Searching again finds nothing: the keyed e-mail is gone with the rest.
  await search.getByLabel('Borgerens e-mail').fill(citizen.email);
  await search.getByRole('button', { name: 'Søg' }).click();
  await expect(page.getByText(/Vi fandt ingen henvisninger om borgeren/)).toBeVisible();

  await page.goto(`/forvaltning/adgangslog?reference=${openRef}`);
  const rows = page.getByRole('table').getByRole('row');
  await expect(rows.filter({ hasText: 'Slettede borgerens oplysninger' })).toHaveCount(1);
  await expect(rows.filter({ hasText: 'Hentede borgerens oplysninger' })).toHaveCount(1);
  await expectAccessible(page);
  await page.goto('/forvaltning/adgangslog');
  await expect(page.getByRole('table').getByRole('row').filter({ hasText: 'Søgte efter en borger' }).first()).toBeVisible();

  const { db } = await portal();
  try {
    const left = await db.$client<{ personal: string | null; status: string }[]>`select personal, status from referrals where reference in ${db.$client([openRef!, closedRef!])}`;
    expect(left).toEqual([
      { personal: null, status: 'closed' },
      { personal: null, status: 'closed' },
    ]);
  } finally {
    await db.$client.end();
  }
});
