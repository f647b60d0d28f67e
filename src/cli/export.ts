import { rename, writeFile } from 'node:fs/promises';
import { createDatabase } from '../../db/client';
import type { Config } from '../lib/config/config';
import { exportCsv, exportDataset } from '../lib/hsds';
import { connect } from './connect';

export type ExportFormat = 'hsds' | 'csv';

/** What `export` was asked to do. */
export interface ExportOptions {
  format: ExportFormat;
  /** File to write; undefined = standard output. */
  out?: string;
}

/** The usage line of `export`, in the same words as the CLI's own. */
export const EXPORT_USAGE = 'Brug: npm run cli -- export --format hsds|csv [--out <fil>]';

/**
 * Parses `--format hsds|csv` (required) and `--out <file>` (optional), also written `--format=csv`.
 * Anything else is bad use: null, and the caller prints the usage line and exits 2.
 */
export function parseExportArgs(args: readonly string[]): ExportOptions | null {
  const values: Record<string, string> = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const [name, inline] = arg.split(/=(.*)/s, 2) as [string, string | undefined];
    if (name !== '--format' && name !== '--out') return null;
    if (name in values) return null;
    const value = inline ?? args[++i];
    if (value === undefined || value === '' || (inline === undefined && value.startsWith('--'))) return null;
    values[name] = value;
  }
  const format = values['--format'];
  if (format !== 'hsds' && format !== 'csv') return null;
  return { format, out: values['--out'] };
}

/** Writes a whole file at once: a reader never sees half an export, and a failed run leaves no stub. */
async function writeWhole(path: string, text: string): Promise<void> {
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, text, 'utf8');
  await rename(temporary, path);
}

/**
 * `npm run cli -- export --format hsds|csv [--out <file>]`: the public directory in Open Referral
 * HSDS 3.0 JSON (`{ organizations, services }`) or as the documented CSV, to the file or to
 * standard output. What it did goes to standard error, so that standard output is only the data.
 */
export async function runExportCommand(config: Config, args: string[]): Promise<number> {
  const options = parseExportArgs(args);
  if (!options) {
    console.error(EXPORT_USAGE);
    return 2;
  }
  const connection = await connect(config);
  const db = createDatabase(connection.databaseUrl, { max: 4 });
  try {
    let text: string;
    let summary: string;
    if (options.format === 'hsds') {
      const dataset = await exportDataset(db);
      text = `${JSON.stringify(dataset, null, 2)}\n`;
      summary = `${dataset.organizations.length} foreninger og ${dataset.services.length} aktiviteter i HSDS 3.0`;
    } else {
      text = await exportCsv(db);
      // Rows end with CRLF; a line break inside a quoted cell is a lone LF, so this counts rows.
      summary = `${text.split('\r\n').length - 2} rækker CSV`;
    }
    if (options.out) {
      await writeWhole(options.out, text);
      console.error(`Eksporterede ${summary} til ${options.out}.`);
    } else {
      await new Promise<void>((resolve, reject) => process.stdout.write(text, (error) => (error ? reject(error) : resolve())));
      console.error(`Eksporterede ${summary}.`);
    }
    return 0;
  } finally {
    await db.$client.end({ timeout: 2 });
    await connection.close();
  }
}
