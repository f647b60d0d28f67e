import { and, eq, inArray, or, type SQL } from 'drizzle-orm';
import type { AnyPgColumn, PgTable } from 'drizzle-orm/pg-core';
import { activities, activityPlaces, activityTerms, associations, contacts, places, schedules } from '../../../db/schema';
import type { Tx } from '../listing/db';
import type { Link, Writes } from './writes';

// PostgreSQL allows 65 535 bind parameters per statement; 200 rows of ~25 columns stays far below.
const BATCH = 200;

async function insertAll<T extends PgTable>(tx: Tx, table: T, rows: T['$inferInsert'][], onRows: (n: number) => void): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH) {
    const part = rows.slice(i, i + BATCH);
    await tx.insert(table).values(part);
    onRows(part.length);
  }
}

async function deleteIds(tx: Tx, table: typeof places | typeof contacts | typeof schedules, ids: string[]): Promise<void> {
  for (let i = 0; i < ids.length; i += 1000) await tx.delete(table).where(inArray(table.id, ids.slice(i, i + 1000)));
}

/** `(activity_id, other) in (...)` for a batch of links. */
function linkWhere(links: Link[], activity: AnyPgColumn, other: AnyPgColumn): SQL {
  return or(...links.map((l) => and(eq(activity, l.activityId), eq(other, l.other))))!;
}

/**
 * Runs the planned writes in the caller's transaction, parents before children and deletes of
 * links before the places they point to. Every statement is skipped when it has nothing to do,
 * so an unchanged file makes no statement at all (and no outbox row). `onRows` reports progress.
 */
export async function applyWrites(tx: Tx, w: Writes, onRows: (n: number) => void = () => {}): Promise<void> {
  await insertAll(tx, associations, w.associations.insert, onRows);
  for (const u of w.associations.update) {
    await tx.update(associations).set(u.set).where(eq(associations.id, u.id));
    onRows(1);
  }
  await insertAll(tx, places, w.places.insert, onRows);
  for (const u of w.places.update) await tx.update(places).set(u.set).where(eq(places.id, u.id));
  await insertAll(tx, activities, w.activities.insert, onRows);
  for (const u of w.activities.update) {
    await tx.update(activities).set(u.set).where(eq(activities.id, u.id));
    onRows(1);
  }
  for (let i = 0; i < w.terms.delete.length; i += BATCH) {
    await tx.delete(activityTerms).where(linkWhere(w.terms.delete.slice(i, i + BATCH), activityTerms.activityId, activityTerms.termId));
  }
  await insertAll(tx, activityTerms, w.terms.insert.map((l) => ({ activityId: l.activityId, termId: l.other })), () => {});
  for (let i = 0; i < w.links.delete.length; i += BATCH) {
    await tx
      .delete(activityPlaces)
      .where(linkWhere(w.links.delete.slice(i, i + BATCH), activityPlaces.activityId, activityPlaces.placeId));
  }
  await insertAll(tx, activityPlaces, w.links.insert.map((l) => ({ activityId: l.activityId, placeId: l.other })), () => {});
  await deleteIds(tx, contacts, w.contacts.delete);
  for (const u of w.contacts.update) await tx.update(contacts).set(u.set).where(eq(contacts.id, u.id));
  await insertAll(tx, contacts, w.contacts.insert, () => {});
  await deleteIds(tx, schedules, w.schedules.delete);
  for (const u of w.schedules.update) await tx.update(schedules).set(u.set).where(eq(schedules.id, u.id));
  await insertAll(tx, schedules, w.schedules.insert, () => {});
  await deleteIds(tx, places, w.places.delete);
}

/** How many rows of associations and activities the writes touch (the progress bar's total). */
export const listingWrites = (w: Writes) =>
  w.associations.insert.length + w.associations.update.length + w.activities.insert.length + w.activities.update.length;
