import { and, eq, inArray, isNull, or } from 'drizzle-orm';
import {
  activities,
  activityPlaces,
  activityTerms,
  associations,
  contacts,
  places,
  schedules,
  type Activity,
  type Association,
  type Contact,
  type Place,
  type Schedule,
} from '../../../db/schema';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { isUuid, type Tx } from '../listing/db';
import type { ImportData } from './model';

/** What Indgang already holds of the listings a file names, read in a few set-based queries. */
export interface Existing {
  associations: Association[];
  activities: Activity[];
  /** Every place of the matched associations. */
  places: Place[];
  /** Public contacts of the matched associations (as a whole) and of the matched activities. */
  contacts: Contact[];
  schedules: Schedule[];
  terms: { activityId: string; termId: string }[];
  /** Links of every activity of the matched associations (to keep places other activities use). */
  links: { activityId: string; placeId: string }[];
}

// Ids go into `in (...)` lists; 1 000 per query stays far below PostgreSQL's 65 535 parameters.
const CHUNK = 1000;

async function inChunks<T>(ids: readonly string[], query: (part: string[]) => Promise<T[]>): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < ids.length; i += CHUNK) out.push(...(await query(ids.slice(i, i + CHUNK))));
  return out;
}

const unique = (values: string[]) => [...new Set(values)];

/**
 * Reads the associations and activities whose external id or own id is a source id of the file,
 * and the parts of them an import may change. Runs inside the import's transaction.
 */
export async function loadExisting(tx: Tx, data: ImportData): Promise<Existing> {
  const associationIds = unique(data.associations.map((a) => a.sourceId).filter(Boolean));
  const activityIds = unique(data.associations.flatMap((a) => a.activities.map((s) => s.sourceId)).filter(Boolean));
  const byIds = (column: AnyPgColumn, external: AnyPgColumn, part: string[]) => {
    const uuids = part.filter(isUuid);
    return uuids.length > 0 ? or(inArray(external, part), inArray(column, uuids)) : inArray(external, part);
  };
  const foundAssociations = await inChunks(associationIds, (part) =>
    tx.select().from(associations).where(byIds(associations.id, associations.externalId, part)),
  );
  const foundActivities = await inChunks(activityIds, (part) =>
    tx.select().from(activities).where(byIds(activities.id, activities.externalId, part)),
  );
  const assocIds = foundAssociations.map((a) => a.id);
  const actIds = foundActivities.map((a) => a.id);
  const [placeRows, ownContacts, activityContacts, scheduleRows, termRows, linkRows] = await Promise.all([
    inChunks(assocIds, (part) => tx.select().from(places).where(inArray(places.associationId, part))),
    inChunks(assocIds, (part) =>
      tx
        .select()
        .from(contacts)
        .where(and(inArray(contacts.associationId, part), isNull(contacts.activityId), eq(contacts.visibility, 'public'))),
    ),
    inChunks(actIds, (part) =>
      tx
        .select()
        .from(contacts)
        .where(and(inArray(contacts.activityId, part), eq(contacts.visibility, 'public'))),
    ),
    inChunks(actIds, (part) => tx.select().from(schedules).where(inArray(schedules.activityId, part))),
    inChunks(actIds, (part) => tx.select().from(activityTerms).where(inArray(activityTerms.activityId, part))),
    inChunks(unique([...assocIds, ...foundActivities.map((a) => a.associationId)]), (part) =>
      tx
        .select({ activityId: activityPlaces.activityId, placeId: activityPlaces.placeId })
        .from(activityPlaces)
        .innerJoin(activities, eq(activities.id, activityPlaces.activityId))
        .where(inArray(activities.associationId, part)),
    ),
  ]);
  return {
    associations: foundAssociations,
    activities: foundActivities,
    places: placeRows,
    contacts: [...ownContacts, ...activityContacts],
    schedules: scheduleRows,
    terms: termRows,
    links: linkRows,
  };
}

/** Which of these ids a table already uses (a source id is taken as ours only when it is free). */
export async function idsInUse(tx: Tx, table: 'associations' | 'activities' | 'places' | 'contacts' | 'schedules', ids: string[]): Promise<Set<string>> {
  const column = { associations: associations.id, activities: activities.id, places: places.id, contacts: contacts.id, schedules: schedules.id }[table];
  const from = { associations, activities, places, contacts, schedules }[table];
  const rows = await inChunks(ids.filter(isUuid), (part) => tx.select({ id: column }).from(from).where(inArray(column, part)));
  return new Set(rows.map((r) => r.id));
}

/** Every slug of a table: new listings get one that is free. */
export async function slugsInUse(tx: Tx, table: 'associations' | 'activities'): Promise<Set<string>> {
  const rows = table === 'associations' ? await tx.select({ slug: associations.slug }).from(associations) : await tx.select({ slug: activities.slug }).from(activities);
  return new Set(rows.map((r) => r.slug));
}

function groupBy<T>(rows: readonly T[], key: (row: T) => string | null): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    if (k === null) continue;
    const list = map.get(k);
    if (list) list.push(row);
    else map.set(k, [row]);
  }
  return map;
}

/** The stored parts by owner, so that planning a large file looks each up once, not by scanning. */
export interface ExistingByOwner {
  placesOf: (associationId: string) => Place[];
  /** Public contacts of the association as a whole. */
  contactsOf: (associationId: string) => Contact[];
  contactsOfActivity: (activityId: string) => Contact[];
  schedulesOf: (activityId: string) => Schedule[];
  termsOf: (activityId: string) => string[];
  placeLinksOf: (activityId: string) => string[];
  /** The activities linked to a place. */
  linksToPlace: (placeId: string) => string[];
}

export function byOwner(existing: Existing): ExistingByOwner {
  const places = groupBy(existing.places, (p) => p.associationId);
  const own = groupBy(existing.contacts, (c) => (c.activityId === null ? c.associationId : null));
  const ofActivity = groupBy(existing.contacts, (c) => c.activityId);
  const schedulesBy = groupBy(existing.schedules, (s) => s.activityId);
  const terms = groupBy(existing.terms, (t) => t.activityId);
  const links = groupBy(existing.links, (l) => l.activityId);
  const toPlace = groupBy(existing.links, (l) => l.placeId);
  return {
    placesOf: (id) => places.get(id) ?? [],
    contactsOf: (id) => own.get(id) ?? [],
    contactsOfActivity: (id) => ofActivity.get(id) ?? [],
    schedulesOf: (id) => schedulesBy.get(id) ?? [],
    termsOf: (id) => (terms.get(id) ?? []).map((t) => t.termId),
    placeLinksOf: (id) => (links.get(id) ?? []).map((l) => l.placeId),
    linksToPlace: (id) => (toPlace.get(id) ?? []).map((l) => l.activityId),
  };
}
