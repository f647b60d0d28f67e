import { drizzle, type PostgresJsDatabase } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import * as schema from './schema';

export type Database = PostgresJsDatabase<typeof schema> & { $client: postgres.Sql };

const withoutNul = (x: unknown) => String(x).replaceAll('\0', '\uFFFD');

/** Creates a Drizzle database over a postgres.js pool. Call `db.$client.end()` to close it. */
export function createDatabase(url: string, options: { max?: number } = {}): Database {
  const client = postgres(url, {
    max: options.max ?? 10,
    // A pool that waits forever for a dead server hangs requests; fail fast instead.
    connect_timeout: 5,
    idle_timeout: 30,
    onnotice: () => {},
  });
  // PostgreSQL text cannot hold the NUL character: a query with one fails ("invalid byte sequence"),
  // so a `%00` in a URL or form field would answer 500. Text parameters get U+FFFD in its place:
  // a look-up then finds nothing (no stored text has one) and stored text shows where it was.
  // 25 is `text` and 1043 `varchar`; text arrays use these serializers for their items.
  for (const oid of [25, 1043]) client.options.serializers[oid] = withoutNul;
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
