import { readFile } from 'node:fs/promises';
import cliProgress from 'cli-progress';
import { createDatabase } from '../../db/client';
import { type Locale, t } from '../i18n';
import type { Config } from '../lib/config/config';
import { type ImportProgress, issueLine, KINDS, runImport, type Summary } from '../lib/import';
import { connect } from './connect';

/** What `import` was asked to do. */
export interface ImportArgs {
  file: string;
  dryRun: boolean;
  administration: string | null;
  locale: Locale;
}

/** The usage line of `import`, in the same words as the CLI's own. */
export const IMPORT_USAGE = 'Brug: npm run cli -- import <fil.json|fil.csv> [--dry-run] [--administration <forvaltning>] [--lang da|en]';

/**
 * Parses `<file>` (exactly one), `--dry-run`, `--administration <slug>` and `--lang da|en` (also
 * written `--name=value`). Anything else is bad use: null, and the caller prints the usage line.
 */
export function parseImportArgs(args: readonly string[]): ImportArgs | null {
  const files: string[] = [];
  const options: Record<string, string> = {};
  let dryRun = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (!arg.startsWith('--')) {
      files.push(arg);
      continue;
    }
    const [name, inline] = arg.split(/=(.*)/s, 2) as [string, string | undefined];
    if (name === '--dry-run' && inline === undefined && !dryRun) {
      dryRun = true;
      continue;
    }
    if ((name !== '--administration' && name !== '--lang') || name in options) return null;
    const value = inline ?? args[++i];
    if (value === undefined || value === '' || (inline === undefined && value.startsWith('--'))) return null;
    options[name] = value;
  }
  const lang = options['--lang'] ?? 'da';
  if (files.length !== 1 || (lang !== 'da' && lang !== 'en')) return null;
  return { file: files[0]!, dryRun, administration: options['--administration'] ?? null, locale: lang };
}

/** The summary as one line per kind. */
export function summaryLines(locale: Locale, summary: Summary): string[] {
  return KINDS.map((kind) => t(locale, 'import.summary.line', { kind: t(locale, `import.summary.kind.${kind}`), ...summary[kind] }));
}

/**
 * `npm run cli -- import <file> [--dry-run] [--administration <slug>] [--lang da|en]`: checks
 * every record of the file, then imports all of it in one transaction, or nothing. Exit 0 when
 * imported (or, with --dry-run, when it would import), 1 when the file has problems (listed on
 * standard error, by row or JSON path and field), 2 on bad use.
 */
export async function runImportCommand(config: Config, args: string[]): Promise<number> {
  const options = parseImportArgs(args);
  if (!options) {
    console.error(IMPORT_USAGE);
    return 2;
  }
  const { locale } = options;
  let bytes: Uint8Array;
  try {
    bytes = await readFile(options.file);
  } catch (error) {
    console.error(t(locale, 'import.cli.cannotRead', { file: options.file, detail: error instanceof Error ? error.message : String(error) }));
    return 2;
  }
  console.error(t(locale, 'import.cli.reading', { file: options.file }));
  const connection = await connect(config);
  const db = createDatabase(connection.databaseUrl, { max: 3 });
  const progress = process.stderr.isTTY ? barProgress(locale) : lineProgress(locale);
  try {
    const result = await runImport(db, { name: options.file, bytes, administration: options.administration, dryRun: options.dryRun, onProgress: progress.update });
    progress.stop();
    if (!result.summary) {
      console.error(t(locale, 'import.summary.issues', { count: result.issues.length }));
      for (const issue of result.issues) console.error(`  ${issueLine(locale, issue)}`);
      console.error(t(locale, 'import.summary.nothingWritten'));
      return 1;
    }
    console.log(t(locale, options.dryRun ? 'import.summary.dryRun' : 'import.summary.done'));
    for (const line of summaryLines(locale, result.summary)) console.log(`  ${line}`);
    return 0;
  } finally {
    progress.stop();
    await db.$client.end({ timeout: 2 });
    await connection.close();
  }
}

interface Progress {
  update(p: ImportProgress): void;
  stop(): void;
}

/** A bar over the rows written, on a terminal; the checking and comparing before it are quick. */
function barProgress(locale: Locale): Progress {
  const bar = new cliProgress.SingleBar(
    { format: `Importerer [{bar}] {percentage}% | {value}/{total} | {phase}`, hideCursor: true },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    update: (p) => {
      const phase = t(locale, `import.cli.phase.${p.phase}`);
      if (p.phase !== 'write' || p.total === undefined) {
        console.error(`Import: ${phase}`);
        return;
      }
      if (!started) bar.start(p.total, 0, { phase });
      started = true;
      bar.update(p.done ?? 0, { phase });
    },
    stop: () => {
      if (started) bar.stop();
      started = false;
    },
  };
}

/** Plain lines when the output is a file or a pipe (CI, logs): one per phase. */
function lineProgress(locale: Locale): Progress {
  let last = '';
  return {
    update: (p) => {
      const text = t(locale, `import.cli.phase.${p.phase}`);
      if (text !== last) console.error(`Import: ${text}`);
      last = text;
    },
    stop: () => {},
  };
}
