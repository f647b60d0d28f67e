import { z } from 'zod';

/**
 * The backup file (docs/decisions/019-backup-and-restore.md): gzip-compressed UTF-8 text in the
 * layout of the data part of pg_dump's plain format, so that `gunzip -c` shows it and every table's
 * rows are PostgreSQL's own COPY text format:
 *
 *   -- Indgang-sikkerhedskopi, format 1. Gendan med: npm run cli -- restore <fil>
 *   -- manifest {"format":1,...}
 *   COPY "public"."activities" ("id", "name", ...) FROM stdin;
 *   <one line per row, tab-separated; \N is NULL; tabs, newlines and backslashes escaped>
 *   \.
 *   ... one such section per table, in the manifest's order ...
 *   -- slut på sikkerhedskopien
 *
 * COPY's text format escapes every newline inside a value, so a line is a row and a lone `\.`
 * can only be the end of a section. The last line proves that the file was written to the end.
 */
export const FORMAT_VERSION = 1;
export const FIRST_LINE = `-- Indgang-sikkerhedskopi, format ${FORMAT_VERSION}. Gendan med: npm run cli -- restore <fil>`;
export const MANIFEST_PREFIX = '-- manifest ';
export const SECTION_END = '\\.';
export const LAST_LINE = '-- slut på sikkerhedskopien';

const migration = z.object({ tag: z.string(), hash: z.string(), createdAt: z.number().int() });

const table = z.object({
  name: z.string().min(1),
  /** The columns written, in order (generated columns are left out: the database computes them). */
  columns: z.array(z.string().min(1)).min(1),
  rows: z.number().int().min(0),
});

const sequence = z.object({ table: z.string(), column: z.string(), lastValue: z.number().int() });

/** What the first lines of a backup say about the rest; checked before anything is restored. */
export const manifestSchema = z.object({
  format: z.literal(FORMAT_VERSION),
  appVersion: z.string(),
  createdAt: z.iso.datetime({ offset: true }),
  server: z.string(),
  /** The applied migrations of the source database, oldest first (drizzle's own table). */
  migrations: z.array(migration),
  /** In load order: a table comes after every table it refers to. */
  tables: z.array(table),
  /** Tables deliberately not in the backup, with the reason (see TRANSIENT_TABLES). */
  excluded: z.array(z.object({ name: z.string(), reason: z.string() })),
  /** Counters of serial columns, so restored rows never get an id that was used before. */
  sequences: z.array(sequence),
});

export type Manifest = z.infer<typeof manifestSchema>;
export type ManifestTable = Manifest['tables'][number];
export type ManifestMigration = Manifest['migrations'][number];

/** A backup file that cannot be restored; the message is for the operator, in Danish. */
export class BackupFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackupFileError';
  }
}

/** A PostgreSQL identifier in double quotes. */
export const quoteIdent = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** The line that opens a table's section; restore compares it with the manifest, word for word. */
export function copyLine(t: Pick<ManifestTable, 'name' | 'columns'>): string {
  return `COPY "public".${quoteIdent(t.name)} (${t.columns.map(quoteIdent).join(', ')}) FROM stdin;`;
}

/** The manifest line. */
export function manifestLine(manifest: Manifest): string {
  return MANIFEST_PREFIX + JSON.stringify(manifest);
}

/** Reads the manifest line, or says in Danish why this is not an Indgang backup it can read. */
export function parseManifestLines(first: string | null, second: string | null): Manifest {
  if (first === null || !first.startsWith('-- Indgang-sikkerhedskopi')) {
    throw new BackupFileError('Filen er ikke en sikkerhedskopi fra Indgang (den første linje mangler).');
  }
  if (first !== FIRST_LINE) {
    throw new BackupFileError(`Sikkerhedskopien har et format, denne version af Indgang ikke kender (${first.slice(3)}).`);
  }
  if (second === null || !second.startsWith(MANIFEST_PREFIX)) {
    throw new BackupFileError('Sikkerhedskopien er ufuldstændig: indholdsfortegnelsen (manifest) mangler.');
  }
  let json: unknown;
  try {
    json = JSON.parse(second.slice(MANIFEST_PREFIX.length));
  } catch {
    throw new BackupFileError('Sikkerhedskopiens indholdsfortegnelse (manifest) er beskadiget.');
  }
  const parsed = manifestSchema.safeParse(json);
  if (!parsed.success) throw new BackupFileError('Sikkerhedskopiens indholdsfortegnelse (manifest) er beskadiget.');
  return parsed.data;
}
