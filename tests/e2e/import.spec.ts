import { expect, type Page, test } from '@playwright/test';
import { expectAccessible } from './support/a11y';
import { login } from './support/session';

// The administrator imports a small spreadsheet through /admin/import: a dry run shows the one
// error of the first file, the corrected file's dry run shows what it will create, "Importér"
// saves it, and the new activity is found on the public search page.
const ADMIN = 'admin@indgang.example.dk';
const word = `Kniplingsværksted${Math.random().toString(36).slice(2, 7)}`;

const HEADER = [
  'organization_id',
  'organization_name',
  'organization_administration',
  'service_id',
  'service_name',
  'service_summary',
  'service_target_groups',
  'location_name',
  'location_address',
  'location_postal_code',
  'location_city',
  'location_latitude',
  'location_longitude',
  'schedules',
].join(';');

/** A Danish spreadsheet saved as "CSV UTF-8": semicolons and a byte order mark. */
function sheet(postalCode: string): { name: string; mimeType: string; buffer: Buffer } {
  const row = [
    `e2e-${word}`,
    `Kniplingsforeningen ${word}`,
    'KFF',
    `e2e-${word}-vaerksted`,
    `${word} for begyndere`,
    'Lær at kniple sammen med andre. Vi har pinde og tråd.',
    '"aeldre;alle"',
    'Kulturhuset',
    'Valby Langgade 1',
    postalCode,
    'Valby',
    '55,6642',
    '12,5017',
    '"FREQ=WEEKLY;BYDAY=WE;OPENS=10:00;CLOSES=12:00;PLACE=1"',
  ].join(';');
  return { name: 'kniplinger.csv', mimeType: 'text/csv', buffer: Buffer.from(`\uFEFF${HEADER}\r\n${row}\r\n`, 'utf8') };
}

async function preview(page: Page, file: ReturnType<typeof sheet>): Promise<void> {
  await page.getByLabel('Fil', { exact: true }).setInputFiles(file);
  await page.getByRole('button', { name: 'Vis, hvad importen vil ændre' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Prøvekørsel af kniplinger.csv' })).toBeVisible();
}

test('the administrator previews a file with an error, imports the corrected file and finds the activity in search', async ({ page }) => {
  await login(page, ADMIN);
  await page.goto('/admin');
  await page.getByRole('link', { name: 'Import', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Import');
  await expectAccessible(page);

  // A four-digit postal code with a digit missing: one error, by row and column, and nothing saved.
  await preview(page, sheet('250'));
  const issues = page.locator('#import-issues tbody tr');
  await expect(issues).toHaveCount(1);
  await expect(issues.first().locator('th')).toHaveText('Række 2');
  await expect(issues.first().locator('td').first()).toHaveText('location_postal_code');
  await expect(issues.first().locator('td').nth(1)).toHaveText('Postnummeret skal være 4 cifre, ikke "250".');
  await expect(page.getByRole('alert').filter({ hasText: 'Filen har 1 fejl:' })).toContainText('intet er importeret');
  await expect(page.getByRole('button', { name: 'Importér' })).toHaveCount(0);
  await expectAccessible(page);

  // The corrected file: its dry run counts one new association, activity, place and schedule.
  await preview(page, sheet('2500'));
  const counts = page.locator('#import-preview');
  await expect(counts.locator('tr[data-kind="association"] td[data-count="created"]')).toHaveText('1');
  await expect(counts.locator('tr[data-kind="activity"] td[data-count="created"]')).toHaveText('1');
  await expect(counts.locator('tr[data-kind="place"] td[data-count="created"]')).toHaveText('1');
  await expect(counts.locator('tr[data-kind="schedule"] td[data-count="created"]')).toHaveText('1');
  await expectAccessible(page);

  await page.getByRole('button', { name: 'Importér' }).click();
  await expect(page).toHaveURL(/\/admin\/import\?importeret=/);
  await expect(page.getByRole('status')).toContainText('Importen er gemt.');
  await expect(page.locator('#import-done tr[data-kind="activity"] td[data-count="created"]')).toHaveText('1');

  // The outbox worker indexes it within seconds: look again until it is there.
  await expect(async () => {
    await page.goto(`/soeg?q=${encodeURIComponent(word)}`);
    await expect(page.getByRole('link', { name: `${word} for begyndere` })).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
});

test('a large file is chosen again to confirm: only the very file of the dry run is imported, and again it changes nothing', async ({ page }) => {
  await login(page, ADMIN);
  await page.goto('/admin/import');
  const small = sheet('2500');
  const text = small.buffer.toString('utf8').replaceAll(word, `${word}x`);
  // Over 2 MB (blank lines, which the import skips): too large to travel back in the page.
  const file = { ...small, buffer: Buffer.from(text + '\r\n'.repeat(1_100_000), 'utf8') };
  await preview(page, file);
  await expect(page.locator('input[name="content"]')).toHaveCount(0);

  // Another file at the confirm step is refused, and nothing is imported.
  const other = { ...file, buffer: Buffer.from(text.replace('Lær at kniple', 'Lær at hækle') + '\r\n'.repeat(1_100_000), 'utf8') };
  await page.getByLabel('Vælg filen kniplinger.csv igen', { exact: false }).setInputFiles(other);
  await page.getByRole('button', { name: 'Importér' }).click();
  await expect(page.locator('#file-error')).toContainText('Prøvekørslen er for gammel eller er ændret.');

  await preview(page, file);
  await page.getByLabel('Vælg filen kniplinger.csv igen', { exact: false }).setInputFiles(file);
  await page.getByRole('button', { name: 'Importér' }).click();
  await expect(page.getByRole('status')).toContainText('Importen er gemt.');
  await expect(page.locator('#import-done tr[data-kind="activity"] td[data-count="created"]')).toHaveText('1');

  await page.goto('/admin/import');
  await preview(page, file);
  const counts = page.locator('#import-preview');
  await expect(counts.locator('tr[data-kind="activity"] td[data-count="unchanged"]')).toHaveText('1');
  await expect(counts.locator('tr[data-kind="activity"] td[data-count="created"]')).toHaveText('0');
  await expect(counts.locator('tr[data-kind="activity"] td[data-count="updated"]')).toHaveText('0');
});
