import { asc, eq } from 'drizzle-orm';
import { administrations, contacts, districts, places, schedules } from '../../../db/schema';

/** Text the database keeps in both languages. */
export interface Bilingual {
  da: string;
  en: string;
}

/** A place as a detail page shows it: address, district, coordinates and access. */
export interface PlaceDetail {
  id: string;
  name: string;
  address: string;
  postalCode: string;
  city: string;
  /** The district's name; null when the place lies outside every district. */
  district: string | null;
  latitude: number;
  longitude: number;
  wheelchairAccessible: boolean;
  accessibilityNote: string | null;
}

/** A public contact: never one with `visibility = 'internal'`. */
export interface PublicContact {
  id: string;
  name: string;
  title: string | null;
  email: string | null;
  phone: string | null;
}

/** The columns of a place with its district, for `db.select(placeColumns)`. */
export const placeColumns = {
  id: places.id,
  name: places.name,
  address: places.address,
  postalCode: places.postalCode,
  city: places.city,
  district: districts.name,
  latitude: places.latitude,
  longitude: places.longitude,
  wheelchairAccessible: places.wheelchairAccessible,
  accessibilityNote: places.accessibilityNote,
};

/** The columns of a contact that may be shown; `activityId` says whose contact it is. */
export const contactColumns = {
  id: contacts.id,
  activityId: contacts.activityId,
  name: contacts.name,
  title: contacts.title,
  email: contacts.email,
  phone: contacts.phone,
};

/** Only public contacts, in a stable order. */
export const publicContact = eq(contacts.visibility, 'public');

/** The columns of a schedule as a rule `describeSchedule` reads; every page that shows times selects these. */
export const scheduleRuleColumns = {
  freq: schedules.freq,
  interval: schedules.interval,
  byday: schedules.byday,
  opensAt: schedules.opensAt,
  closesAt: schedules.closesAt,
  validFrom: schedules.validFrom,
  validTo: schedules.validTo,
  note: schedules.note,
};
/** Schedules in the order they were entered. */
export const scheduleOrder = [asc(schedules.createdAt), asc(schedules.id)];
export const contactOrder = [asc(contacts.name), asc(contacts.id)];

/** Drops the `activityId` that only served to choose the contacts. */
export function toPublicContact({ activityId: _, ...contact }: { activityId: string | null } & PublicContact): PublicContact {
  return contact;
}

/** The responsible administration as a detail page shows it: its name and how to reach it. */
export interface ResponsibleAdministration {
  name: Bilingual;
  email: string | null;
  phone: string | null;
}

/** The columns of `administrations` a detail page selects. */
export const administrationColumns = {
  nameDa: administrations.nameDa,
  nameEn: administrations.nameEn,
  email: administrations.email,
  phone: administrations.phone,
};

/** A selected administration row in the shape the pages use. */
export function toResponsibleAdministration(row: { nameDa: string; nameEn: string; email: string | null; phone: string | null }): ResponsibleAdministration {
  return { name: { da: row.nameDa, en: row.nameEn }, email: row.email, phone: row.phone };
}
