/**
 * `npm run cli -- <command>`: maintenance commands for operators.
 *
 *   reindex          rebuild the search indexes from the database with no downtime
 *   freshness        send due confirmation reminders and mark stale listings now (the hourly job, once)
 *   erase-referrals  erase the personal data of referrals closed longer ago than the retention time (the hourly job, once)
 *   erase-bookings   erase the personal data of advisory session bookings past their retention time (the job's erasure, once)
 */
import { ConfigError, parseConfig } from '../lib/config/config';
import { runEraseBookingsCommand } from './erase-bookings';
import { runEraseReferralsCommand } from './erase-referrals';
import { runFreshnessCommand } from './freshness';
import { runReindex } from './reindex';

const COMMANDS: Record<string, (config: ReturnType<typeof parseConfig>) => Promise<number>> = {
  reindex: runReindex,
  freshness: runFreshnessCommand,
  'erase-referrals': runEraseReferralsCommand,
  'erase-bookings': runEraseBookingsCommand,
};

// One line, so that it reads whole in a log.
const USAGE =
  'Brug: npm run cli -- reindex (genopbygger søgeindekset uden nedetid), freshness (sender påmindelser om at bekræfte opslag og markerer forældede opslag nu), erase-referrals (sletter personoplysninger i henvisninger, der blev afsluttet for længere siden end opbevaringstiden) eller erase-bookings (sletter personoplysninger i bookinger til rådgivningsmøder efter opbevaringstiden)';

async function main(): Promise<number> {
  const [command, ...rest] = process.argv.slice(2);
  const run = command ? COMMANDS[command] : undefined;
  if (!run || rest.length > 0) {
    console.error(command && !run ? `Ukendt kommando "${command}". ${USAGE}` : USAGE);
    return 2;
  }
  try {
    return await run(parseConfig(process.env));
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
