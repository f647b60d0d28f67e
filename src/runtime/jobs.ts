import { sql } from 'drizzle-orm';
import { createDatabase, type Database } from '../../db/client';
import { advisoryJob } from '../lib/advisory/job';
import type { Config } from '../lib/config/config';
import { freshnessJob } from '../lib/freshness/job';
import { deliverDueMails, eraseOldMails, smtpTransport } from '../lib/mail';
import { referralErasureJob } from '../lib/referral-privacy/job';
import { deleteOldRateLimits } from '../lib/security/rate-limit';
import { deleteEndedSessions } from '../lib/session/session';
import { EXPIRE_SESSIONS_EVERY_MS, queueEndedSessions } from '../../search/sync/expire-sessions';

/**
 * A task every app instance runs now and then. Each must be safe to run in several instances at
 * once (row locks, unique keys), because production runs several behind a load balancer.
 */
export interface Job {
  name: string;
  everyMs: number;
  run(db: Database, config: Config): Promise<unknown>;
}

/** The jobs of the portal; a new concept adds its job here. */
export function portalJobs(config: Config): Job[] {
  const jobs: Job[] = [
    {
      name: 'oprydning',
      everyMs: 10 * 60 * 1000,
      run: async (db) => {
        await deleteEndedSessions(db);
        await deleteOldRateLimits(db);
        await db.execute(sql`delete from login_attempts where at < now() - interval '1 day'`);
        await eraseOldMails(db, Boolean(config.SMTP_URL));
      },
    },
    freshnessJob(config),
    referralErasureJob(config),
    advisoryJob(config),
    { name: 'søgning: afsluttede rådgivningsmøder', everyMs: EXPIRE_SESSIONS_EVERY_MS, run: (db) => queueEndedSessions(db) },
  ];
  if (config.SMTP_URL) {
    const transport = smtpTransport(config.SMTP_URL);
    jobs.push({ name: 'e-mail', everyMs: 5000, run: (db) => deliverDueMails(db, transport, config.MAIL_FROM) });
  }
  return jobs;
}

/**
 * Runs the jobs on their own small pool, each one at a time (a slow run is never overlapped by the
 * next), first soon after start. A failing run is reported and tried again at the next turn.
 */
export function startJobs(databaseUrl: string, config: Config, jobs: Job[], warn: (line: string) => void): { stop(): Promise<void> } {
  const db = createDatabase(databaseUrl, { max: 2 });
  const timers = new Set<NodeJS.Timeout>();
  let running: Promise<unknown> = Promise.resolve();
  let stopped = false;
  const schedule = (job: Job, delay: number) => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      running = job
        .run(db, config)
        .catch((error: unknown) => warn(`Job "${job.name}" fejlede: ${error instanceof Error ? error.message : String(error)}`))
        .finally(() => {
          if (!stopped) schedule(job, job.everyMs);
        });
    }, delay);
    timer.unref();
    timers.add(timer);
  };
  for (const job of jobs) schedule(job, Math.min(job.everyMs, 2000));
  return {
    stop: async () => {
      stopped = true;
      for (const timer of timers) clearTimeout(timer);
      await running.catch(() => {});
      await db.$client.end({ timeout: 2 });
    },
  };
}
