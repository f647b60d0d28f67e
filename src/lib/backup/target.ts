import type postgres from 'postgres';
import { BackupFileError, type Manifest, quoteIdent } from './format';
import { readCatalog, readSerialColumns, TRANSIENT_TABLES } from './tables';

/** The target database already holds data: a restore never mixes two installations. */
export class TargetNotEmpty extends Error {
  constructor(readonly tables: string[]) {
    super(
      `Måldatabasen er ikke tom (${tables.slice(0, 5).join(', ')}${tables.length > 5 ? ' m.fl.' : ''} har rækker), så intet er gendannet. ` +
        'Gendan i en ny, tom database: stop portalen og peg DATABASE_URL (eller DATA_DIR) på en ny database.',
    );
    this.name = 'TargetNotEmpty';
  }
}

/**
 * Refuses a target that holds any row outside the transient tables (the migrations themselves
 * insert none, so a freshly migrated database passes). Rows in the transient tables (a portal
 * that started on the empty database may have queued something) are removed.
 */
export async function requireEmptyTarget(tx: postgres.TransactionSql): Promise<void> {
  const catalog = await readCatalog(tx);
  const filled: string[] = [];
  for (const t of catalog) {
    if (t.name in TRANSIENT_TABLES) continue;
    const [row] = await tx.unsafe<{ any: boolean }[]>(`select exists (select 1 from "public".${quoteIdent(t.name)}) as any`);
    if (row!.any) filled.push(t.name);
  }
  if (filled.length > 0) throw new TargetNotEmpty(filled);
  const transient = catalog.filter((t) => t.name in TRANSIENT_TABLES).map((t) => `"public".${quoteIdent(t.name)}`);
  if (transient.length > 0) await tx.unsafe(`truncate ${transient.join(', ')}`);
}

/** Checks that every table and column of the backup exists in the (migrated) target before loading. */
export async function requireTablesOf(tx: postgres.TransactionSql, manifest: Manifest): Promise<void> {
  const catalog = new Map((await readCatalog(tx)).map((t) => [t.name, new Set(t.columns)]));
  for (const table of manifest.tables) {
    const columns = catalog.get(table.name);
    const missing = columns ? table.columns.filter((c) => !columns.has(c)) : [];
    if (!columns || missing.length > 0) {
      throw new BackupFileError(
        `Sikkerhedskopien passer ikke til databasens skema (${columns ? `kolonnen ${table.name}.${missing[0]}` : `tabellen ${table.name}`} findes ikke).`,
      );
    }
  }
}

/** Checks that every table holds the number of rows the manifest promises. */
export async function verifyCounts(tx: postgres.TransactionSql, manifest: Manifest): Promise<void> {
  for (const table of manifest.tables) {
    const [row] = await tx.unsafe<{ n: string }[]>(`select count(*) as n from "public".${quoteIdent(table.name)}`);
    if (Number(row!.n) !== table.rows) {
      throw new BackupFileError(`Tabellen ${table.name} fik ${row!.n} rækker, men sikkerhedskopien lover ${table.rows}.`);
    }
  }
}

/**
 * Moves every serial column's counter past both the restored rows and the source's own counter,
 * so that the next new row never reuses an id (a bigserial starts at 1 in the fresh database).
 */
export async function fixSequences(tx: postgres.TransactionSql, manifest: Manifest): Promise<void> {
  for (const s of await readSerialColumns(tx)) {
    if (s.table in TRANSIENT_TABLES) continue;
    const recorded = manifest.sequences.find((m) => m.table === s.table && m.column === s.column)?.lastValue ?? 0;
    await tx.unsafe(
      `select setval('${s.sequence.replaceAll("'", "''")}', greatest(coalesce(max(${quoteIdent(s.column)}), 0), $1::bigint, 1), greatest(coalesce(max(${quoteIdent(s.column)}), 0), $1::bigint) > 0) from "public".${quoteIdent(s.table)}`,
      [recorded],
    );
  }
}
