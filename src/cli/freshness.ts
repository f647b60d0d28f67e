import { createDatabase } from '../../db/client';
import type { Config } from '../lib/config/config';
import { publicBaseUrl, runFreshness } from '../lib/freshness';
import { connect } from './connect';

/**
 * `npm run cli -- freshness`: runs the hourly freshness job once, now (reminders at 11 and 12
 * months, stale listings at 15). Safe beside a running portal: a reminder is never sent twice.
 */
export async function runFreshnessCommand(config: Config): Promise<number> {
  const connection = await connect(config);
  const db = createDatabase(connection.databaseUrl, { max: 2 });
  try {
    const run = await runFreshness(db, { baseUrl: publicBaseUrl(config) });
    console.log(
      `Påmindelser sendt for ${run.reminded} opslag (${run.mails} e-mails i kø); ${run.markedStale} opslag markeret som forældede.`,
    );
    return 0;
  } finally {
    await db.$client.end({ timeout: 2 });
    await connection.close();
  }
}
