import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { seedDemoData } from '../../db/seed/seed';
import { exportCsv, exportDataset, type HsdsDataset } from '../../src/lib/hsds';
import { runImport } from '../../src/lib/import';
import { useTestDatabase } from '../support/database';
import { bytesOf, insertReferenceData } from './import-reference';

/*
 * Round trip: export the demo municipality, import the file into an empty database (only the
 * reference data the import needs), export again: the same file. Nothing is ignored in the
 * comparison; the export's clock is fixed so that schedules' time zone offsets are computed on
 * the same day in both exports.
 */
const demo = useTestDatabase();
const emptyForJson = useTestDatabase();
const emptyForCsv = useTestDatabase();
const now = new Date('2026-03-02T10:00:00Z');

let first: HsdsDataset;
let firstCsv: string;

beforeAll(async () => {
  await seedDemoData(demo.db);
  await insertReferenceData(emptyForJson.db);
  await insertReferenceData(emptyForCsv.db);
  first = await exportDataset(demo.db, now);
  firstCsv = await exportCsv(demo.db);
});

const count = async (db: typeof demo.db, table: string) =>
  Number((await db.execute<{ n: number }>(sql`select count(*)::int as n from ${sql.identifier(table)}`))[0]!.n);

describe('HSDS JSON round trip', () => {
  it('imports the demo export into an empty database without a problem', async () => {
    const result = await runImport(emptyForJson.db, { name: 'demo.json', bytes: bytesOf(JSON.stringify(first)), dryRun: false, now });
    expect(result.issues).toEqual([]);
    expect(result.summary?.association.created).toBe(first.organizations.length);
    expect(result.summary?.activity.created).toBe(first.services.length);
    expect(await count(emptyForJson.db, 'activities')).toBe(first.services.length);
  });

  it('exports the imported database as exactly the first export', async () => {
    const second = await exportDataset(emptyForJson.db, now);
    expect(second.organizations).toEqual(first.organizations);
    expect(second.services).toEqual(first.services);
  });

  it('changes nothing when the demo export is imported into the demo database itself', async () => {
    const result = await runImport(demo.db, { name: 'demo.json', bytes: bytesOf(JSON.stringify(first)), dryRun: false, now });
    expect(result.issues).toEqual([]);
    expect(result.summary?.association).toEqual({ created: 0, updated: 0, unchanged: first.organizations.length, deleted: 0 });
    expect(result.summary?.activity).toEqual({ created: 0, updated: 0, unchanged: first.services.length, deleted: 0 });
  });
});

describe('CSV round trip', () => {
  it('imports the demo CSV into an empty database and exports the same CSV', async () => {
    const result = await runImport(emptyForCsv.db, { name: 'demo.csv', bytes: bytesOf(firstCsv), dryRun: false, now });
    expect(result.issues).toEqual([]);
    expect(result.summary?.activity.created).toBe(first.services.length);
    const second = await exportCsv(emptyForCsv.db);
    // Compared line by line, so that a difference names its row.
    expect(second.split('\r\n')).toEqual(firstCsv.split('\r\n'));
  });

  it('changes nothing when the demo CSV is imported into the demo database itself', async () => {
    const result = await runImport(demo.db, { name: 'demo.csv', bytes: bytesOf(firstCsv), dryRun: false, now });
    expect(result.issues).toEqual([]);
    expect(result.summary?.activity).toEqual({ created: 0, updated: 0, unchanged: first.services.length, deleted: 0 });
    expect(result.summary?.place.created).toBe(0);
    expect(result.summary?.schedule).toMatchObject({ created: 0, updated: 0, deleted: 0 });
    expect(result.summary?.contact).toMatchObject({ created: 0, updated: 0, deleted: 0 });
  });
});
