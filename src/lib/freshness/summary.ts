import { and, asc, eq, isNull, or } from 'drizzle-orm';
import type { Database } from '../../../db/client';
import { activityPlaces, activities, associations, contacts, places, schedules } from '../../../db/schema';
import type { ScheduleRule } from '../schedule';
import { scheduleOrder, scheduleRuleColumns } from '../directory/detail-parts';
import type { ListingRef } from './listing';

/** What a confirm link shows, so the association can check it at a glance: where, when, whom to call. */
export interface ListingSummary {
  /** "Name, address, postal code city" per place. */
  places: string[];
  schedules: ScheduleRule[];
  /** Public contacts as one line each: name, title, phone, e-mail. */
  contacts: string[];
  email: string | null;
  phone: string | null;
  website: string | null;
}

const placeLine = (p: { name: string; address: string; postalCode: string; city: string }) => `${p.name}, ${p.address}, ${p.postalCode} ${p.city}`;
const contactLine = (c: { name: string; title: string | null; phone: string | null; email: string | null }) =>
  [c.name, c.title, c.phone, c.email].filter(Boolean).join(', ');

/**
 * The public details of a listing, whatever its status (a paused listing is reminded too): for an
 * activity its places, schedules and contacts (its own, else the association's); for an
 * association its own contact details, places and contacts. Internal contacts are left out.
 */
export async function listingSummary(db: Database, listing: ListingRef): Promise<ListingSummary> {
  const placeColumns = { name: places.name, address: places.address, postalCode: places.postalCode, city: places.city };
  const contactColumns = { name: contacts.name, title: contacts.title, phone: contacts.phone, email: contacts.email, activityId: contacts.activityId };
  const publicOf = (activityFilter: ReturnType<typeof or>) =>
    db
      .select(contactColumns)
      .from(contacts)
      .where(and(eq(contacts.associationId, listing.associationId), eq(contacts.visibility, 'public'), activityFilter))
      .orderBy(asc(contacts.name));
  if (listing.kind === 'association') {
    const [[own], placeRows, contactRows] = await Promise.all([
      db.select({ email: associations.email, phone: associations.phone, website: associations.website }).from(associations).where(eq(associations.id, listing.id)),
      db.select(placeColumns).from(places).where(eq(places.associationId, listing.id)).orderBy(asc(places.name)),
      publicOf(or(isNull(contacts.activityId))),
    ]);
    return { places: placeRows.map(placeLine), schedules: [], contacts: contactRows.map(contactLine), email: own?.email ?? null, phone: own?.phone ?? null, website: own?.website ?? null };
  }
  const [[own], placeRows, scheduleRows, contactRows] = await Promise.all([
    db.select({ email: activities.email, website: activities.website }).from(activities).where(eq(activities.id, listing.id)),
    db
      .select(placeColumns)
      .from(activityPlaces)
      .innerJoin(places, eq(places.id, activityPlaces.placeId))
      .where(eq(activityPlaces.activityId, listing.id))
      .orderBy(asc(places.name)),
    db
      .select(scheduleRuleColumns)
      .from(schedules)
      .where(eq(schedules.activityId, listing.id))
      .orderBy(...scheduleOrder),
    publicOf(or(eq(contacts.activityId, listing.id), isNull(contacts.activityId))),
  ]);
  const mine = contactRows.filter((c) => c.activityId === listing.id);
  const shown = mine.length > 0 ? mine : contactRows.filter((c) => c.activityId === null);
  return {
    places: placeRows.map(placeLine),
    schedules: scheduleRows,
    contacts: shown.map(contactLine),
    email: own?.email ?? null,
    phone: null,
    website: own?.website ?? null,
  };
}
