import { beforeAll, describe, expect, it } from 'vitest';
import { CITY_WIDE, listingFigures, staleFigures } from '../../src/lib/statistics';
import { useTestDatabase } from '../support/database';
import { createStatisticsWorld, type StatisticsWorld } from './statistics-fixtures';

/*
 * Listings as they stand now, in the world of statistics-fixtures.ts: published associations
 * Aktive Ældre Valby (SOF, Valby), Besøgstjenesten (SOF, no district), Østerbro Frivillige (SUF,
 * Østerbro); Åbent Hus (ØKF) is a draft. Public activities: a1 Valby offer (Ældre), a2 Valby+Østerbro
 * volunteer role (Ældre, Unge), a3 no place offer (Unge), a4 Østerbro offer (SUF; Ældre), a5 place
 * without district, volunteer role (SOF, of a SUF association). Not public: a6 (draft association),
 * a7 (paused).
 */
const t = useTestDatabase();
let w: StatisticsWorld;
const counts = <R extends { label: { da: string } }>(rows: R[], pick: (r: R) => unknown) => rows.map((r) => [r.label.da, pick(r)]);

beforeAll(async () => {
  w = await createStatisticsWorld(t.db);
});

describe('listing figures', () => {
  it('counts published associations and public activities by responsible administration, all administrations shown', async () => {
    const f = await listingFigures(t.db, { year: 2025, administrationId: null });
    expect(f.byAdministration.map((r) => [r.label.da, r.associations, r.activities])).toEqual([
      ['Socialforvaltningen', 2, 4],
      ['Sundheds- og Omsorgsforvaltningen', 1, 1],
      ['Økonomiforvaltningen', 0, 0],
    ]);
    expect(f.byAdministration[0]!.label.en).toBe('Social Services Administration');
    expect(f.totals).toEqual({ associations: 3, activities: 5 });
  });

  it('counts by district: an activity in each district it is held in, the rest as "Hele kommunen" last', async () => {
    const f = await listingFigures(t.db, { year: 2025, administrationId: null });
    expect(f.byDistrict.map((r) => [r.label.da, r.associations, r.activities])).toEqual([
      ['Valby', 1, 2],
      ['Østerbro', 1, 2],
      ['Hele kommunen', 1, 2],
    ]);
    expect(f.byDistrict.at(-1)).toMatchObject({ key: CITY_WIDE, label: { en: 'Whole municipality' } });
  });

  it('counts activities by target group (categories are not target groups) and by kind', async () => {
    const f = await listingFigures(t.db, { year: 2025, administrationId: null });
    // Danish order: Æ comes after U.
    expect(counts(f.byTargetGroup, (r) => r.count)).toEqual([
      ['Unge', 2],
      ['Ældre', 3],
    ]);
    expect(f.byKind.map((r) => [r.key, r.label.da, r.count])).toEqual([
      ['offer', 'Tilbud til borgere', 3],
      ['volunteer_role', 'Frivilligjob', 2],
    ]);
  });

  it('with an administration, counts only the listings it is responsible for', async () => {
    const f = await listingFigures(t.db, { year: 2025, administrationId: w.adm.a });
    expect(f.byAdministration.map((r) => [r.label.da, r.associations, r.activities])).toEqual([['Socialforvaltningen', 2, 4]]);
    expect(f.totals).toEqual({ associations: 2, activities: 4 });
    expect(f.byDistrict.map((r) => [r.label.da, r.associations, r.activities])).toEqual([
      ['Valby', 1, 2],
      ['Østerbro', 0, 1],
      ['Hele kommunen', 1, 2],
    ]);
    expect(counts(f.byTargetGroup, (r) => r.count)).toEqual([
      ['Unge', 2],
      ['Ældre', 2],
    ]);
    expect(f.byKind.map((r) => r.count)).toEqual([2, 2]);
  });

  it('does not depend on the year: listings are counted as they stand today', async () => {
    expect(await listingFigures(t.db, { year: 2019, administrationId: null })).toEqual(await listingFigures(t.db, { year: 2025, administrationId: null }));
  });
});

describe('stale listings', () => {
  it('lists published and paused listings marked stale, longest stale first, by administration', async () => {
    const f = await staleFigures(t.db, { year: 2025, administrationId: null });
    expect(f.listings.map((l) => [l.kind, l.name, l.associationName, l.administration.da, l.staleSince, l.lastVerifiedAt])).toEqual([
      ['activity', 'Sommerpause', 'Østerbro Frivillige', 'Sundheds- og Omsorgsforvaltningen', '2024-12-01T08:00:00.000Z', null],
      ['association', 'Besøgstjenesten', 'Besøgstjenesten', 'Socialforvaltningen', '2025-01-10T08:00:00.000Z', '2023-09-01T08:00:00.000Z'],
      ['activity', 'Ledsager', 'Østerbro Frivillige', 'Sundheds- og Omsorgsforvaltningen', '2025-02-01T08:00:00.000Z', null],
    ]);
    expect(f.byAdministration.map((r) => [r.label.da, r.associations, r.activities])).toEqual([
      ['Socialforvaltningen', 1, 0],
      ['Sundheds- og Omsorgsforvaltningen', 0, 2],
    ]);
    expect(f.totals).toEqual({ associations: 1, activities: 2 });
  });

  it('with an administration, lists only its stale listings (a draft marked stale never counts)', async () => {
    const f = await staleFigures(t.db, { year: 2025, administrationId: w.adm.b });
    expect(f.listings.map((l) => l.name)).toEqual(['Sommerpause', 'Ledsager']);
    expect(f.totals).toEqual({ associations: 0, activities: 2 });
    expect((await staleFigures(t.db, { year: 2025, administrationId: w.adm.c })).listings).toEqual([]);
  });
});
