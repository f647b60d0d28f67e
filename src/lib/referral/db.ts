import type { Database } from '../../../db/client';

/** The transaction handle drizzle passes to `db.transaction`. */
export type Tx = Parameters<Parameters<Database['transaction']>[0]>[0];
/** Anything queries can run on: the database, or a transaction inside it. */
export type Runner = Database | Tx;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether a string from a URL or a request can be an id at all: anything else is simply not found. */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/** The PostgreSQL error code (e.g. `23505`, unique violation) and constraint behind a driver or drizzle error. */
export function pgError(error: unknown): { code?: string; constraint?: string } {
  for (let e: unknown = error; e && typeof e === 'object'; e = (e as { cause?: unknown }).cause) {
    const { code, constraint_name: constraint } = e as { code?: unknown; constraint_name?: unknown };
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) {
      return { code, constraint: typeof constraint === 'string' ? constraint : undefined };
    }
  }
  return {};
}
