import { readFile } from 'node:fs/promises';
import { asc, eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { activities, activityTerms, associations, contacts, districts, places, schedules, taxonomyTerms } from '../../db/schema';
import { runImport } from '../../src/lib/import';
import { issueLine } from '../../src/lib/import';
import { useTestDatabase } from '../support/database';
import { insertReferenceData } from './import-reference';

const t = useTestDatabase();
const fixture = (name: string) => readFile(new URL(`../fixtures/import/${name}`, import.meta.url));
const csv = async (name: string, dryRun = false) => runImport(t.db, { name, bytes: await fixture(name), dryRun });

const TABLES = ['associations', 'activities', 'places', 'contacts', 'schedules', 'activity_terms', 'activity_places'] as const;

/** Row counts of the directory's tables, and the latest `updated_at` of those that have one. */
async function snapshot() {
  const out: Record<string, unknown> = {};
  for (const table of TABLES) {
    const [row] = await t.db.execute<{ n: number }>(sql`select count(*)::int as n from ${sql.identifier(table)}`);
    out[table] = row!.n;
  }
  const [latest] = await t.db.execute<{ a: string; s: string; p: string; c: string; x: string }>(sql`
    select (select max(updated_at)::text from associations) as a, (select max(updated_at)::text from activities) as s,
           (select max(updated_at)::text from places) as p, (select max(updated_at)::text from contacts) as c,
           (select max(updated_at)::text from schedules) as x`);
  return { ...out, latest };
}

const outboxSize = async () => Number((await t.db.execute<{ n: number }>(sql`select count(*)::int as n from search_outbox`))[0]!.n);

const activityBy = async (externalId: string) => (await t.db.select().from(activities).where(eq(activities.externalId, externalId)))[0]!;

beforeAll(async () => {
  await insertReferenceData(t.db);
});

describe('a CSV with three broken rows', () => {
  it('lists exactly those rows and fields, and imports nothing', async () => {
    const result = await csv('foreninger-tre-fejl.csv');
    expect(result.written).toBe(false);
    expect(result.summary).toBeNull();
    expect(result.issues.map((i) => issueLine('da', i))).toEqual([
      'Række 2, location_postal_code: Postnummeret skal være 4 cifre, ikke "230".',
      'Række 3, service_target_groups: Målgruppen "strikkere" findes ikke. Opret den under Administration, eller ret navnet.',
      'Række 4, schedules.BYDAY: "XX" er ikke en ugedag. Brug MO, TU, WE, TH, FR, SA eller SU (i månedlige regler fx 1TU eller -1FR).',
    ]);
    expect(issueLine('en', result.issues[0]!)).toBe('Row 2, location_postal_code: The postal code must be 4 digits, not "230".');
    // The first row of the file is fine, but a file with problems imports nothing at all.
    expect(await snapshot()).toMatchObject({ associations: 0, activities: 0, places: 0, contacts: 0, schedules: 0 });
  });
});

describe('a CSV import into an empty database', () => {
  it('makes a dry run that counts what it would do and writes nothing', async () => {
    const result = await csv('foreninger.csv', true);
    expect(result.issues).toEqual([]);
    expect(result.written).toBe(false);
    expect(result.summary?.activity).toEqual({ created: 3, updated: 0, unchanged: 0, deleted: 0 });
    expect(await snapshot()).toMatchObject({ associations: 0, activities: 0, places: 0 });
    expect(await outboxSize()).toBe(0);
  });

  it('creates the associations, activities, places, contacts and schedules of the file', async () => {
    const result = await csv('foreninger.csv');
    expect(result.issues).toEqual([]);
    expect(result.format).toBe('csv');
    expect(result.summary).toEqual({
      association: { created: 2, updated: 0, unchanged: 0, deleted: 0 },
      activity: { created: 3, updated: 0, unchanged: 0, deleted: 0 },
      place: { created: 2, updated: 0, unchanged: 0, deleted: 0 },
      contact: { created: 2, updated: 0, unchanged: 0, deleted: 0 },
      schedule: { created: 3, updated: 0, unchanged: 0, deleted: 0 },
    });
    expect(await snapshot()).toMatchObject({ associations: 2, activities: 3, places: 2, contacts: 2, schedules: 3, activity_terms: 10, activity_places: 2 });

    const [klub] = await t.db.select().from(associations).where(eq(associations.externalId, 'amager-strik'));
    expect(klub).toMatchObject({ name: 'Amager Strikkeklub', slug: 'amager-strikkeklub', status: 'published', website: 'https://amager-strik.example.dk' });
    const cafe = await activityBy('strik-cafe');
    expect(cafe).toMatchObject({
      associationId: klub!.id,
      kind: 'offer',
      status: 'published',
      slug: 'strikkecafe-paa-amagerbro',
      isFree: false,
      priceOre: 2000,
      costDescription: 'per gang, kaffe inklusive',
      languages: ['da', 'en'],
      lastVerifiedAt: new Date('2026-01-15T12:00:00Z'),
    });
    const terms = await t.db
      .select({ slug: taxonomyTerms.slug })
      .from(activityTerms)
      .innerJoin(taxonomyTerms, eq(taxonomyTerms.id, activityTerms.termId))
      .where(eq(activityTerms.activityId, cafe.id))
      .orderBy(asc(taxonomyTerms.slug));
    expect(terms.map((r) => r.slug)).toEqual(['aeldre', 'ensomme', 'kultur-og-fritid', 'samvaer-og-netvaerk']);
    const [contact] = await t.db.select().from(contacts).where(eq(contacts.activityId, cafe.id));
    expect(contact).toMatchObject({ name: 'Bodil Friis', phone: '31 11 22 34', visibility: 'public' });

    // The abbreviation "KFF" named the administration; "1TH" is the first Thursday of the month.
    const role = await activityBy('strik-instruktoer');
    expect(role.kind).toBe('volunteer_role');
    expect(role.administrationId).toBe(cafe.administrationId);
    expect(role.isFree).toBe(true);
    const [monthly] = await t.db.select().from(schedules).where(eq(schedules.activityId, role.id));
    expect(monthly).toMatchObject({ freq: 'MONTHLY', byday: ['1TH'], opensAt: '18:00:00', closesAt: '20:00:00', placeId: null });

    // A night line: closes "before" it opens, and the note keeps its semicolon.
    const night = await activityBy('nattelinjen-samtale');
    const [nightly] = await t.db.select().from(schedules).where(eq(schedules.activityId, night.id));
    expect(nightly).toMatchObject({ opensAt: '20:00:00', closesAt: '09:00:00', note: 'Åben hele året; også i julen' });
    const [place] = await t.db
      .select({ id: places.id, district: districts.slug })
      .from(places)
      .leftJoin(districts, eq(districts.id, places.districtId))
      .where(eq(places.name, 'Nattelinjens lokale'));
    // The CSV names no district for places: found from the postal code (1650 is Vesterbro).
    expect(place?.district).toBe('vesterbro-kongens-enghave');
    expect(nightly?.placeId).toBe(place?.id);
  });

  it('changes nothing when the same file is imported again: no row, no updated_at, no search outbox row', async () => {
    const before = await snapshot();
    await t.db.execute(sql`delete from search_outbox`);
    const result = await csv('foreninger.csv');
    expect(result.issues).toEqual([]);
    expect(result.summary?.association).toEqual({ created: 0, updated: 0, unchanged: 2, deleted: 0 });
    expect(result.summary?.activity).toEqual({ created: 0, updated: 0, unchanged: 3, deleted: 0 });
    expect(result.summary?.schedule).toEqual({ created: 0, updated: 0, unchanged: 3, deleted: 0 });
    expect(await snapshot()).toEqual(before);
    expect(await outboxSize()).toBe(0);
  });

  it('updates exactly what changed when a changed file is imported', async () => {
    const cafeBefore = await activityBy('strik-cafe');
    const nightBefore = await activityBy('nattelinjen-samtale');
    const result = await csv('foreninger-aendret.csv');
    expect(result.issues).toEqual([]);
    expect(result.summary?.activity).toEqual({ created: 0, updated: 1, unchanged: 2, deleted: 0 });
    expect(result.summary?.schedule).toEqual({ created: 1, updated: 0, unchanged: 3, deleted: 0 });
    expect(result.summary?.association).toEqual({ created: 0, updated: 0, unchanged: 2, deleted: 0 });
    const cafe = await activityBy('strik-cafe');
    expect(cafe.priceOre).toBe(2500);
    expect(cafe.updatedAt.getTime()).toBeGreaterThan(cafeBefore.updatedAt.getTime());
    expect((await activityBy('nattelinjen-samtale')).updatedAt).toEqual(nightBefore.updatedAt);
    const days = await t.db.select({ byday: schedules.byday }).from(schedules).where(eq(schedules.activityId, cafe.id)).orderBy(asc(schedules.opensAt));
    expect(days.map((d) => d.byday)).toEqual([['FR'], ['TU']]);
    // The activity's outbox rows are there for the worker (the triggers queued them).
    expect(await outboxSize()).toBeGreaterThan(0);
  });

  it('removes a schedule the file no longer has', async () => {
    const result = await csv('foreninger.csv');
    expect(result.summary?.schedule).toEqual({ created: 0, updated: 0, unchanged: 3, deleted: 1 });
    expect((await activityBy('strik-cafe')).priceOre).toBe(2000);
  });

  it('moves an activity to a new place and deletes the old place nobody uses any more', async () => {
    const text = (await fixture('foreninger.csv')).toString('utf8').replace('Amagerbro Bibliotek;Amagerbrogade 120', 'Sundby Bibliotek;Jemtelandsgade 3');
    const result = await runImport(t.db, { name: 'flyttet.csv', bytes: new TextEncoder().encode(text), dryRun: false });
    expect(result.issues).toEqual([]);
    expect(result.summary?.place).toEqual({ created: 1, updated: 0, unchanged: 1, deleted: 1 });
    expect(result.summary?.activity).toEqual({ created: 0, updated: 1, unchanged: 2, deleted: 0 });
    const names = await t.db.select({ name: places.name }).from(places).orderBy(asc(places.name));
    expect(names.map((p) => p.name)).toEqual(['Nattelinjens lokale', 'Sundby Bibliotek']);
    const [schedule] = await t.db.select().from(schedules).where(eq(schedules.activityId, (await activityBy('strik-cafe')).id));
    const [sundby] = await t.db.select().from(places).where(eq(places.name, 'Sundby Bibliotek'));
    expect(schedule?.placeId).toBe(sundby?.id);
  });
});
