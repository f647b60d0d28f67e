import { randomBytes } from 'node:crypto';
import type { Database } from '../../db/client';
import { activityPlaces, activityTerms, contacts, places, schedules, taxonomyTerms } from '../../db/schema';
import { createActivity, createAdministration, createAssociation, createDistrict } from '../support/fixtures';

/**
 * An association with every field filled, and around it what must never leave the portal: a
 * published activity with every field (two places' worth of data on one place, two schedules,
 * public and internal contacts), a paused activity, a draft and an archived one, and a draft
 * association. The known values are returned so that tests can assert the export field by field.
 */
export async function createFullListing(db: Database) {
  const key = randomBytes(3).toString('hex');
  const administration = await createAdministration(db, { slug: `sof-${key}`, nameDa: `Socialforvaltningen ${key}` });
  const district = await createDistrict(db, { slug: `valby-${key}`, name: `Valby ${key}` });
  const association = await createAssociation(db, {
    administrationId: administration.id,
    districtId: district.id,
    name: `Valby Besøgstjeneste ${key}`,
    alternateName: 'VBT',
    description: 'Frivillige besøgsvenner i Valby.',
    email: 'kontakt@valby-besoeg.example.dk',
    phone: '+45 36 00 00 01',
    website: 'https://valby-besoeg.example.dk/',
    cvr: '12345678',
    yearIncorporated: 1998,
    lastVerifiedAt: new Date('2026-02-10T09:00:00Z'),
  });
  const [target, category] = await db
    .insert(taxonomyTerms)
    .values([
      { taxonomy: 'target_group', slug: `aeldre-${key}`, nameDa: 'Ældre', nameEn: 'Older people', descriptionDa: 'Mennesker over 65 år.' },
      { taxonomy: 'category', slug: `besoeg-${key}`, nameDa: 'Besøg og ledsagelse', nameEn: 'Visiting and escort' },
    ])
    .returning();
  const activity = await createActivity(db, association, {
    name: `Besøgsven ${key}`,
    summary: 'En frivillig besøger dig en gang om ugen.',
    description: 'I drikker kaffe, går en tur eller spiller kort.',
    summaryEn: 'A volunteer visits you once a week.',
    howToJoin: 'Ring til os.',
    eligibility: 'Ældre, der bor i Valby.',
    isFree: false,
    priceOre: 25_050,
    costDescription: 'per halvår',
    languages: ['da', 'en'],
    minimumAge: 65,
    maximumAge: 120,
    email: 'besoeg@valby-besoeg.example.dk',
    website: 'https://valby-besoeg.example.dk/besoegsven',
    lastVerifiedAt: new Date('2026-03-01T10:00:00Z'),
    takesReferrals: true,
  });
  const paused = await createActivity(db, association, { name: `Sommerpause ${key}`, status: 'paused' });
  const draft = await createActivity(db, association, { name: `Kladde ${key}`, status: 'draft' });
  const archived = await createActivity(db, association, { name: `Arkiveret ${key}`, status: 'archived' });
  const draftAssociation = await createAssociation(db, { administrationId: administration.id, name: `Kladdeforening ${key}`, status: 'draft' });
  const hiddenActivity = await createActivity(db, draftAssociation, { name: `Skjult ${key}` });

  const [place] = await db
    .insert(places)
    .values({
      associationId: association.id,
      name: 'Valby Kulturhus',
      address: 'Valgårdsvej 4',
      postalCode: '2500',
      city: 'Valby',
      districtId: district.id,
      latitude: 55.6616,
      longitude: 12.5163,
      wheelchairAccessible: true,
      accessibilityNote: 'Elevator til 1. sal, teleslynge i salen.',
    })
    .returning();
  await db.insert(activityPlaces).values({ activityId: activity.id, placeId: place!.id });
  await db.insert(activityTerms).values([
    { activityId: activity.id, termId: target!.id },
    { activityId: activity.id, termId: category!.id },
  ]);
  const [weekly, monthly] = await db
    .insert(schedules)
    .values([
      {
        activityId: activity.id,
        placeId: place!.id,
        freq: 'WEEKLY',
        interval: 2,
        byday: ['TU', 'TH'],
        opensAt: '10:00',
        closesAt: '12:00',
        validFrom: '2026-01-06',
        validTo: '2026-06-30',
        note: 'Ikke i skolernes vinterferie.',
      },
      { activityId: activity.id, freq: 'MONTHLY', interval: 1, byday: ['1TU'], opensAt: '17:00', closesAt: '19:30' },
    ])
    .returning();
  const [orgContact, , serviceContact] = await db
    .insert(contacts)
    .values([
      { associationId: association.id, name: 'Birte Hansen', title: 'Formand', email: 'birte@valby-besoeg.example.dk', phone: '+45 20 00 00 01' },
      { associationId: association.id, name: 'Intern Kasserer', email: 'kasserer-intern@valby-besoeg.example.dk', visibility: 'internal' },
      { associationId: association.id, activityId: activity.id, name: 'Jens Jensen', title: 'Koordinator', phone: '+45 20 00 00 02' },
      { associationId: association.id, activityId: activity.id, name: 'Intern Kontakt', phone: '+45 99 99 99 99', visibility: 'internal' },
      { associationId: association.id, activityId: draft.id, name: 'Kladdekontakt', email: 'kladde@valby-besoeg.example.dk' },
    ])
    .returning();
  return {
    key,
    administration,
    district,
    association,
    activity,
    paused,
    hidden: { draft, archived, draftAssociation, hiddenActivity },
    target: target!,
    category: category!,
    place: place!,
    weekly: weekly!,
    monthly: monthly!,
    orgContact: orgContact!,
    serviceContact: serviceContact!,
    internalEmails: ['kasserer-intern@valby-besoeg.example.dk', 'kladde@valby-besoeg.example.dk'],
    internalPhone: '+45 99 99 99 99',
  };
}
