import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import type postgres from 'postgres';
import { migrationsFolder } from '../../../db/migrate';
import { BackupFileError, type ManifestMigration } from './format';

/** A migration of this code: what drizzle records when it applies it, and its statements. */
export interface CodeMigration extends ManifestMigration {
  statements: string[];
}

/** This code's migrations, oldest first, hashed exactly as drizzle hashes them. */
export function codeMigrations(folder = migrationsFolder): CodeMigration[] {
  const journal = JSON.parse(readFileSync(join(folder, 'meta', '_journal.json'), 'utf8')) as { entries: { tag: string; when: number }[] };
  return readMigrationFiles({ migrationsFolder: folder }).map((m, i) => ({
    tag: journal.entries[i]!.tag,
    hash: m.hash,
    createdAt: m.folderMillis,
    statements: m.sql,
  }));
}

type Sql = postgres.Sql | postgres.TransactionSql;

/** The migrations applied to a database, oldest first; none when it was never migrated. */
export async function appliedMigrations(sql: Sql): Promise<{ hash: string; createdAt: number }[]> {
  const [table] = await sql<{ exists: boolean }[]>`select to_regclass('drizzle.__drizzle_migrations') is not null as exists`;
  if (!table!.exists) return [];
  const rows = await sql<{ hash: string; created_at: string }[]>`select hash, created_at from drizzle.__drizzle_migrations order by id`;
  return rows.map((r) => ({ hash: r.hash, createdAt: Number(r.created_at) }));
}

/** Names each applied migration after this code's migration with the same time, when there is one. */
export function withTags(applied: { hash: string; createdAt: number }[], code: readonly ManifestMigration[]): ManifestMigration[] {
  return applied.map((m) => ({ ...m, tag: code.find((c) => c.createdAt === m.createdAt)?.tag ?? '?' }));
}

const same = (a: { hash: string; createdAt: number }, b: { hash: string; createdAt: number }) => a.hash === b.hash && a.createdAt === b.createdAt;

/**
 * Which of this code's migrations to apply before the backup's rows are loaded (those the source
 * had) and after (those it did not have yet). The backup's migrations must be the first ones of
 * this code, and the target's the first ones of the backup's: rows are only ever loaded into the
 * schema they were dumped from, and the newer migrations then move them on as at any upgrade.
 */
export function planMigrations(
  backup: readonly ManifestMigration[],
  target: readonly { hash: string; createdAt: number }[],
  code: readonly CodeMigration[],
): { before: CodeMigration[]; after: CodeMigration[] } {
  const unknown = backup.findIndex((m, i) => !code[i] || !same(m, code[i]!));
  if (unknown >= 0) {
    throw new BackupFileError(
      `Sikkerhedskopien er lavet af en anden version af Indgang (migreringen ${backup[unknown]!.tag} findes ikke i denne version). Gendan den med den version, der lavede den, eller en nyere.`,
    );
  }
  if (target.length > backup.length || target.some((m, i) => !same(m, backup[i]!))) {
    throw new BackupFileError(
      'Måldatabasen er migreret videre end sikkerhedskopien. Gendan i en ny, tom database, som Indgang ikke har startet på endnu.',
    );
  }
  return { before: code.slice(target.length, backup.length), after: code.slice(backup.length) };
}

/**
 * Applies migrations inside the caller's transaction, recording them as drizzle's migrator does
 * (same table, hash and time), so that the restore is one transaction from empty to loaded and a
 * later `npm start` sees them as applied.
 */
export async function applyMigrations(tx: Sql, migrations: readonly CodeMigration[]): Promise<void> {
  if (migrations.length === 0) return;
  await tx`create schema if not exists drizzle`;
  await tx`create table if not exists drizzle.__drizzle_migrations (id serial primary key, hash text not null, created_at bigint)`;
  for (const m of migrations) {
    for (const statement of m.statements) if (statement.trim()) await tx.unsafe(statement);
    await tx`insert into drizzle.__drizzle_migrations (hash, created_at) values (${m.hash}, ${m.createdAt})`;
  }
}
