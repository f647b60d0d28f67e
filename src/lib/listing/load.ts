import { and, asc, eq, isNull } from 'drizzle-orm';
import {
  activities,
  activityPlaces,
  activityTerms,
  associations,
  contacts,
  places,
  schedules,
} from '../../../db/schema';
import { isUuid, type Runner } from './db';
import type { ActivityValues, AssociationValues, ContactValue, PlaceValue, ScheduleValue } from './values';

/** 'HH:MM:SS' from the database as the 'HH:MM' the forms and revisions use. */
const hhmm = (time: string) => time.slice(0, 5);

const contactColumns = {
  id: contacts.id,
  name: contacts.name,
  title: contacts.title,
  email: contacts.email,
  phone: contacts.phone,
  visibility: contacts.visibility,
};

async function loadContacts(db: Runner, associationId: string, activityId: string | null): Promise<ContactValue[]> {
  return db
    .select(contactColumns)
    .from(contacts)
    .where(
      and(
        eq(contacts.associationId, associationId),
        activityId === null ? isNull(contacts.activityId) : eq(contacts.activityId, activityId),
      ),
    )
    .orderBy(asc(contacts.createdAt), asc(contacts.id));
}

/** The live (approved) values of an association's profile, or null when there is none with that id. */
export async function loadAssociationValues(db: Runner, associationId: string): Promise<AssociationValues | null> {
  if (!isUuid(associationId)) return null;
  const [row] = await db.select().from(associations).where(eq(associations.id, associationId)).limit(1);
  if (!row) return null;
  return {
    name: row.name,
    alternateName: row.alternateName,
    description: row.description,
    email: row.email,
    phone: row.phone,
    website: row.website,
    cvr: row.cvr,
    districtId: row.districtId,
    contacts: await loadContacts(db, row.id, null),
  };
}

/** The columns of a place as a `PlaceValue`, for every query that reads places into values. */
export const placeValueColumns = {
  id: places.id,
  name: places.name,
  address: places.address,
  postalCode: places.postalCode,
  city: places.city,
  districtId: places.districtId,
  latitude: places.latitude,
  longitude: places.longitude,
  wheelchairAccessible: places.wheelchairAccessible,
  accessibilityNote: places.accessibilityNote,
};

async function loadPlaces(db: Runner, activityId: string): Promise<PlaceValue[]> {
  // Ordered as the public page shows them (by name): the link table keeps no order of its own.
  return db
    .select(placeValueColumns)
    .from(activityPlaces)
    .innerJoin(places, eq(places.id, activityPlaces.placeId))
    .where(eq(activityPlaces.activityId, activityId))
    .orderBy(asc(places.name), asc(places.id));
}

async function loadSchedules(db: Runner, activityId: string): Promise<ScheduleValue[]> {
  const rows = await db
    .select()
    .from(schedules)
    .where(eq(schedules.activityId, activityId))
    .orderBy(asc(schedules.createdAt), asc(schedules.id));
  return rows.map((s) => ({
    freq: s.freq,
    interval: s.interval,
    byday: s.byday,
    opensAt: hhmm(s.opensAt),
    closesAt: hhmm(s.closesAt),
    validFrom: s.validFrom,
    validTo: s.validTo,
    note: s.note,
  }));
}

/** The live (approved) values of an activity, or null when there is none with that id. */
export async function loadActivityValues(db: Runner, activityId: string): Promise<ActivityValues | null> {
  if (!isUuid(activityId)) return null;
  const [row] = await db.select().from(activities).where(eq(activities.id, activityId)).limit(1);
  if (!row) return null;
  const [terms, placeValues, scheduleValues, contactValues] = await Promise.all([
    db.select({ termId: activityTerms.termId }).from(activityTerms).where(eq(activityTerms.activityId, activityId)),
    loadPlaces(db, activityId),
    loadSchedules(db, activityId),
    loadContacts(db, row.associationId, activityId),
  ]);
  return {
    kind: row.kind,
    name: row.name,
    summary: row.summary,
    summaryEn: row.summaryEn,
    description: row.description,
    howToJoin: row.howToJoin,
    eligibility: row.eligibility,
    isFree: row.isFree,
    priceOre: row.priceOre,
    costDescription: row.costDescription,
    languages: row.languages,
    minimumAge: row.minimumAge,
    maximumAge: row.maximumAge,
    takesReferrals: row.takesReferrals,
    email: row.email,
    website: row.website,
    termIds: terms.map((t) => t.termId).sort(),
    places: placeValues,
    schedules: scheduleValues,
    contacts: contactValues,
  };
}
