import { describe, expect, it } from 'vitest';
import type { Database } from '../../db/client';
import { activityPlaces, activityTerms, contacts, places, schedules, taxonomyTerms, type NewContact } from '../../db/schema';
import { findPublishedActivity, findPublishedAssociation } from '../../src/lib/directory';
import { useTestDatabase } from '../support/database';
import { createActivity, createAdministration, createAssociation, createDistrict } from '../support/fixtures';

const t = useTestDatabase();

type Owner = { id: string };

async function addPlace(db: Database, associationId: string, over: Partial<typeof places.$inferInsert> = {}) {
  const [place] = await db
    .insert(places)
    .values({ associationId, name: 'Valby Kulturhus', address: 'Valgårdsvej 4', postalCode: '2500', city: 'Valby', latitude: 55.66, longitude: 12.51, ...over })
    .returning();
  return place!;
}

async function addContact(db: Database, associationId: string, over: Partial<NewContact>) {
  await db.insert(contacts).values({ associationId, name: 'Navn', email: 'navn@example.dk', ...over });
}

async function addTerm(db: Database, activity: Owner, taxonomy: 'target_group' | 'category', nameDa: string, nameEn: string) {
  const [term] = await db
    .insert(taxonomyTerms)
    .values({ taxonomy, slug: `${nameDa.toLowerCase()}-${Math.random().toString(36).slice(2, 8)}`, nameDa, nameEn })
    .returning();
  await db.insert(activityTerms).values({ activityId: activity.id, termId: term!.id });
}

describe('the page data of an activity', () => {
  it('has the activity with its association, administration, place, schedule, target groups and public contacts', async () => {
    const adm = await createAdministration(t.db, { nameDa: 'Socialforvaltningen', nameEn: 'Social Services', phone: '33 33 33 33' });
    const valby = await createDistrict(t.db, { name: 'Valby' });
    const association = await createAssociation(t.db, { name: 'Valby Strik', administrationId: adm.id });
    const activity = await createActivity(t.db, association, { name: 'Strikkecafé', isFree: false, priceOre: 2500 });
    const place = await addPlace(t.db, association.id, { districtId: valby.id, wheelchairAccessible: true });
    await t.db.insert(activityPlaces).values({ activityId: activity.id, placeId: place.id });
    await t.db.insert(schedules).values({ activityId: activity.id, byday: ['TU'], opensAt: '10:00', closesAt: '12:00', validFrom: '2026-03-01' });
    await addTerm(t.db, activity, 'target_group', 'Ældre', 'Older people');
    await addTerm(t.db, activity, 'target_group', 'Ensomme', 'Lonely people');
    await addTerm(t.db, activity, 'category', 'Samvær', 'Company');
    await addContact(t.db, association.id, { activityId: activity.id, name: 'Tovholder Tove', phone: '20 00 00 01' });
    await addContact(t.db, association.id, { activityId: activity.id, name: 'Intern Ingrid', visibility: 'internal' });
    await addContact(t.db, association.id, { name: 'Formand Frede' });

    const detail = await findPublishedActivity(t.db, activity.slug);

    expect(detail).toMatchObject({
      name: 'Strikkecafé',
      priceOre: 2500,
      association: { name: 'Valby Strik', slug: association.slug },
      administration: { name: { da: 'Socialforvaltningen', en: 'Social Services' }, phone: '33 33 33 33' },
      places: [{ name: 'Valby Kulturhus', address: 'Valgårdsvej 4', postalCode: '2500', district: 'Valby', wheelchairAccessible: true }],
      schedules: [{ freq: 'WEEKLY', interval: 1, byday: ['TU'], opensAt: '10:00:00', closesAt: '12:00:00', validFrom: '2026-03-01', validTo: null }],
    });
    expect(detail?.targetGroups.map((g) => g.name)).toEqual([
      { da: 'Ensomme', en: 'Lonely people' },
      { da: 'Ældre', en: 'Older people' },
    ]);
    expect(detail?.categories.map((c) => c.name.da)).toEqual(['Samvær']);
    // The activity's own public contact; the internal one and the association's are not shown.
    expect(detail?.contacts.map((c) => c.name)).toEqual(['Tovholder Tove']);
    expect(JSON.stringify(detail)).not.toContain('Intern Ingrid');
    expect(detail).not.toHaveProperty('status');
  });

  it("falls back on the association's public contacts when the activity has no public contact of its own", async () => {
    const association = await createAssociation(t.db);
    const activity = await createActivity(t.db, association);
    const other = await createActivity(t.db, association);
    await addContact(t.db, association.id, { activityId: activity.id, name: 'Intern Ib', visibility: 'internal' });
    await addContact(t.db, association.id, { name: 'Intern Inge', visibility: 'internal' });
    await addContact(t.db, association.id, { activityId: other.id, name: 'Anden Anne' });
    await addContact(t.db, association.id, { name: 'Formand Frede', phone: '20 00 00 02', email: null });

    const detail = await findPublishedActivity(t.db, activity.slug);
    expect(detail?.contacts).toEqual([{ id: expect.any(String), name: 'Formand Frede', title: null, email: null, phone: '20 00 00 02' }]);
  });

  it('has an activity without place or schedule too', async () => {
    const association = await createAssociation(t.db);
    const activity = await createActivity(t.db, association, { kind: 'volunteer_role' });
    const detail = await findPublishedActivity(t.db, activity.slug);
    expect(detail).toMatchObject({ kind: 'volunteer_role', places: [], schedules: [], targetGroups: [], contacts: [] });
  });

  it('is not there for a hidden activity, an activity of a hidden association, or an unknown slug', async () => {
    const association = await createAssociation(t.db);
    for (const status of ['paused', 'draft', 'archived'] as const) {
      const hidden = await createActivity(t.db, association, { status });
      expect(await findPublishedActivity(t.db, hidden.slug), status).toBeNull();
    }
    const draftAssociation = await createAssociation(t.db, { status: 'draft' });
    const orphan = await createActivity(t.db, draftAssociation);
    expect(await findPublishedActivity(t.db, orphan.slug)).toBeNull();
    expect(await findPublishedActivity(t.db, 'findes-ikke')).toBeNull();
  });
});

describe('the page data of an association', () => {
  it('has its published activities in Danish order, its own public contacts, its places and district', async () => {
    const adm = await createAdministration(t.db, { nameDa: 'Kultur- og Fritidsforvaltningen', nameEn: 'Culture and Leisure' });
    const amager = await createDistrict(t.db, { name: 'Amager Øst' });
    const association = await createAssociation(t.db, { name: 'Amager Fællesskab', administrationId: adm.id, districtId: amager.id });
    const walk = await createActivity(t.db, association, { name: 'Østerbro-gåtur', kind: 'offer' });
    await createActivity(t.db, association, { name: 'Bliv besøgsven', kind: 'volunteer_role', summaryEn: 'Become a visiting friend.' });
    await createActivity(t.db, association, { name: 'Sommerpause', status: 'paused' });
    await createActivity(t.db, association, { name: 'Kladde', status: 'draft' });
    await addPlace(t.db, association.id, { name: 'Amager Bibliotek', districtId: amager.id });
    await addContact(t.db, association.id, { name: 'Formand Frede' });
    await addContact(t.db, association.id, { name: 'Intern Inge', visibility: 'internal' });
    await addContact(t.db, association.id, { activityId: walk.id, name: 'Tovholder Tove' });

    const detail = await findPublishedAssociation(t.db, association.slug);

    expect(detail).toMatchObject({
      name: 'Amager Fællesskab',
      district: 'Amager Øst',
      administration: { name: { da: 'Kultur- og Fritidsforvaltningen', en: 'Culture and Leisure' } },
      places: [{ name: 'Amager Bibliotek', district: 'Amager Øst' }],
    });
    expect(detail?.activities.map((a) => [a.name, a.kind])).toEqual([
      ['Bliv besøgsven', 'volunteer_role'],
      ['Østerbro-gåtur', 'offer'],
    ]);
    expect(detail?.activities[0]?.summaryEn).toBe('Become a visiting friend.');
    expect(detail?.contacts.map((c) => c.name)).toEqual(['Formand Frede']);
    expect(JSON.stringify(detail)).not.toContain('Intern Inge');
  });

  it('says "whole municipality" by having no district', async () => {
    const association = await createAssociation(t.db);
    expect((await findPublishedAssociation(t.db, association.slug))?.district).toBeNull();
  });

  it('is not there for an association that is not published', async () => {
    for (const status of ['draft', 'paused', 'archived'] as const) {
      const hidden = await createAssociation(t.db, { status });
      expect(await findPublishedAssociation(t.db, hidden.slug), status).toBeNull();
    }
    expect(await findPublishedAssociation(t.db, 'findes-ikke')).toBeNull();
  });
});
