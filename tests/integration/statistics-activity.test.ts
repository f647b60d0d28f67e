import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { CITIZEN, cellCount, grantFigures, referralFigures, sessionFigures } from '../../src/lib/statistics';
import { useTestDatabase } from '../support/database';
import { createStatisticsWorld, type StatisticsWorld } from './statistics-fixtures';

/*
 * Grants, referrals and advisory sessions of the world in statistics-fixtures.ts, with the
 * expected numbers worked out from the fixture beside each assertion. A = Socialforvaltningen,
 * B = Sundheds- og Omsorgsforvaltningen, C = Økonomiforvaltningen.
 */
const t = useTestDatabase();
let w: StatisticsWorld;
const NOW = new Date('2026-02-01T12:00:00Z');
const all = (year: number) => ({ year, administrationId: null });
const adm = (key: string) => `adm:${key}`;

beforeAll(async () => {
  w = await createStatisticsWorld(t.db);
});

describe('grant figures', () => {
  it('sums the grants of the year per administration and in total, in øre', async () => {
    const f = await grantFigures(t.db, all(2025));
    // A: 12.500 + 50.000 + 7.250,50 kr.; B: 30.000 kr.; C: 1.000 kr.
    expect(f.byAdministration.map((r) => [r.label.da, r.count, r.amountOre])).toEqual([
      ['Socialforvaltningen', 3, 6_975_050],
      ['Sundheds- og Omsorgsforvaltningen', 1, 3_000_000],
      ['Økonomiforvaltningen', 1, 100_000],
    ]);
    expect(f.total).toEqual({ count: 5, amountOre: 10_075_050, associations: 4 });
  });

  it('lists each grant by association name in Danish order (Ø before Å), larger amounts first', async () => {
    const f = await grantFigures(t.db, all(2025));
    expect(f.grants.map((g) => [g.associationName, g.purpose, g.amountOre, g.administration.da])).toEqual([
      ['Aktive Ældre Valby', 'Besøgsvenner i Valby', 1_250_000, 'Socialforvaltningen'],
      ['Aktive Ældre Valby', 'Indkøbstur', 725_050, 'Socialforvaltningen'],
      ['Besøgstjenesten', 'Sorggruppe', 5_000_000, 'Socialforvaltningen'],
      ['Østerbro Frivillige', 'Ledsageordning', 3_000_000, 'Sundheds- og Omsorgsforvaltningen'],
      ['Åbent Hus', 'Opstart', 100_000, 'Økonomiforvaltningen'],
    ]);
  });

  it('filters by administration and by year', async () => {
    const own = await grantFigures(t.db, { year: 2025, administrationId: w.adm.b });
    expect(own.total).toEqual({ count: 1, amountOre: 3_000_000, associations: 1 });
    expect((await grantFigures(t.db, all(2024))).total).toEqual({ count: 1, amountOre: 9_999_900, associations: 1 });
    expect(await grantFigures(t.db, all(2023))).toEqual({ byAdministration: [], grants: [], total: { count: 0, amountOre: 0, associations: 0 } });
  });
});

describe('referral figures', () => {
  it('counts the referrals created in the year as Copenhagen counts it', async () => {
    // r1–r8; r8 was sent 00:30 on 1 January 2025 Danish time; r10 at 00:30 on 1 January 2026 is next year's.
    expect((await referralFigures(t.db, all(2025), NOW)).total).toBe(8);
    expect((await referralFigures(t.db, all(2026), NOW)).total).toBe(1);
    expect((await referralFigures(t.db, all(2024), NOW)).total).toBe(1);
  });

  it('shows who refers to whom, to the first receiver, with the case system and the citizen apart', async () => {
    const { flows } = await referralFigures(t.db, all(2025), NOW);
    const { a, b, c } = w.adm;
    expect(flows.total).toBe(8);
    expect(cellCount(flows, adm(a), adm(b))).toBe(2); // r1, r2
    expect(cellCount(flows, adm(b), adm(a))).toBe(1); // r3, though forwarded on to C
    expect(cellCount(flows, `api:${b}`, adm(a))).toBe(1); // r4
    expect(cellCount(flows, CITIZEN, adm(a))).toBe(1); // r5
    expect(cellCount(flows, CITIZEN, adm(c))).toBe(1); // r6
    expect(cellCount(flows, adm(c), adm(a))).toBe(1); // r7, though now at B
    expect(cellCount(flows, adm(a), adm(c))).toBe(1); // r8
    expect(flows.cells).toHaveLength(7);
    expect(flows.senders.map((s) => s.label.da)).toEqual([
      'Socialforvaltningen',
      'Sundheds- og Omsorgsforvaltningen',
      'Sundheds- og Omsorgsforvaltningen (sagssystem)',
      'Økonomiforvaltningen',
      'Borgeren selv',
    ]);
    expect(flows.receivers.map((r) => r.label.da)).toEqual(['Socialforvaltningen', 'Sundheds- og Omsorgsforvaltningen', 'Økonomiforvaltningen']);
  });

  it('counts forwards separately, from the administration that forwarded', async () => {
    const { forwards } = await referralFigures(t.db, all(2025), NOW);
    expect(forwards.total).toBe(2);
    expect(cellCount(forwards, adm(w.adm.a), adm(w.adm.c))).toBe(1); // r3
    expect(cellCount(forwards, adm(w.adm.a), adm(w.adm.b))).toBe(1); // r7
  });

  it('gives the accepted share of those answered and the median days to first response and to outcome', async () => {
    const f = await referralFigures(t.db, all(2025), NOW);
    // Answered: r1 (1 day), r2 (3), r3 (2), r4 (0.5), r7 (1), r8 (4); accepted at some point: r1, r3, r4, r8.
    expect(f.answered).toBe(6);
    expect(f.accepted).toBe(4);
    expect(f.acceptedShare).toBeCloseTo(4 / 6, 10);
    // 0.5, 1, 1, 2, 3, 4 → (1 + 2) / 2.
    expect(f.medianDaysToFirstResponse).toBeCloseTo(1.5, 10);
    // Outcomes: r1 started day 4, r2 closed day 5, r3 not started day 9.
    expect(f.medianDaysToOutcome).toBeCloseTo(5, 10);
  });

  it('counts what waits for an answer past its due time now, by the administration holding it', async () => {
    const f = await referralFigures(t.db, all(2025), NOW);
    expect(f.overdue).toBe(3); // r5 at A, r7 at B, r6 at C
    expect(f.overdueByReceiver.map((r) => [r.label.da, r.count])).toEqual([
      ['Socialforvaltningen', 1],
      ['Sundheds- og Omsorgsforvaltningen', 1],
      ['Økonomiforvaltningen', 1],
    ]);
    // On day 5 (r5 and r6 due that moment) nothing has passed its due time yet; r7 is due on day 6.
    expect((await referralFigures(t.db, all(2025), new Date('2025-03-06T08:00:00Z'))).overdue).toBe(0);
    expect((await referralFigures(t.db, all(2026), NOW)).overdue).toBe(1); // r10
  });

  it('with an administration, takes the referrals it sent or received at any point', async () => {
    const c = await referralFigures(t.db, { year: 2025, administrationId: w.adm.c }, NOW);
    // r3 (forwarded to C), r6 (to C), r7 (sent by C), r8 (to C).
    expect(c.total).toBe(4);
    expect(c.flows.total).toBe(4);
    expect(cellCount(c.flows, adm(w.adm.b), adm(w.adm.a))).toBe(1);
    expect(cellCount(c.flows, adm(w.adm.a), adm(w.adm.b))).toBe(0);
    expect([c.answered, c.accepted]).toEqual([3, 2]); // r3, r7, r8; r3 and r8 accepted
    expect(c.medianDaysToFirstResponse).toBeCloseTo(2, 10); // 1, 2, 4
    expect(c.medianDaysToOutcome).toBeCloseTo(9, 10); // r3 only
    expect(c.overdue).toBe(2); // r6 at C, r7 at B
    expect((await referralFigures(t.db, { year: 2025, administrationId: w.adm.a }, NOW)).total).toBe(7); // all but r6
  });

  it('has no share or medians for a year without answers', async () => {
    const f = await referralFigures(t.db, all(2023), NOW);
    expect(f).toMatchObject({ total: 0, answered: 0, acceptedShare: null, medianDaysToFirstResponse: null, medianDaysToOutcome: null, overdue: 0 });
    expect(f.flows).toEqual({ senders: [], receivers: [], cells: [], total: 0 });
  });
});

describe('advisory session figures', () => {
  const NOVEMBER = new Date('2025-11-10T12:00:00Z');

  it('counts sessions of the year that were not cancelled, seats, bookings and attendance per owning administration', async () => {
    const f = await sessionFigures(t.db, all(2025), NOVEMBER);
    expect(f.byAdministration.map((r) => [r.label.da, r.sessions, r.held, r.seats, r.confirmed, r.waiting, r.attendanceRecorded, r.attended, r.attendanceRate])).toEqual([
      // Two sessions held: 10 + 5 seats; 8 + 5 confirmed; 2 + 1 waiting; 7 + 5 recorded, 5 + 4 came.
      ['Socialforvaltningen', 2, 2, 15, 13, 3, 12, 9, 0.75],
      // One session still to come (the cancelled one is left out).
      ['Sundheds- og Omsorgsforvaltningen', 1, 0, 20, 3, 0, 0, 0, null],
    ]);
    expect(f.total).toEqual({ sessions: 3, held: 2, seats: 35, confirmed: 16, waiting: 3, attendanceRecorded: 12, attended: 9, attendanceRate: 0.75 });
  });

  it('filters by owning administration and by year', async () => {
    const b = await sessionFigures(t.db, { year: 2025, administrationId: w.adm.b }, NOVEMBER);
    expect(b.byAdministration.map((r) => r.label.da)).toEqual(['Sundheds- og Omsorgsforvaltningen']);
    expect(b.total).toMatchObject({ sessions: 1, seats: 20, confirmed: 3, attendanceRate: null });
    expect((await sessionFigures(t.db, all(2024), NOVEMBER)).total).toEqual({
      sessions: 1, held: 1, seats: 8, confirmed: 4, waiting: 0, attendanceRecorded: 4, attended: 4, attendanceRate: 1,
    });
    expect((await sessionFigures(t.db, all(2025), new Date('2026-01-01T00:00:00Z'))).total.held).toBe(3);
  });
});

describe('the figures after personal data is erased', () => {
  it('stay the same, because they read only statuses, times and amounts', async () => {
    const before = await Promise.all([referralFigures(t.db, all(2025), NOW), sessionFigures(t.db, all(2025), NOW)]);
    await t.db.execute(sql`update referrals set personal = null, email_index = null, phone_index = null, erased_at = now()`);
    await t.db.execute(sql`update referral_events set comment = null`);
    await t.db.execute(sql`update advisory_bookings set personal = null, email_index = null, phone_index = null, erased_at = now()`);
    const after = await Promise.all([referralFigures(t.db, all(2025), NOW), sessionFigures(t.db, all(2025), NOW)]);
    expect(after).toEqual(before);
    expect(after[0].total).toBe(8);
  });
});
