import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { ensureDatabase } from '../../db/migrate';
import type { Config } from '../lib/config/config';
import { startEmbeddedPostgres } from '../runtime/embedded-postgres';
import { findRunningServices } from '../runtime/running';
import { withDatabase } from '../runtime/services';

/** The database a backup or restore works on, and how to let go of it. */
export interface DatabaseConnection {
  databaseUrl: string;
  /** Where the operator finds the referral key of this installation (for the messages). */
  keyPlace: string;
  /** The referral key, when this installation has one (REFERRAL_KEY, or the embedded key file). */
  referralKey: string | undefined;
  close(): Promise<void>;
}

/**
 * Finds the database as `connect` does (DATABASE_URL; else a running `npm start` on DATA_DIR;
 * else the embedded server, started for this command), but never Meilisearch, which backup and
 * restore do not need, and without migrating: a restore migrates inside its own transaction.
 */
export async function connectDatabase(config: Config): Promise<DatabaseConnection> {
  const keyFile = join(resolve(config.DATA_DIR), 'secrets', 'referral-key');
  const external = config.DATABASE_URL;
  const keyPlace = external ? 'miljøvariablen REFERRAL_KEY' : keyFile;
  const referralKey = config.REFERRAL_KEY ?? (external ? undefined : await readKeyFile(keyFile));
  const running = external ? undefined : await findRunningServices(config.DATA_DIR);
  const url = external ?? running?.databaseUrl;
  if (url) return { databaseUrl: url, keyPlace, referralKey, close: async () => {} };
  const dataDir = resolve(config.DATA_DIR);
  const pg = await startEmbeddedPostgres({
    dataDir: join(dataDir, 'postgres'),
    passwordFile: join(dataDir, 'secrets', 'postgres-password'),
    persistent: true,
  });
  const databaseUrl = withDatabase(pg.url, 'indgang');
  try {
    await ensureDatabase(databaseUrl);
  } catch (error) {
    await pg.stop();
    throw error;
  }
  return { databaseUrl, keyPlace, referralKey, close: () => pg.stop() };
}

/** The embedded key, if the file is there; never created here (a new key would open nothing). */
async function readKeyFile(file: string): Promise<string | undefined> {
  try {
    return (await readFile(file, 'utf8')).trim() || undefined;
  } catch {
    return undefined;
  }
}
