import { readFile } from 'node:fs/promises';
import { asc, eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { activities, associations, contacts, places, schedules } from '../../db/schema';
import { search } from '../../search/search';
import { startOutboxWorker } from '../../search/sync/worker';
import type { SearchParams } from '../../search/types';
import { issueLine, runImport } from '../../src/lib/import';
import { useTestDatabase } from '../support/database';
import { useTestSearch } from '../support/search';
import { bytesOf, insertReferenceData } from './import-reference';

const t = useTestDatabase();
const meili = useTestSearch();
const json = (name: string, value: unknown, dryRun = false) => runImport(t.db, { name, bytes: bytesOf(JSON.stringify(value)), dryRun });
const count = async (table: string) => Number((await t.db.execute<{ n: number }>(sql`select count(*)::int as n from ${sql.identifier(table)}`))[0]!.n);

let page: Record<string, unknown>;

beforeAll(async () => {
  await insertReferenceData(t.db);
  page = JSON.parse(await readFile(new URL('../fixtures/import/anden-oversigt.json', import.meta.url), 'utf8')) as Record<string, unknown>;
});

describe('an HSDS API page from another directory', () => {
  it('imports its organization and services with places, schedules, contacts and terms', async () => {
    const result = await runImport(t.db, { name: 'side.json', bytes: await readFile(new URL('../fixtures/import/anden-oversigt.json', import.meta.url)), dryRun: false });
    expect(result.issues.map((i) => issueLine('da', i))).toEqual([]);
    expect(result.summary?.association.created).toBe(1);
    expect(result.summary?.activity.created).toBe(2);

    const [org] = await t.db.select().from(associations).where(eq(associations.externalId, 'org-7'));
    expect(org).toMatchObject({ name: 'Sorgforeningen Syd', cvr: '87654321', phone: '+45 36 00 70 70', status: 'published' });
    const [group] = await t.db.select().from(activities).where(eq(activities.externalId, 'svc-101'));
    // The first paragraph is the summary; the rest the description; the date-time a date.
    expect(group).toMatchObject({
      summary: 'En lukket gruppe for dig, der har mistet en ægtefælle.',
      description: 'Vi mødes otte gange med to frivillige samtaleledere. Der er plads til otte deltagere.',
      howToJoin: 'Ring og aftal en forsamtale.',
      minimumAge: 60,
      isFree: true,
      costDescription: null,
      lastVerifiedAt: new Date('2026-02-20T12:00:00Z'),
      status: 'published',
      kind: 'offer',
    });
    const [place] = await t.db.select().from(places).where(eq(places.associationId, org!.id));
    // The physical address, not the postal one; wheelchair access read from the words.
    expect(place).toMatchObject({ name: 'Valby Kulturhus', address: 'Valgårdsvej 4', postalCode: '2500', latitude: 55.6623, wheelchairAccessible: true });
    expect(place!.accessibilityNote).toBe('Handicaptoilet i stueetagen. Wheelchair accessible entrance');
    const [fortnightly] = await t.db.select().from(schedules).where(eq(schedules.activityId, group!.id));
    expect(fortnightly).toMatchObject({ freq: 'WEEKLY', interval: 2, byday: ['WE'], placeId: place!.id, validFrom: '2026-03-04' });
    const [contact] = await t.db.select().from(contacts).where(eq(contacts.activityId, group!.id));
    expect(contact).toMatchObject({ name: 'Inge Lund', phone: '36 00 70 71', email: null });

    const [role] = await t.db.select().from(activities).where(eq(activities.externalId, 'svc-102'));
    // "temporarily closed" is paused; a cost option of 0 kr. is free; the kind comes from indgang:art.
    expect(role).toMatchObject({ status: 'paused', kind: 'volunteer_role', isFree: true });
  });

  it('is found by search once the outbox worker has delivered the import', async () => {
    const worker = startOutboxWorker({ db: t.db, client: meili.client, prefix: meili.prefix, idleMs: 100 });
    const params: SearchParams = {
      q: 'sorggruppe efterladte', targetGroup: [], category: [], district: [], administration: [], weekday: [], lang: [], page: 1, perPage: 20, locale: 'da',
    };
    try {
      // The import queued its rows in the outbox; wait until the worker has delivered them all.
      const deadline = Date.now() + 20_000;
      while ((await count('search_outbox')) > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
      expect(await count('search_outbox')).toBe(0);
      const response = await search({ db: t.db, client: meili.client, prefix: meili.prefix }, params);
      expect(response.source).toBe('meilisearch');
      expect(response.hits.filter((h) => h.type === 'activity').map((h) => h.slug)).toContain('sorggruppe-for-efterladte');
    } finally {
      await worker.stop();
    }
  });

  it('changes nothing when imported again, although the file has none of our ids', async () => {
    const before = await count('search_outbox');
    const result = await json('side.json', page);
    expect(result.summary?.activity).toEqual({ created: 0, updated: 0, unchanged: 2, deleted: 0 });
    expect(result.summary?.place).toEqual({ created: 0, updated: 0, unchanged: 1, deleted: 0 });
    expect(result.summary?.contact).toEqual({ created: 0, updated: 0, unchanged: 1, deleted: 0 });
    expect(await count('search_outbox')).toBe(before);
  });
});

describe('problems in an HSDS file', () => {
  it('names each by JSON path and property, and imports nothing', async () => {
    const broken = structuredClone(page) as { contents: Record<string, any>[] };
    broken.contents[0]!.id = 'svc-201';
    broken.contents[0]!.organization.id = 'org-9';
    broken.contents[0]!.service_at_locations[0].schedules[0].byday = 'WE,XY';
    broken.contents[0]!.service_at_locations[0].location.addresses[1].postal_code = '25000';
    broken.contents[0]!.attributes[1].taxonomy_term.code = 'strikkere';
    broken.contents[1]!.id = 'svc-202';
    broken.contents[1]!.organization.id = 'org-9';
    broken.contents[1]!.schedules[0].opens_at = '25:00';
    const result = await json('fejl.json', broken);
    expect(result.issues.map((i) => issueLine('da', i))).toEqual([
      'contents[0].service_at_locations[0].location.addresses[1].postal_code: Postnummeret skal være 4 cifre, ikke "25000".',
      'contents[0].service_at_locations[0].schedules[0].byday: "XY" er ikke en ugedag. Brug MO, TU, WE, TH, FR, SA eller SU (i månedlige regler fx 1TU eller -1FR).',
      'contents[0].attributes[1].taxonomy_term.code: Målgruppen "strikkere" findes ikke. Opret den under Administration, eller ret navnet.',
      'contents[1].schedules[0].opens_at: "25:00" er ikke et klokkeslæt. Skriv det som TT:MM, fx 09:30.',
    ]);
    expect(await t.db.select().from(associations).where(eq(associations.externalId, 'org-9'))).toEqual([]);
  });

  it('refuses a file without a responsible administration unless one is chosen for the whole file', async () => {
    const file = [{ id: 'org-20', name: 'Lille Forening', description: 'En forening.', services: [{ id: 'svc-20', name: 'Kaffe', description: 'Kaffe om mandagen.' }] }];
    const refused = await json('liste.json', file);
    expect(refused.issues.map((i) => issueLine('da', i))).toEqual([
      '[0].attributes: Der står ingen ansvarlig forvaltning. Angiv den i filen, eller vælg en forvaltning til hele filen (--administration).',
      '[0].services[0].attributes: Der står ingen ansvarlig forvaltning. Angiv den i filen, eller vælg en forvaltning til hele filen (--administration).',
    ]);
    const unknown = await runImport(t.db, { name: 'liste.json', bytes: bytesOf(JSON.stringify(file)), administration: 'xyz', dryRun: true });
    expect(unknown.issues.map((i) => issueLine('da', i))).toEqual(['Filen, --administration: Forvaltningen "xyz" findes ikke.']);
    const chosen = await runImport(t.db, { name: 'liste.json', bytes: bytesOf(JSON.stringify(file)), administration: 'BUF', dryRun: false });
    expect(chosen.issues).toEqual([]);
    const [row] = await t.db
      .select({ slug: activities.slug, kind: activities.kind })
      .from(activities)
      .where(eq(activities.externalId, 'svc-20'))
      .orderBy(asc(activities.slug));
    expect(row).toEqual({ slug: 'kaffe', kind: 'offer' });
  });

  it('says what is wrong with a file that is not JSON or not HSDS', async () => {
    const notJson = await runImport(t.db, { name: 'x.json', bytes: bytesOf('{"organizations": ['), dryRun: true });
    expect(notJson.issues[0]?.key).toBe('import.issue.notJson');
    const other = await runImport(t.db, { name: 'x.json', bytes: bytesOf('{"hello": 1}'), dryRun: true });
    expect(other.issues.map((i) => i.key)).toEqual(['import.issue.unknownShape']);
  });
});
