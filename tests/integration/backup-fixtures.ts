import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { inject } from 'vitest';
import { createDatabase, type Database } from '../../db/client';
import { TRANSIENT_TABLES } from '../../src/lib/backup/tables';
import { withDatabase } from '../../src/runtime/services';

/** A database that exists and holds nothing at all: no tables, never migrated (a new server's). */
export async function createEmptyDatabase(): Promise<{ url: string; db: Database; drop(): Promise<void> }> {
  const serverUrl = inject('postgresUrl');
  const name = `empty_${randomBytes(6).toString('hex')}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  await admin.end();
  const url = withDatabase(serverUrl, name);
  const db = createDatabase(url, { max: 2 });
  return {
    url,
    db,
    drop: async () => {
      await db.$client.end();
      const dropper = postgres(serverUrl, { max: 1, onnotice: () => {} });
      await dropper.unsafe(`drop database if exists ${name} with (force)`);
      await dropper.end();
    },
  };
}

/** Every row of every kept table, as PostgreSQL writes the row as text, sorted: two equal snapshots hold the same data. */
export async function snapshot(sql: postgres.Sql): Promise<Record<string, string[]>> {
  const tables = await sql<{ name: string }[]>`select tablename as name from pg_tables where schemaname = 'public' order by 1`;
  const result: Record<string, string[]> = {};
  for (const { name } of tables) {
    if (name in TRANSIENT_TABLES) continue;
    const rows = await sql.unsafe<{ row: string }[]>(`select t::text as row from "public"."${name}" t`);
    result[name] = rows.map((r) => r.row).sort();
  }
  return result;
}

/** How many tables the public schema has (0: nothing was restored, not even the schema). */
export async function publicTableCount(sql: postgres.Sql): Promise<number> {
  const [row] = await sql<{ n: number }[]>`select count(*)::int as n from pg_tables where schemaname in ('public', 'drizzle')`;
  return row!.n;
}
