import type { Config } from '../config/config';
import type { Job } from '../../runtime/jobs';
import { runFreshness } from './reminders';

/** The address links in reminder mails start with: PUBLIC_URL, or this instance when it is not set (development). */
export function publicBaseUrl(config: Pick<Config, 'PUBLIC_URL' | 'PORT'>): string {
  return config.PUBLIC_URL ?? `http://localhost:${config.PORT}`;
}

/** Hourly: reminders at 11 and 12 months, and stale listings at 15 (see reminders.ts). */
export function freshnessJob(config: Config): Job {
  return {
    name: 'bekræftelser',
    everyMs: 60 * 60 * 1000,
    run: (db) => runFreshness(db, { baseUrl: publicBaseUrl(config) }),
  };
}
