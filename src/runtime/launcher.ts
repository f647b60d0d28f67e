/**
 * `npm start`: builds if needed, starts the embedded PostgreSQL and Meilisearch unless
 * DATABASE_URL / MEILI_URL name external ones, migrates, seeds the demo data once, and serves
 * the portal. Ctrl-C or SIGTERM stops the server and every process it started.
 *
 * Flags: --ephemeral deletes DATA_DIR at shutdown (used by the browser tests).
 */
import { rm } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDatabase } from '../../db/client';
import { ensureDatabase, runMigrations } from '../../db/migrate';
import { seedDemoData } from '../../db/seed/seed';
import { type Config, ConfigError, parseConfig } from '../lib/config/config';
import { buildIfNeeded } from './build';
import { forgetRunningServices, recordRunningServices } from './running';
import { portalJobs, startJobs } from './jobs';
import { readOrCreateSecret } from './secrets';
import { startSearchSync } from './search-sync';
import { type Services, startServices } from './services';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const say = (line: string) => console.log(`[indgang] ${line}`);

interface StoppableServer {
  stop(): Promise<void>;
}

async function prepareData(config: Config, services: Services): Promise<void> {
  if (services.started.includes('postgresql')) await ensureDatabase(services.databaseUrl);
  await runMigrations(services.databaseUrl);
  if (!config.demoData) return;
  const db = createDatabase(services.databaseUrl, { max: 2 });
  try {
    const { seeded } = await seedDemoData(db);
    say(seeded ? 'Demodata er lagt ind.' : 'Demodata findes allerede; intet lagt ind igen.');
  } finally {
    await db.$client.end();
  }
}

function explainStartError(error: unknown, config: Config): string {
  if ((error as NodeJS.ErrnoException)?.code === 'EADDRINUSE') {
    return `Port ${config.PORT} på ${config.HOST} er optaget: stop det andet program, eller sæt PORT til en anden port`;
  }
  return error instanceof Error ? error.message : String(error);
}

async function main(): Promise<void> {
  let config: Config;
  try {
    config = parseConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.lines.join('\n'));
      process.exit(2);
    }
    throw error;
  }
  const ephemeral = process.argv.includes('--ephemeral');

  let services: Services | undefined;
  let server: StoppableServer | undefined;
  let searchSync: { stop(): Promise<void> } | undefined;
  let jobs: { stop(): Promise<void> } | undefined;
  let stopping = false;
  const shutdown = async (signal: string, code = 0) => {
    if (stopping) return;
    stopping = true;
    say(`${signal}: stopper …`);
    // First of all: a service that stops now (Ctrl-C in a terminal reaches PostgreSQL too) is not restarted.
    await services?.stopSupervising().catch(() => {});
    await jobs?.stop().catch(() => {});
    await searchSync?.stop().catch(() => {});
    await server?.stop().catch(() => {});
    await forgetRunningServices(config.DATA_DIR).catch(() => {});
    await services?.stop();
    if (ephemeral) await rm(resolve(config.DATA_DIR), { recursive: true, force: true });
    say('Stoppet.');
    process.exit(code);
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(signal, () => {
      if (stopping) process.exit(1); // a second Ctrl-C: give up waiting
      void shutdown(signal);
    });
  }

  try {
    await buildIfNeeded(root, say);
    services = await startServices(config);
    services.supervise(say, (name) => {
      if (name === 'meilisearch') {
        say('Søgningen bruger PostgreSQL, indtil portalen startes igen.');
        return;
      }
      // Without its database the portal can only answer 503; stopping says it louder, and a
      // service manager (systemd, Docker) that restarts the portal gets its chance.
      void shutdown('PostgreSQL er nede', 1);
    });
    if (services.started.length > 0) {
      say(`Startede indbygget ${services.started.join(' og ')} under ${config.DATA_DIR}`);
      // So that `npm run cli` uses these servers instead of starting (and stopping) its own.
      await recordRunningServices(config.DATA_DIR, {
        databaseUrl: services.started.includes('postgresql') ? services.databaseUrl : undefined,
        meiliUrl: services.started.includes('meilisearch') ? services.meiliUrl : undefined,
      });
    }
    process.env.DATABASE_URL = services.databaseUrl;
    process.env.MEILI_URL = services.meiliUrl;
    process.env.MEILI_MASTER_KEY = services.meiliMasterKey;
    // Production must name its key (checked in the config); the embedded default keeps one under DATA_DIR.
    process.env.REFERRAL_KEY = config.REFERRAL_KEY ?? (await readOrCreateSecret(join(resolve(config.DATA_DIR), 'secrets', 'referral-key')));
    await prepareData(config, services);
    searchSync = await startSearchSync(config, services, say);
    jobs = startJobs(services.databaseUrl, config, portalJobs(config), (line) => say(`Advarsel: ${line}`));

    process.env.PORT = String(config.PORT);
    process.env.HOST = config.HOST;
    process.env.ASTRO_NODE_AUTOSTART = 'disabled';
    process.env.ASTRO_NODE_LOGGING = 'disabled';
    const entry = (await import(join(root, 'dist/server/entry.mjs'))) as {
      startServer(): { server: StoppableServer & { server: import('node:http').Server } };
    };
    const started = entry.startServer().server;
    server = started;
    await new Promise<void>((ok, fail) => {
      started.server.once('listening', ok);
      started.server.once('error', fail);
    });
    say(`Indgang kører på http://${config.HOST}:${config.PORT} (stop med Ctrl-C)`);
  } catch (error) {
    console.error(`[indgang] ${explainStartError(error, config)}`);
    if (config.LOG_LEVEL === 'debug') console.error(error);
    await jobs?.stop().catch(() => {});
    await searchSync?.stop().catch(() => {});
    await server?.stop().catch(() => {});
    await forgetRunningServices(config.DATA_DIR).catch(() => {});
    await services?.stop();
    process.exit(1);
  }
}

await main();
