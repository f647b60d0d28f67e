import { drizzle, type PostgresJsDatabase } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import * as schema from './schema';

export type Database = PostgresJsDatabase<typeof schema> & { $client: postgres.Sql };

/** Creates a Drizzle database over a postgres.js pool. Call `db.$client.end()` to close it. */
export function createDatabase(url: string, options: { max?: number } = {}): Database {
  const client = postgres(url, {
    max: options.max ?? 10,
    // A pool that waits forever for a dead server hangs requests; fail fast instead.
    connect_timeout: 5,
    idle_timeout: 30,
    onnotice: () => {},
  });
  return drizzle(client, { schema });
}

let shared: Database | undefined;

/**
 * The one database of this process, created at first use from the given URL (the app passes
 * DATABASE_URL from its configuration).
 */
export function sharedDatabase(url: string): Database {
  shared ??= createDatabase(url);
  return shared;
}

export { schema };
