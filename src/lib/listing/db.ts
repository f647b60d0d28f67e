import type { Database } from '../../../db/client';

/** The transaction handle drizzle passes to `db.transaction`. */
export type Tx = Parameters<Parameters<Database['transaction']>[0]>[0];
/** Anything queries can run on: the database, or a transaction inside it. */
export type Runner = Database | Tx;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether a string from a URL can be an id at all: anything else is simply not found (not a database error). */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}
