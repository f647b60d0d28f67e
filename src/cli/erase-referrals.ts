import { createDatabase } from '../../db/client';
import type { Config } from '../lib/config/config';
import { eraseExpiredReferrals } from '../lib/referral-privacy/erase';
import { connect } from './connect';

/**
 * `npm run cli -- erase-referrals`: runs the hourly retention job once, now: erases the personal
 * data of referrals closed more than REFERRAL_RETENTION_DAYS ago, and access log lines older than
 * two years. Safe beside a running portal (rows another instance is erasing are skipped). Needs no
 * REFERRAL_KEY: erasing reads nothing.
 */
export async function runEraseReferralsCommand(config: Config): Promise<number> {
  const connection = await connect(config);
  const db = createDatabase(connection.databaseUrl, { max: 2 });
  try {
    const run = await eraseExpiredReferrals(db, { retentionDays: config.REFERRAL_RETENTION_DAYS });
    console.log(
      `Personoplysninger slettet i ${run.erased} henvisninger, der blev afsluttet for mere end ${config.REFERRAL_RETENTION_DAYS} dage siden; ${run.accessLogDeleted} linjer over 2 år slettet fra adgangsloggen.`,
    );
    return 0;
  } finally {
    await db.$client.end({ timeout: 2 });
    await connection.close();
  }
}
