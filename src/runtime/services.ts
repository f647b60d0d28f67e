import { join, resolve } from 'node:path';
import type { Config } from '../lib/config/config';
import { startEmbeddedMeilisearch } from './embedded-meilisearch';
import { type RunningService, startEmbeddedPostgres } from './embedded-postgres';
import { readOrCreateSecret } from './secrets';
import { supervise, type Supervisor } from './supervise';
import { startTogether, stopAll } from './together';

/** Where the app finds its database and search server, and how to stop what was started. */
export interface Services {
  databaseUrl: string;
  meiliUrl: string;
  meiliMasterKey: string;
  /** Names of the services this process started itself. */
  started: string[];
  /**
   * Restarts an embedded service that dies (decision 018) until stop() or stopSupervising().
   * `onGiveUp` hears which one stayed down after repeated failures.
   */
  supervise(say: (line: string) => void, onGiveUp: (name: 'postgresql' | 'meilisearch') => void): void;
  /** Ends supervision at once, so that a shutdown restarts nothing. */
  stopSupervising(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Uses the PostgreSQL and Meilisearch named in the configuration, or starts embedded ones under
 * DATA_DIR when none are named. In production both are named and nothing is spawned.
 */
export async function startServices(config: Config, onLog?: (line: string) => void): Promise<Services> {
  // Nothing is written under DATA_DIR unless something embedded needs it (production may be read-only).
  const dataDir = resolve(config.DATA_DIR);
  const secretsDir = join(dataDir, 'secrets');

  // Read before any start is under way: a rejection while we await here would go unhandled.
  const meiliKey = config.MEILI_MASTER_KEY ?? (await readOrCreateSecret(join(secretsDir, 'meili-master-key')));
  const postgres: Promise<RunningService | undefined> = config.DATABASE_URL
    ? Promise.resolve(undefined)
    : startEmbeddedPostgres({
        dataDir: join(dataDir, 'postgres'),
        passwordFile: join(secretsDir, 'postgres-password'),
        persistent: true,
        onLog,
      });
  const meili: Promise<RunningService | undefined> = config.MEILI_URL
    ? Promise.resolve(undefined)
    : startEmbeddedMeilisearch({ dataDir: join(dataDir, 'meilisearch'), masterKey: meiliKey, persistent: true, onLog });

  const [pg, ms] = await startTogether([postgres, meili] as const);
  const supervisors: Supervisor[] = [];
  const stopSupervising = async () => {
    await Promise.all(supervisors.splice(0).map((s) => s.stop()));
  };

  return {
    databaseUrl: pg ? withDatabase(pg.url, 'indgang') : config.DATABASE_URL!,
    meiliUrl: ms ? ms.url : config.MEILI_URL!,
    meiliMasterKey: meiliKey,
    started: [pg ? 'postgresql' : '', ms ? 'meilisearch' : ''].filter(Boolean),
    supervise: (say, onGiveUp) => {
      const watched = [
        { name: 'postgresql', label: 'PostgreSQL', service: pg },
        { name: 'meilisearch', label: 'Meilisearch', service: ms },
      ] as const;
      for (const { name, label, service } of watched) {
        if (!service?.supervisable) continue;
        supervisors.push(supervise(service.supervisable, { label, say, onGiveUp: () => onGiveUp(name) }));
      }
    },
    stopSupervising,
    stop: async () => {
      await stopSupervising();
      await stopAll([pg, ms]);
    },
  };
}

/** The same server URL pointing at another database. */
export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}
