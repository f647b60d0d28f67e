import postgres from 'postgres';
import { TRANSIENT_TABLES } from '../../src/lib/backup/tables';
import { createTestDatabase, type TestDatabase } from '../support/database';

/** A database that exists and holds nothing at all: no tables, never migrated (a new server's). */
export function createEmptyDatabase(): Promise<TestDatabase> {
  return createTestDatabase({ migrated: false });
}

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
