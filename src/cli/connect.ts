import { ensureDatabase, runMigrations } from '../../db/migrate';
import type { Config } from '../lib/config/config';
import { findRunningServices } from '../runtime/running';
import { startServices } from '../runtime/services';

/** The database and search server a command works on, and how to let go of them. */
export interface Connection {
  databaseUrl: string;
  meiliUrl: string;
  meiliKey: string;
  /** What was started for this command (stopped again by `close`). */
  started: string[];
  close(): Promise<void>;
}

/**
 * Finds the services the way `npm start` does: DATABASE_URL / MEILI_URL when set; else the
 * embedded ones of a running `npm start` on the same DATA_DIR; else it starts the embedded ones
 * itself (and stops them in `close`). Starting its own while the portal runs would stop the
 * portal's servers, since one data directory has one server.
 */
export async function connect(config: Config): Promise<Connection> {
  const running = config.DATABASE_URL && config.MEILI_URL ? undefined : await findRunningServices(config.DATA_DIR);
  const merged: Config = {
    ...config,
    DATABASE_URL: config.DATABASE_URL ?? running?.databaseUrl,
    MEILI_URL: config.MEILI_URL ?? running?.meiliUrl,
  };
  const services = await startServices(merged);
  if (services.started.includes('postgresql')) {
    await ensureDatabase(services.databaseUrl);
    await runMigrations(services.databaseUrl);
  }
  return {
    databaseUrl: services.databaseUrl,
    meiliUrl: services.meiliUrl,
    meiliKey: services.meiliMasterKey,
    started: services.started,
    close: () => services.stop(),
  };
}
