import { hash } from '@node-rs/argon2';
import { eq, sql } from 'drizzle-orm';
import type { Database } from '../client';
import { appMeta, routingRules } from '../schema';
import { insertAdvisoryDemo } from './build-advisory';
import { insertGrantDemo } from './data/grants';
import { insertReferralHistoryDemo } from './data/referral-history';
import { routingRuleRows } from './data/routing';
import { generateDemoData } from './generate';
import { insertDemoData, type Transaction } from './insert';

export { demoAccounts, type DemoAccount } from './data/accounts';

/** The password of every demo account. Demo accounts are refused at login in production. */
export const DEMO_PASSWORD = 'indgang-demo';

/** The `app_meta` key that records that the demo has been seeded, and which version. */
export const DEMO_SEED_KEY = 'demo_seed';
const DEMO_SEED_VERSION = 1;

// Distinct from the migration lock (7201): a seeding instance must not wait on, or block, a
// migrating one for longer than its own transaction.
const SEED_LOCK_KEY = 7202;

async function alreadySeeded(db: Database | Transaction): Promise<boolean> {
  const rows = await db.select({ key: appMeta.key }).from(appMeta).where(eq(appMeta.key, DEMO_SEED_KEY));
  return rows.length > 0;
}

/**
 * Inserts the demo municipality (administrations, districts, taxonomy, associations, activities,
 * places, contacts, schedules and demo accounts) once. Everything happens in one transaction
 * under an advisory lock, so several instances starting at the same time seed exactly once and a
 * crash half-way leaves nothing behind. A later call finds `app_meta.demo_seed` and does nothing.
 */
export async function seedDemoData(db: Database, options: { password?: string } = {}): Promise<{ seeded: boolean }> {
  // Fast path before the slow password hash: on every start but the first, this is all we do.
  if (await alreadySeeded(db)) return { seeded: false };

  // argon2id is the library's default algorithm. One hash for all demo users: hashing is slow
  // on purpose, and the demo accounts share a password anyway.
  const passwordHash = await hash(options.password ?? DEMO_PASSWORD);
  const now = new Date();
  const data = generateDemoData({ now, passwordHash });

  return db.transaction(async (tx) => {
    // Serialises concurrent starts; released at commit or rollback. Whoever waited re-checks.
    await tx.execute(sql`select pg_advisory_xact_lock(${sql.raw(String(SEED_LOCK_KEY))})`);
    if (await alreadySeeded(tx)) return { seeded: false };
    await insertDemoData(tx, data);
    await tx.insert(routingRules).values(routingRuleRows());
    await insertAdvisoryDemo(tx, now);
    await insertGrantDemo(tx, now);
    await insertReferralHistoryDemo(tx, now);
    await tx.insert(appMeta).values({ key: DEMO_SEED_KEY, value: { version: DEMO_SEED_VERSION, seededAt: now.toISOString() } });
    return { seeded: true };
  });
}
