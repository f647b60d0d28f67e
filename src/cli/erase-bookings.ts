import { createDatabase } from '../../db/client';
import { eraseEndedBookings } from '../lib/advisory/job';
import type { Config } from '../lib/config/config';
import { connect } from './connect';

/**
 * `npm run cli -- erase-bookings`: runs the erasure of the advisory job once, now: erases the
 * names and contacts of bookings of sessions that ended more than ADVISORY_RETENTION_DAYS ago.
 * Safe beside a running portal (rows another instance is erasing are skipped). Needs no
 * REFERRAL_KEY: erasing reads nothing.
 */
export async function runEraseBookingsCommand(config: Config): Promise<number> {
  const connection = await connect(config);
  const db = createDatabase(connection.databaseUrl, { max: 2 });
  try {
    const erased = await eraseEndedBookings(db, { retentionDays: config.ADVISORY_RETENTION_DAYS });
    console.log(`Personoplysninger slettet i ${erased} bookinger til rådgivningsmøder, der sluttede for mere end ${config.ADVISORY_RETENTION_DAYS} dage siden.`);
    return 0;
  } finally {
    await db.$client.end({ timeout: 2 });
    await connection.close();
  }
}
