import { and, eq, inArray, isNull, notInArray } from 'drizzle-orm';
import { activities, activityPlaces, activityTerms, associations, contacts, places, schedules } from '../../../db/schema';
import type { Tx } from './db';
import { InvalidValues } from './errors';
import type { ListingField } from './fields';
import { type ActivityValues, type AssociationValues, type ContactValue, FIELDS, type ListingKind, type PlaceValue, type ScheduleValue } from './values';

/** The listing values are applied to: its id and the association that owns its places and contacts. */
export interface ListingRef {
  kind: ListingKind;
  id: string;
  associationId: string;
}

/** The column values of the scalar properties among the fields being applied. */
function scalarPatch(kind: ListingKind, values: Record<string, unknown>, fields: ListingField[]): Record<string, unknown> {
  const lists = new Set(['contacts', 'places', 'schedules', 'termIds']);
  const patch: Record<string, unknown> = {};
  for (const field of fields) {
    for (const prop of (FIELDS[kind] as Record<string, readonly string[]>)[field] ?? []) {
      if (!lists.has(prop)) patch[prop] = values[prop];
    }
  }
  return patch;
}

/**
 * Contacts: rows with an id are updated, new ones inserted, missing ones deleted. An id must be
 * a contact of this association and of this activity (or of the association itself).
 */
async function applyContacts(tx: Tx, ref: ListingRef, list: ContactValue[]): Promise<void> {
  const activityId = ref.kind === 'activity' ? ref.id : null;
  const scope = and(
    eq(contacts.associationId, ref.associationId),
    activityId === null ? isNull(contacts.activityId) : eq(contacts.activityId, activityId),
  );
  const existing = new Set((await tx.select({ id: contacts.id }).from(contacts).where(scope)).map((r) => r.id));
  const kept = list.flatMap((c) => (c.id ? [c.id] : []));
  const foreign = kept.find((id) => !existing.has(id));
  if (foreign) throw new InvalidValues(`contact ${foreign} is not a contact of ${ref.kind} ${ref.id}`);
  await tx.delete(contacts).where(kept.length > 0 ? and(scope, notInArray(contacts.id, kept)) : scope);
  for (const { id, ...fields } of list) {
    if (id) await tx.update(contacts).set({ ...fields, updatedAt: new Date() }).where(and(scope, eq(contacts.id, id)));
    else await tx.insert(contacts).values({ ...fields, associationId: ref.associationId, activityId });
  }
}

/**
 * Places belong to the association and may be shared by several activities: an existing place is
 * updated where it is (checked to be the association's), a new one created, and the activity is
 * then linked to exactly the places given. Returns the ids in the order given.
 */
async function applyPlaces(tx: Tx, ref: ListingRef, list: PlaceValue[]): Promise<string[]> {
  const given = list.flatMap((p) => (p.id ? [p.id] : []));
  if (given.length > 0) {
    const own = await tx
      .select({ id: places.id })
      .from(places)
      .where(and(eq(places.associationId, ref.associationId), inArray(places.id, given)));
    const ownIds = new Set(own.map((r) => r.id));
    const foreign = given.find((id) => !ownIds.has(id));
    if (foreign) throw new InvalidValues(`place ${foreign} is not a place of association ${ref.associationId}`);
  }
  const ids: string[] = [];
  for (const { id, ...fields } of list) {
    if (id) {
      await tx.update(places).set({ ...fields, updatedAt: new Date() }).where(eq(places.id, id));
      ids.push(id);
    } else {
      const [row] = await tx.insert(places).values({ ...fields, associationId: ref.associationId }).returning({ id: places.id });
      ids.push(row!.id);
    }
  }
  await tx.delete(activityPlaces).where(eq(activityPlaces.activityId, ref.id));
  const unique = [...new Set(ids)];
  if (unique.length > 0) await tx.insert(activityPlaces).values(unique.map((placeId) => ({ activityId: ref.id, placeId })));
  return unique;
}

/**
 * Schedules are replaced as a whole. Creation times a millisecond apart keep the order given,
 * which is the order pages read them in. With one place, the rules are held there.
 */
async function applySchedules(tx: Tx, activityId: string, list: ScheduleValue[]): Promise<void> {
  await tx.delete(schedules).where(eq(schedules.activityId, activityId));
  if (list.length === 0) return;
  const linked = await tx.select({ placeId: activityPlaces.placeId }).from(activityPlaces).where(eq(activityPlaces.activityId, activityId));
  const placeId = linked.length === 1 ? linked[0]!.placeId : null;
  const base = Date.now();
  await tx.insert(schedules).values(
    list.map((s, i) => ({ ...s, activityId, placeId, createdAt: new Date(base + i), updatedAt: new Date(base + i) })),
  );
}

async function applyTerms(tx: Tx, activityId: string, termIds: string[]): Promise<void> {
  await tx.delete(activityTerms).where(eq(activityTerms.activityId, activityId));
  const unique = [...new Set(termIds)];
  if (unique.length > 0) await tx.insert(activityTerms).values(unique.map((termId) => ({ activityId, termId })));
}

/**
 * Writes the given fields of `values` to the live tables; other fields are not touched. Call it
 * inside the transaction of the change (with its history), so that nothing is half applied.
 */
export async function applyValues(
  tx: Tx,
  ref: ListingRef,
  values: AssociationValues | ActivityValues,
  fields: ListingField[],
): Promise<void> {
  if (fields.length === 0) return;
  const record = values as unknown as Record<string, unknown>;
  const patch = scalarPatch(ref.kind, record, fields);
  const touched = { ...patch, updatedAt: new Date() };
  if (ref.kind === 'association') {
    await tx.update(associations).set(touched).where(eq(associations.id, ref.id));
    if (fields.includes('contacts')) await applyContacts(tx, ref, (values as AssociationValues).contacts);
    return;
  }
  const activity = values as ActivityValues;
  await tx.update(activities).set(touched).where(eq(activities.id, ref.id));
  if (fields.includes('terms')) await applyTerms(tx, ref.id, activity.termIds);
  if (fields.includes('places')) await applyPlaces(tx, ref, activity.places);
  if (fields.includes('schedules')) await applySchedules(tx, ref.id, activity.schedules);
  if (fields.includes('contacts')) await applyContacts(tx, ref, activity.contacts);
}
