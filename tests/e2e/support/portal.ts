import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createDatabase, type Database } from '../../../db/client';

/** The data directory of the demo portal the browser tests run against (playwright.config.ts). */
const dataDir = () => process.env.E2E_DATA_DIR!;

/** The running demo portal's database (the launcher records its address in its data directory). */
export async function portalDatabase(): Promise<Database> {
  const running = JSON.parse(await readFile(join(dataDir(), 'running.json'), 'utf8')) as { databaseUrl: string };
  return createDatabase(running.databaseUrl, { max: 1 });
}

/** The running portal's REFERRAL_KEY, which seals personal data (the launcher keeps it under secrets/). */
export async function portalReferralKey(): Promise<string> {
  return (await readFile(join(dataDir(), 'secrets', 'referral-key'), 'utf8')).trim();
}
