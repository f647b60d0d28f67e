import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../support/database';
import { TEST_REFERRAL_KEY } from '../support/constants';
import { useTestSearch } from '../support/search';
import { insertReferenceData } from './import-reference';
import { runCli } from '../support/cli';

const t = useTestDatabase();
const search = useTestSearch();
const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/import/${name}`, import.meta.url));

/** Runs the CLI as an operator would (not a terminal: plain progress lines); its exit code and output. */
function cli(args: string[]) {
  return runCli(args, {
    DATABASE_URL: t.url,
    REFERRAL_KEY: TEST_REFERRAL_KEY,
    MEILI_URL: search.url,
    MEILI_MASTER_KEY: search.key,
    MEILI_INDEX_PREFIX: search.prefix,
  });
}

const activityCount = async () => Number((await t.db.execute<{ n: number }>(sql`select count(*)::int as n from activities`))[0]!.n);

beforeAll(async () => {
  await insertReferenceData(t.db);
});

describe('npm run cli -- import', () => {
  it('lists the problems of a broken file by row and column, exits 1 and imports nothing', async () => {
    const { code, stderr } = await cli(['import', fixture('foreninger-tre-fejl.csv')]);
    expect(code).toBe(1);
    expect(stderr).toContain('Filen har 3 fejl:');
    expect(stderr).toContain('  Række 2, location_postal_code: Postnummeret skal være 4 cifre, ikke "230".');
    expect(stderr).toContain('  Række 3, service_target_groups: Målgruppen "strikkere" findes ikke.');
    expect(stderr).toContain('  Række 4, schedules.BYDAY: "XX" er ikke en ugedag.');
    expect(stderr).toContain('Filen har fejl, så intet er importeret.');
    expect(await activityCount()).toBe(0);
  });

  it('speaks English with --lang en', async () => {
    const { code, stderr } = await cli(['import', fixture('foreninger-tre-fejl.csv'), '--lang', 'en']);
    expect(code).toBe(1);
    expect(stderr).toContain('  Row 2, location_postal_code: The postal code must be 4 digits, not "230".');
  });

  it('prints the plan of a dry run without writing, then imports, with a progress line per phase', async () => {
    const dry = await cli(['import', fixture('foreninger.csv'), '--dry-run']);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain('Prøvekørsel: intet er gemt.');
    expect(dry.stdout).toContain('Aktiviteter: 3 nye, 0 ændrede, 0 uændrede, 0 fjernede.');
    expect(await activityCount()).toBe(0);

    const real = await cli(['import', fixture('foreninger.csv')]);
    expect(real.code).toBe(0);
    expect(real.stderr).toContain('Import: tjekker filen');
    expect(real.stderr).toContain('Import: gemmer');
    expect(real.stdout).toContain('Importen er gemt.');
    expect(real.stdout).toContain('Foreninger: 2 nye, 0 ændrede, 0 uændrede, 0 fjernede.');
    expect(await activityCount()).toBe(3);

    const again = await cli(['import', fixture('foreninger.csv')]);
    expect(again.stdout).toContain('Aktiviteter: 0 nye, 0 ændrede, 3 uændrede, 0 fjernede.');
  });

  it('answers bad use with its usage line and exit 2', async () => {
    // Every kind of bad use is in src/cli/import.test.ts; here the command as a whole.
    const { code, stderr } = await cli(['import', 'a.csv', 'b.csv']);
    expect(code).toBe(2);
    expect(stderr.trim()).toBe('Brug: npm run cli -- import <fil.json|fil.csv> [--dry-run] [--administration <forvaltning>] [--lang da|en]');
    const missing = await cli(['import', '/nowhere/foreninger.csv']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('Filen /nowhere/foreninger.csv kan ikke læses');
  });
});
