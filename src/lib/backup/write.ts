import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { readFile, rename, rm } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import type postgres from 'postgres';
import { copyLine, FIRST_LINE, LAST_LINE, type Manifest, manifestLine, quoteIdent, SECTION_END } from './format';
import { appliedMigrations, codeMigrations, withTags } from './migrations';
import { loadOrder, readCatalog, readSerialColumns, ROW_FILTERS, TRANSIENT_TABLES } from './tables';

/** How far a backup has come: rows written of all rows, and the table being written. */
export interface BackupProgress {
  table: string;
  written: number;
  total: number;
}

/**
 * Writes a backup of the database to `file` (format in ./format.ts). Everything is read in one
 * read-only REPEATABLE READ transaction, so the file is one consistent moment even while the
 * portal keeps writing; rows stream from COPY through gzip to disk, never all in memory. The file
 * appears under its name only when complete (written beside it, then renamed), readable only by
 * its owner: it holds encrypted personal data and password hashes.
 */
export async function writeBackup(sql: postgres.Sql, file: string, onProgress?: (p: BackupProgress) => void): Promise<Manifest> {
  const temporary = `${file}.${process.pid}.tmp`;
  const out = createWriteStream(temporary, { mode: 0o600 });
  const gzip = createGzip();
  // Rejects when the disk fails (full, gone); every wait below also ends on that.
  const flushed = pipeline(gzip, out);
  flushed.catch(() => {});
  const write = async (text: string | Buffer) => {
    if (!gzip.write(text)) await Promise.race([once(gzip, 'drain'), flushed]);
  };
  try {
    const manifest = await sql.begin('isolation level repeatable read read only', async (tx) => {
      const manifest = await readManifest(tx);
      await write(`${FIRST_LINE}\n${manifestLine(manifest)}\n`);
      const total = manifest.tables.reduce((sum, t) => sum + t.rows, 0);
      let written = 0;
      for (const table of manifest.tables) {
        onProgress?.({ table: table.name, written, total });
        await write(`${copyLine(table)}\n`);
        const filter = ROW_FILTERS[table.name];
        const source = `select ${table.columns.map(quoteIdent).join(', ')} from "public".${quoteIdent(table.name)}${filter ? ` where ${filter}` : ''}`;
        const rows = await tx.unsafe(`copy (${source}) to stdout`).readable();
        try {
          for await (const chunk of rows as AsyncIterable<Buffer>) {
            await write(chunk);
            written += countLines(chunk);
            onProgress?.({ table: table.name, written, total });
          }
        } finally {
          // postgres.js pauses the socket when the stream's buffer is full; if the end of the COPY
          // arrives in the same packet, nothing resumes it and the next query hangs for ever
          // (porsager/postgres#499, fix proposed in #1016). Reading once more resumes the socket.
          rows._read(0);
        }
        await write(`${SECTION_END}\n`);
      }
      await write(`${LAST_LINE}\n`);
      return manifest;
    });
    gzip.end();
    await flushed;
    await rename(temporary, file);
    return manifest;
  } catch (error) {
    gzip.destroy();
    out.destroy();
    await rm(temporary, { force: true });
    throw error;
  }
}

/** The manifest of the database as this transaction sees it; row counts from the same snapshot. */
async function readManifest(tx: postgres.TransactionSql): Promise<Manifest> {
  const catalog = await readCatalog(tx);
  const kept = loadOrder(catalog.filter((t) => !(t.name in TRANSIENT_TABLES)));
  const tables = [];
  for (const t of kept) {
    const filter = ROW_FILTERS[t.name];
    const [row] = await tx.unsafe<{ n: string }[]>(`select count(*) as n from "public".${quoteIdent(t.name)}${filter ? ` where ${filter}` : ''}`);
    tables.push({ name: t.name, columns: t.columns, rows: Number(row!.n) });
  }
  const sequences = [];
  for (const s of await readSerialColumns(tx)) {
    if (s.table in TRANSIENT_TABLES) continue;
    const [row] = await tx.unsafe<{ last: string; called: boolean }[]>(`select last_value as last, is_called as called from ${s.sequence}`);
    sequences.push({ table: s.table, column: s.column, lastValue: row!.called ? Number(row!.last) : Number(row!.last) - 1 });
  }
  const [server] = await tx<{ version: string }[]>`select current_setting('server_version') as version`;
  return {
    format: 1,
    appVersion: await appVersion(),
    createdAt: new Date().toISOString(),
    server: `PostgreSQL ${server!.version}`,
    migrations: withTags(await appliedMigrations(tx), codeMigrations()),
    tables,
    excluded: catalog.filter((t) => t.name in TRANSIENT_TABLES).map((t) => ({ name: t.name, reason: TRANSIENT_TABLES[t.name]! })),
    sequences,
  };
}

function countLines(chunk: Buffer): number {
  let n = 0;
  for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) n++;
  return n;
}

async function appVersion(): Promise<string> {
  const pkg = JSON.parse(await readFile(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}
