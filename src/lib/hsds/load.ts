import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Database } from '../../../db/client';
import {
  activities,
  activityPlaces,
  activityTerms,
  administrations,
  associations,
  contacts,
  districts,
  places,
  schedules,
  taxonomyTerms,
} from '../../../db/schema';
import type { NamedRow, OrganizationRecord, ServiceRecord } from './records';
import { organizationContact, organizationIsPublic, serviceIsPublic } from './visibility';

const administrationColumns = { id: administrations.id, slug: administrations.slug, name: administrations.nameDa };
const districtColumns = { id: districts.id, slug: districts.slug, name: districts.name };

/** A left-joined district comes back with null columns when there is none. */
function district(row: { id: string | null; slug: string | null; name: string | null } | null): NamedRow | null {
  return row?.id && row.slug && row.name ? { id: row.id, slug: row.slug, name: row.name } : null;
}

// Ids go into `in (...)` lists; 1 000 per query stays far below PostgreSQL's 65 535 parameters.
const CHUNK = 1000;

function chunks<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK));
  return out;
}

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = map.get(k);
    if (list) list.push(row);
    else map.set(k, [row]);
  }
  return map;
}

/**
 * The public associations among `ids`, in the order of `ids`; unknown and non-public ids are left
 * out. Each with its administration and district slugs, its public contacts of the whole
 * association, and the ids of its exported activities.
 */
export async function loadOrganizations(db: Database, ids: readonly string[]): Promise<OrganizationRecord[]> {
  const found = new Map<string, OrganizationRecord>();
  for (const part of chunks(ids)) {
    const [rows, contactRows, serviceRows] = await Promise.all([
      db
        .select({ association: associations, administration: administrationColumns, district: districtColumns })
        .from(associations)
        .innerJoin(administrations, eq(administrations.id, associations.administrationId))
        .leftJoin(districts, eq(districts.id, associations.districtId))
        .where(and(inArray(associations.id, part), organizationIsPublic)),
      db
        .select()
        .from(contacts)
        .where(and(inArray(contacts.associationId, part), organizationContact))
        .orderBy(asc(contacts.name), asc(contacts.id)),
      db
        .select({ id: activities.id, name: activities.name, status: activities.status, associationId: activities.associationId })
        .from(activities)
        .innerJoin(associations, eq(associations.id, activities.associationId))
        .where(and(inArray(activities.associationId, part), serviceIsPublic))
        .orderBy(asc(activities.name), asc(activities.id)),
    ]);
    const contactsBy = groupBy(contactRows, (c) => c.associationId);
    const servicesBy = groupBy(serviceRows, (s) => s.associationId);
    for (const row of rows) {
      found.set(row.association.id, {
        association: row.association,
        administration: row.administration,
        district: district(row.district),
        contacts: contactsBy.get(row.association.id) ?? [],
        services: (servicesBy.get(row.association.id) ?? []).map(({ id, name, status }) => ({ id, name, status })),
      });
    }
  }
  return ids.flatMap((id) => found.get(id) ?? []);
}

/**
 * The exported activities among `ids`, in the order of `ids`; unknown, draft and archived ids
 * (and activities of unpublished associations) are left out. Each with its terms, places,
 * schedules and own public contacts, in a stable order so that two exports compare equal.
 */
export async function loadServices(db: Database, ids: readonly string[]): Promise<ServiceRecord[]> {
  const found = new Map<string, ServiceRecord>();
  for (const part of chunks(ids)) {
    const rows = await db
      .select({ activity: activities, administration: administrationColumns })
      .from(activities)
      .innerJoin(associations, eq(associations.id, activities.associationId))
      .innerJoin(administrations, eq(administrations.id, activities.administrationId))
      .where(and(inArray(activities.id, part), serviceIsPublic));
    const visible = rows.map((r) => r.activity.id);
    if (visible.length === 0) continue;
    const [termRows, placeRows, scheduleRows, contactRows] = await Promise.all([
      db
        .select({ activityId: activityTerms.activityId, term: taxonomyTerms })
        .from(activityTerms)
        .innerJoin(taxonomyTerms, eq(taxonomyTerms.id, activityTerms.termId))
        .where(inArray(activityTerms.activityId, visible))
        .orderBy(asc(taxonomyTerms.taxonomy), asc(taxonomyTerms.slug)),
      db
        .select({ activityId: activityPlaces.activityId, place: places, district: districtColumns })
        .from(activityPlaces)
        .innerJoin(places, eq(places.id, activityPlaces.placeId))
        .leftJoin(districts, eq(districts.id, places.districtId))
        .where(inArray(activityPlaces.activityId, visible))
        .orderBy(asc(places.name), asc(places.id)),
      db
        .select()
        .from(schedules)
        .where(inArray(schedules.activityId, visible))
        .orderBy(asc(schedules.opensAt), asc(schedules.id)),
      db
        .select()
        .from(contacts)
        .where(and(inArray(contacts.activityId, visible), eq(contacts.visibility, 'public')))
        .orderBy(asc(contacts.name), asc(contacts.id)),
    ]);
    const termsBy = groupBy(termRows, (r) => r.activityId);
    const placesBy = groupBy(placeRows, (r) => r.activityId);
    const schedulesBy = groupBy(scheduleRows, (r) => r.activityId);
    const contactsBy = groupBy(contactRows, (r) => r.activityId ?? '');
    for (const { activity, administration } of rows) {
      found.set(activity.id, {
        activity,
        administration,
        terms: (termsBy.get(activity.id) ?? []).map((r) => r.term),
        places: (placesBy.get(activity.id) ?? []).map((r) => ({ ...r.place, district: district(r.district) })),
        schedules: schedulesBy.get(activity.id) ?? [],
        contacts: contactsBy.get(activity.id) ?? [],
      });
    }
  }
  return ids.flatMap((id) => found.get(id) ?? []);
}

/** Ids of every public association, by name. */
export async function publicOrganizationIds(db: Database): Promise<string[]> {
  const rows = await db
    .select({ id: associations.id })
    .from(associations)
    .where(organizationIsPublic)
    .orderBy(asc(associations.name), asc(associations.id));
  return rows.map((r) => r.id);
}

/** Ids of every exported activity, by association name, then activity name. */
export async function publicServiceIds(db: Database): Promise<string[]> {
  const rows = await db
    .select({ id: activities.id })
    .from(activities)
    .innerJoin(associations, eq(associations.id, activities.associationId))
    .where(serviceIsPublic)
    .orderBy(asc(associations.name), asc(associations.id), asc(activities.name), asc(activities.id));
  return rows.map((r) => r.id);
}
