import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type postgres from 'postgres';
import { BackupFileError, copyLine, LAST_LINE, type Manifest, type ManifestTable, SECTION_END } from './format';
import { applyMigrations, appliedMigrations, codeMigrations, planMigrations } from './migrations';
import { BackupReader } from './read';
import { fixSequences, requireEmptyTarget, requireTablesOf, verifyCounts } from './target';

/** How far a restore has come: rows loaded of all rows, and the table being loaded. */
export interface RestoreProgress {
  table: string;
  loaded: number;
  total: number;
}

/** The lock `runMigrations` takes, so a portal starting meanwhile waits instead of migrating beside us. */
const MIGRATION_LOCK = 7201;

/** Rows sent to COPY per write: few round trips without holding much in memory. */
const BATCH_BYTES = 256 * 1024;

/**
 * Restores a backup into an empty database, in one transaction: migrate to the backup's schema,
 * load every table in foreign-key order with COPY, check each table's row count, move the serial
 * counters on, apply this code's newer migrations, commit. Anything wrong (a damaged or cut-off
 * file, a non-empty target, another version's schema) rolls all of it back: the target is left
 * exactly as it was. The restored rows pass through the search outbox triggers like any write.
 */
export async function restoreBackup(sql: postgres.Sql, file: string, onProgress?: (p: RestoreProgress) => void): Promise<Manifest> {
  const reader = new BackupReader(file);
  try {
    const manifest = await reader.manifest();
    const code = codeMigrations();
    const total = manifest.tables.reduce((sum, t) => sum + t.rows, 0);
    await sql.begin(async (tx) => {
      await tx`select pg_advisory_xact_lock(${MIGRATION_LOCK})`;
      const plan = planMigrations(manifest.migrations, await appliedMigrations(tx), code);
      await requireEmptyTarget(tx);
      await applyMigrations(tx, plan.before);
      await requireTablesOf(tx, manifest);
      let loaded = 0;
      for (const table of manifest.tables) {
        onProgress?.({ table: table.name, loaded, total });
        loaded += await loadTable(tx, reader, table, (n) => onProgress?.({ table: table.name, loaded: loaded + n, total }));
      }
      if ((await reader.next()) !== LAST_LINE) throw notWhole(reader);
      // Reading on to the end makes gzip check its checksum over the whole file before we commit.
      if ((await reader.next()) !== null) throw new BackupFileError(`Sikkerhedskopien har uventet indhold efter slutlinjen (linje ${reader.line}).`);
      await verifyCounts(tx, manifest);
      await fixSequences(tx, manifest);
      await applyMigrations(tx, plan.after);
    });
    return manifest;
  } finally {
    await reader.close();
  }
}

/** Streams one table's section into COPY; returns its row count after checking it against the manifest. */
async function loadTable(tx: postgres.TransactionSql, reader: BackupReader, table: ManifestTable, onRows: (n: number) => void): Promise<number> {
  const header = copyLine(table);
  if ((await reader.next()) !== header) throw notWhole(reader, table.name);
  let rows = 0;
  let sawEnd = false;
  async function* batches(): AsyncGenerator<Buffer> {
    let parts: Buffer[] = [];
    let size = 0;
    for (;;) {
      const line = await reader.nextBytes();
      if (line === null) break;
      if (line.length === 2 && line.toString() === SECTION_END) {
        sawEnd = true;
        break;
      }
      parts.push(line, NEWLINE);
      size += line.length + 1;
      rows++;
      if (size >= BATCH_BYTES) {
        yield Buffer.concat(parts);
        onRows(rows);
        parts = [];
        size = 0;
      }
    }
    if (parts.length > 0) yield Buffer.concat(parts);
  }
  const copy = await tx.unsafe(header.slice(0, -1)).writable();
  await pipeline(Readable.from(batches()), copy);
  if (!sawEnd) throw notWhole(reader, table.name);
  if (rows !== table.rows) throw new BackupFileError(`Tabellen ${table.name} har ${rows} rækker i sikkerhedskopien, men indholdsfortegnelsen siger ${table.rows}.`);
  onRows(rows);
  return rows;
}

const NEWLINE = Buffer.from('\n');

function notWhole(reader: BackupReader, table?: string): BackupFileError {
  return new BackupFileError(
    `Sikkerhedskopien er ikke hel eller er ændret: ${table ? `afsnittet for tabellen ${table}` : 'slutlinjen'} mangler eller er forkert (linje ${reader.line}).`,
  );
}
