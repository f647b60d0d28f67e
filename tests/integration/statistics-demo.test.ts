import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { seedDemoData } from '../../db/seed/seed';
import { grantFigures, referralFigures } from '../../src/lib/statistics';
import { useTestDatabase } from '../support/database';

/* The demo municipality has figures to report at once: § 18 grants and an erased referral history. */
const t = useTestDatabase();
const NOW = new Date('2026-11-24T10:00:00Z');

beforeAll(async () => {
  await seedDemoData(t.db);
});

/** The seed uses the real clock, so the years are read from what it wrote. */
async function seedYear(): Promise<number> {
  const [row] = await t.db.execute<{ year: number }>(sql`select max(year) as year from grants`);
  return Number(row!.year);
}

describe('the demo figures', () => {
  it('has the invented § 18 grants of this year and last year', async () => {
    const year = await seedYear();
    const f = await grantFigures(t.db, { year, administrationId: null });
    expect(f.byAdministration.map((r) => [r.label.da, r.count, r.amountOre])).toEqual([
      ['Beskæftigelses- og Integrationsforvaltningen', 1, 6_500_000],
      ['Børne- og Ungdomsforvaltningen', 1, 8_000_000],
      ['Socialforvaltningen', 8, 104_750_050],
      ['Sundheds- og Omsorgsforvaltningen', 2, 18_500_000],
    ]);
    expect(f.total).toEqual({ count: 12, amountOre: 137_750_050, associations: 12 });
    expect((await grantFigures(t.db, { year: year - 1, administrationId: null })).total.count).toBe(7);
  });

  it('has a referral history that is closed and erased, so no inbox shows a referral without its citizen', async () => {
    const [row] = await t.db.execute<{ total: number; open: number; unerased: number; comments: number }>(sql`
      select count(*)::int as total,
             count(*) filter (where status <> 'closed')::int as open,
             count(*) filter (where personal is not null or erased_at is null or erased_at > now())::int as unerased,
             (select count(*)::int from referral_events where comment is not null) as comments
      from referrals`);
    expect(row).toEqual({ total: 60, open: 0, unerased: 0, comments: 0 });
  });

  it('gives the reports flows, an accepted share and medians for the years of the history', async () => {
    const [row] = await t.db.execute<{ year: number }>(sql`
      select extract(year from created_at at time zone 'Europe/Copenhagen')::int as year from referrals group by 1 order by count(*) desc limit 1`);
    const f = await referralFigures(t.db, { year: row!.year, administrationId: null }, NOW);
    expect(f.total).toBeGreaterThan(10);
    expect(f.flows.total).toBe(f.total);
    expect(f.flows.senders.map((s) => s.key)).toContain('citizen');
    expect(f.answered).toBe(f.total);
    expect(f.acceptedShare).toBeGreaterThan(0.6);
    expect(f.acceptedShare).toBeLessThan(1);
    expect(f.medianDaysToFirstResponse).toBeGreaterThan(0);
    expect(f.medianDaysToOutcome).toBeGreaterThan(f.medianDaysToFirstResponse!);
    expect(f.overdue).toBe(0);
  });
});
