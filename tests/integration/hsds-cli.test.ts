import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { seedDemoData } from '../../db/seed/seed';
import { CSV_COLUMNS, exportDataset, type HsdsDataset } from '../../src/lib/hsds';
import { parseCsv } from '../hsds/csv-parse';
import { TEST_REFERRAL_KEY } from '../support/constants';
import { useTestDatabase } from '../support/database';
import { createFullListing } from './hsds-fixtures';
import { runCli } from '../support/cli';

/** `npm run cli -- export` as an operator runs it: a child process, against this file's database. */
const t = useTestDatabase();
let directory: string;
let expected: HsdsDataset;
let fixture: Awaited<ReturnType<typeof createFullListing>>;

function cli(...args: string[]) {
  return runCli(args, {
    DATABASE_URL: t.url,
    MEILI_URL: inject('meiliUrl'),
    MEILI_MASTER_KEY: inject('meiliKey'),
    REFERRAL_KEY: TEST_REFERRAL_KEY,
    LOG_LEVEL: 'error',
  });
}

beforeAll(async () => {
  await seedDemoData(t.db);
  fixture = await createFullListing(t.db);
  expected = await exportDataset(t.db);
  directory = await mkdtemp(join(tmpdir(), 'indgang-export-'));
});

afterAll(async () => {
  await rm(directory, { recursive: true, force: true });
});

describe('npm run cli -- export', () => {
  it('writes the HSDS dataset to standard output, and what it did to standard error', async () => {
    const { code, stdout, stderr } = await cli('export', '--format', 'hsds');
    expect(code).toBe(0);
    const dataset = JSON.parse(stdout) as HsdsDataset;
    expect(dataset.organizations).toHaveLength(expected.organizations.length);
    expect(dataset.services).toHaveLength(expected.services.length);
    expect(dataset.organizations.map((o) => o.id)).toEqual(expected.organizations.map((o) => o.id));
    expect(stderr).toContain(`Eksporterede ${expected.organizations.length} foreninger og ${expected.services.length} aktiviteter i HSDS 3.0.`);
  });

  it('writes the CSV to a file: one row per activity, plus one per association without any', async () => {
    const out = join(directory, 'indgang.csv');
    const { code, stdout, stderr } = await cli('export', '--format=csv', '--out', out);
    expect(code).toBe(0);
    expect(stdout).toBe('');
    const { header, rows } = parseCsv(await readFile(out, 'utf8'));
    expect(header).toEqual([...CSV_COLUMNS]);
    const withoutActivities = expected.organizations.filter((o) => o.services.length === 0).length;
    expect(rows).toHaveLength(expected.services.length + withoutActivities);
    expect(stderr).toContain(`Eksporterede ${rows.length} rækker CSV til ${out}.`);
    expect(new Set(rows.map((r) => r['organization_id'])).size).toBe(expected.organizations.length);

    const row = rows.find((r) => r['service_id'] === fixture.activity.id)!;
    expect(row).toMatchObject({
      organization_name: fixture.association.name,
      organization_cvr: '12345678',
      organization_administration: fixture.administration.slug,
      organization_district: fixture.district.slug,
      organization_contact_name: 'Birte Hansen',
      service_kind: 'offer',
      service_status: 'active',
      service_summary: 'En frivillig besøger dig en gang om ugen.',
      service_is_free: 'nej',
      service_price_kr: '250.50',
      service_cost_description: 'per halvår',
      service_languages: 'da;en',
      service_target_groups: fixture.target.slug,
      service_categories: fixture.category.slug,
      location_name: 'Valby Kulturhus',
      location_postal_code: '2500',
      location_wheelchair_accessible: 'ja',
      service_contact_name: 'Jens Jensen',
      service_contact_email: '',
      service_contact_phone: '+45 20 00 00 02',
    });
    // Line breaks inside a cell separate schedules; the note may hold anything after NOTE=.
    expect(row['schedules']!.split('\n')).toEqual([
      'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH;OPENS=10:00;CLOSES=12:00;VALID_FROM=2026-01-06;VALID_TO=2026-06-30;PLACE=1;NOTE=Ikke i skolernes vinterferie.',
      'FREQ=MONTHLY;INTERVAL=1;BYDAY=1TU;OPENS=17:00;CLOSES=19:30',
    ]);
    const text = await readFile(out, 'utf8');
    for (const secret of [...fixture.internalEmails, fixture.internalPhone]) expect(text).not.toContain(secret);
  });

  it('refuses bad use with one usage line and exit code 2', async () => {
    for (const args of [['export'], ['export', '--format', 'xml'], ['export', '--format'], ['export', '--format', 'csv', '--zip'], ['export', '--format', 'csv', '--format', 'hsds']]) {
      const { code, stdout, stderr } = await cli(...args);
      expect(code, args.join(' ')).toBe(2);
      expect(stdout).toBe('');
      expect(stderr.trim()).toBe('Brug: npm run cli -- export --format hsds|csv [--out <fil>]');
    }
    const other = await cli('reindex', '--format', 'csv');
    expect(other.code).toBe(2);
    expect(other.stderr).toMatch(/^Brug: npm run cli -- reindex .* export --format hsds\|csv \[--out <fil>\]/);
  });
});
