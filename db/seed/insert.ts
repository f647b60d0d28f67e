import type { PgTable } from 'drizzle-orm/pg-core';
import type { Database } from '../client';
import {
  activities,
  activityPlaces,
  activityTerms,
  administrations,
  associationMemberships,
  associations,
  contacts,
  districts,
  places,
  schedules,
  taxonomyTerms,
  users,
} from '../schema';
import type { DemoData } from './rows';

/** The transaction handle drizzle passes to `db.transaction`. */
export type Transaction = Parameters<Parameters<Database['transaction']>[0]>[0];

// PostgreSQL allows 65,535 bind parameters per statement; 200 rows of ~25 columns stays far below.
const BATCH_ROWS = 200;

async function insertAll<T extends PgTable>(tx: Transaction, table: T, rows: T['$inferInsert'][]): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH_ROWS) {
    await tx.insert(table).values(rows.slice(i, i + BATCH_ROWS));
  }
}

/** Inserts the demo rows with multi-row inserts, parents before children. */
export async function insertDemoData(tx: Transaction, data: DemoData): Promise<void> {
  await insertAll(tx, administrations, data.administrations);
  await insertAll(tx, districts, data.districts);
  await insertAll(tx, taxonomyTerms, data.taxonomyTerms);
  await insertAll(tx, associations, data.associations);
  await insertAll(tx, places, data.places);
  await insertAll(tx, activities, data.activities);
  await insertAll(tx, activityTerms, data.activityTerms);
  await insertAll(tx, activityPlaces, data.activityPlaces);
  await insertAll(tx, contacts, data.contacts);
  await insertAll(tx, schedules, data.schedules);
  await insertAll(tx, users, data.users);
  await insertAll(tx, associationMemberships, data.associationMemberships);
}
