/**
 * Planning the parts of a listing (places, contacts, schedules): each part in the file is matched
 * to a stored one by id when the file gives ours, else by what identifies it (a place by name,
 * address and postal code; a contact by name; a schedule by all its fields), so that a file
 * without ids (the CSV, another directory's) still re-imports without changes. Stored parts the
 * file no longer has are deleted; internal contacts are never touched (no file can hold them).
 */
import type { Contact, Place, Schedule } from '../../../db/schema';
import { changes, type IdPool } from './diff';
import type { ImportContact, ImportPlace, ImportSchedule } from './model';
import type { Reference } from './reference';
import type { Summary, Writes } from './writes';

export interface PartContext {
  writes: Writes;
  summary: Summary;
  ids: { place: IdPool; contact: IdPool; schedule: IdPool };
  reference: Reference;
  now: Date;
}

const placeKey = (p: Pick<Place, 'name' | 'address' | 'postalCode'>) => [p.name, p.address, p.postalCode].map((v) => v.trim().toLowerCase()).join('|');

/** Takes the first of `pool` that `test` accepts out of the pool. */
function take<T>(pool: T[], test: (item: T) => boolean): T | undefined {
  const i = pool.findIndex(test);
  return i < 0 ? undefined : pool.splice(i, 1)[0];
}

/**
 * The places of one association in the file (by file key) against its stored places. Returns
 * the id of each file place, and the stored places the file did not name.
 */
export function planPlaces(ctx: PartContext, associationId: string, file: Map<string, ImportPlace>, stored: Place[]) {
  const pool = [...stored];
  const placeIds = new Map<string, string>();
  let changed = false;
  for (const [key, place] of file) {
    const match = take(pool, (p) => p.id === place.sourceId?.toLowerCase()) ?? take(pool, (p) => placeKey(p) === placeKey(place));
    const values = {
      associationId,
      name: place.name,
      address: place.address,
      postalCode: place.postalCode,
      city: place.city,
      latitude: place.latitude,
      longitude: place.longitude,
      wheelchairAccessible: place.wheelchairAccessible,
      accessibilityNote: place.accessibilityNote,
      districtId: place.districtId,
    };
    if (!match) {
      const id = ctx.ids.place.next(place.sourceId);
      ctx.writes.places.insert.push({ ...values, id, districtId: place.districtId ?? ctx.reference.districtOfPostalCode(place.postalCode) });
      ctx.summary.place.created++;
      placeIds.set(key, id);
      changed = true;
      continue;
    }
    placeIds.set(key, match.id);
    const set = changes(match, values);
    if (Object.keys(set).length === 0) ctx.summary.place.unchanged++;
    else {
      ctx.writes.places.update.push({ id: match.id, set: { ...set, updatedAt: ctx.now } });
      ctx.summary.place.updated++;
      changed = true;
    }
  }
  return { placeIds, unnamed: pool, changed };
}

/** The public contacts of an association (activityId null) or of one activity. Returns whether any changed. */
export function planContacts(
  ctx: PartContext,
  owner: { associationId: string; activityId: string | null },
  file: ImportContact[],
  stored: Contact[],
): boolean {
  const pool = [...stored];
  let changed = false;
  for (const contact of file) {
    const match =
      take(pool, (c) => c.id === contact.sourceId?.toLowerCase()) ?? take(pool, (c) => c.name.trim().toLowerCase() === contact.name.toLowerCase());
    const values = { ...owner, name: contact.name, title: contact.title, email: contact.email, phone: contact.phone, visibility: 'public' as const };
    if (!match) {
      ctx.writes.contacts.insert.push({ ...values, id: ctx.ids.contact.next(contact.sourceId) });
      ctx.summary.contact.created++;
      changed = true;
      continue;
    }
    const set = changes(match, values);
    if (Object.keys(set).length === 0) ctx.summary.contact.unchanged++;
    else {
      ctx.writes.contacts.update.push({ id: match.id, set: { ...set, updatedAt: ctx.now } });
      ctx.summary.contact.updated++;
      changed = true;
    }
  }
  for (const gone of pool) ctx.writes.contacts.delete.push(gone.id);
  ctx.summary.contact.deleted += pool.length;
  return changed || pool.length > 0;
}

/** The schedules of one activity; `placeIds` resolves a schedule's place key. Returns whether any changed. */
export function planSchedules(
  ctx: PartContext,
  activityId: string,
  file: ImportSchedule[],
  placeIds: ReadonlyMap<string, string>,
  stored: Schedule[],
): boolean {
  const pool = [...stored];
  let changed = false;
  for (const s of file) {
    const values = {
      activityId,
      placeId: s.placeKey ? (placeIds.get(s.placeKey) ?? null) : null,
      freq: s.freq,
      interval: s.interval,
      byday: s.byday,
      opensAt: s.opensAt,
      closesAt: s.closesAt,
      validFrom: s.validFrom,
      validTo: s.validTo,
      note: s.note,
    };
    const match =
      take(pool, (r) => r.id === s.sourceId?.toLowerCase()) ?? take(pool, (r) => Object.keys(changes(r, values)).length === 0);
    if (!match) {
      ctx.writes.schedules.insert.push({ ...values, id: ctx.ids.schedule.next(s.sourceId) });
      ctx.summary.schedule.created++;
      changed = true;
      continue;
    }
    const set = changes(match, values);
    if (Object.keys(set).length === 0) ctx.summary.schedule.unchanged++;
    else {
      ctx.writes.schedules.update.push({ id: match.id, set: { ...set, updatedAt: ctx.now } });
      ctx.summary.schedule.updated++;
      changed = true;
    }
  }
  for (const gone of pool) ctx.writes.schedules.delete.push(gone.id);
  ctx.summary.schedule.deleted += pool.length;
  return changed || pool.length > 0;
}
