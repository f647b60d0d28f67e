/**
 * `npm run cli -- <command>`: maintenance commands for operators.
 *
 *   reindex          rebuild the search indexes from the database with no downtime
 *   freshness        send due confirmation reminders and mark stale listings now (the hourly job, once)
 *   erase-referrals  erase the personal data of referrals closed longer ago than the retention time (the hourly job, once)
 *   erase-bookings   erase the personal data of advisory session bookings past their retention time (the job's erasure, once)
 *   export           write the public directory as Open Referral HSDS 3.0 JSON or CSV (--format hsds|csv [--out <file>])
 *   import           import associations and activities from HSDS 3.0 JSON or the documented CSV (<file> [--dry-run] [--administration <slug>] [--lang da|en])
 *   backup           write the whole database to one consistent file, while the portal runs ([--out <file>])
 *   restore          load such a file into an empty database, all or nothing (<file> [--reindex])
 */
import { ConfigError, parseConfig } from '../lib/config/config';
import { runBackupCommand } from './backup';
import { runEraseBookingsCommand } from './erase-bookings';
import { runEraseReferralsCommand } from './erase-referrals';
import { runExportCommand } from './export';
import { runFreshnessCommand } from './freshness';
import { runImportCommand } from './import';
import { runReindex } from './reindex';
import { runRestoreCommand } from './restore';

const COMMANDS: Record<string, (config: ReturnType<typeof parseConfig>, args: string[]) => Promise<number>> = {
  reindex: runReindex,
  freshness: runFreshnessCommand,
  'erase-referrals': runEraseReferralsCommand,
  'erase-bookings': runEraseBookingsCommand,
  export: runExportCommand,
  import: runImportCommand,
  backup: runBackupCommand,
  restore: runRestoreCommand,
};

/** Commands that take arguments; they check them themselves (bad use: their usage line, exit 2). The rest take none. */
const TAKES_ARGUMENTS = new Set(['export', 'import', 'backup', 'restore']);

// One line, so that it reads whole in a log.
const USAGE =
  'Brug: npm run cli -- reindex (genopbygger søgeindekset uden nedetid), freshness (sender påmindelser om at bekræfte opslag og markerer forældede opslag nu), erase-referrals (sletter personoplysninger i henvisninger, der blev afsluttet for længere siden end opbevaringstiden), erase-bookings (sletter personoplysninger i bookinger til rådgivningsmøder efter opbevaringstiden), export --format hsds|csv [--out <fil>] (eksporterer de offentlige opslag i Open Referral HSDS 3.0 eller som CSV), import <fil> [--dry-run] [--administration <forvaltning>] (indlæser foreninger og aktiviteter fra HSDS 3.0 JSON eller CSV), backup [--out <fil>] (skriver hele databasen til én sikkerhedskopi, mens portalen kører) eller restore <fil> [--reindex] (gendanner en sikkerhedskopi i en tom database)';

async function main(): Promise<number> {
  const [command, ...rest] = process.argv.slice(2);
  const run = command ? COMMANDS[command] : undefined;
  if (!run || (rest.length > 0 && !TAKES_ARGUMENTS.has(command!))) {
    console.error(command && !run ? `Ukendt kommando "${command}". ${USAGE}` : USAGE);
    return 2;
  }
  try {
    return await run(parseConfig(process.env), rest);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.lines.join('\n'));
      return 2;
    }
    console.error(`[indgang] ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}

process.exit(await main());
