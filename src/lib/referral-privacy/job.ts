import type { Config } from '../config/config';
import type { Job } from '../../runtime/jobs';
import { eraseExpiredReferrals } from './erase';

/**
 * Hourly: erases the personal data of referrals closed more than REFERRAL_RETENTION_DAYS ago, and
 * access log lines older than two years. Every instance runs it; row locks keep them apart.
 * `npm run cli -- erase-referrals` runs it once.
 */
export function referralErasureJob(config: Pick<Config, 'REFERRAL_RETENTION_DAYS'>): Job {
  return {
    name: 'sletning af henvisninger',
    everyMs: 60 * 60 * 1000,
    run: (db) => eraseExpiredReferrals(db, { retentionDays: config.REFERRAL_RETENTION_DAYS }),
  };
}
