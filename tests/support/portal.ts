import { type ChildProcess, spawn } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';

export interface Portal {
  child: ChildProcess;
  output: () => string;
  /** Resolves with the exit code once the launcher has exited. */
  exited: Promise<number | null>;
}

/**
 * Runs `npm start`'s launcher (`src/runtime/start.ts`) as a user would, with its own environment,
 * and resolves once it says it is serving (or rejects with its output if it exits first).
 */
export async function startPortal(env: Record<string, string>, timeoutMs = 240_000): Promise<Portal> {
  const portal = spawnPortal(env);
  const deadline = Date.now() + timeoutMs;
  while (!portal.output().includes('Indgang kører på')) {
    if (portal.child.exitCode !== null || Date.now() > deadline) {
      portal.child.kill('SIGKILL');
      throw new Error(`The portal did not start:\n${portal.output()}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return portal;
}

/** Spawns the launcher without waiting for it. */
export function spawnPortal(env: Record<string, string>): Portal {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/runtime/start.ts'], {
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let text = '';
  child.stdout?.on('data', (c: Buffer) => (text += c.toString()));
  child.stderr?.on('data', (c: Buffer) => (text += c.toString()));
  const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
  return { child, output: () => text, exited };
}

/** Pids of running processes whose command line mentions `path` (a data directory). */
export async function processesUsing(path: string): Promise<number[]> {
  const pids: number[] = [];
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const cmd = await readFile(`/proc/${entry}/cmdline`, 'utf8').catch(() => '');
    if (cmd.replaceAll('\0', ' ').includes(path)) pids.push(Number(entry));
  }
  return pids;
}

/** The connection URL of the embedded PostgreSQL that `npm start` runs in `dataDir`. */
export async function embeddedDatabaseUrl(dataDir: string): Promise<string> {
  const pidFile = (await readFile(`${dataDir}/postgres/postmaster.pid`, 'utf8')).split('\n');
  const password = (await readFile(`${dataDir}/secrets/postgres-password`, 'utf8')).trim();
  return `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${pidFile[3]}/indgang`;
}

/** What a running launcher recorded in DATA_DIR/running.json, with the Meilisearch key beside it. */
export async function embeddedServices(dataDir: string): Promise<{ databaseUrl: string; meiliUrl: string; meiliKey: string; launcher: number }> {
  const running = JSON.parse(await readFile(`${dataDir}/running.json`, 'utf8')) as { pid: number; databaseUrl: string; meiliUrl: string };
  const meiliKey = (await readFile(`${dataDir}/secrets/meili-master-key`, 'utf8')).trim();
  return { databaseUrl: running.databaseUrl, meiliUrl: running.meiliUrl, meiliKey, launcher: running.pid };
}

/** Pids of the embedded servers from their pid files (PostgreSQL's postmaster, the Meilisearch binary). */
export async function servicePids(dataDir: string): Promise<{ postgres: number; meilisearch: number }> {
  const postgres = Number((await readFile(`${dataDir}/postgres/postmaster.pid`, 'utf8').catch(() => '')).split('\n')[0]);
  const meilisearch = Number((await readFile(`${dataDir}/meilisearch/meilisearch.pid`, 'utf8').catch(() => '')).trim());
  return { postgres, meilisearch };
}

/** Whether a process exists. */
export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Kills a process with SIGKILL and waits until it is gone. */
export async function killHard(pid: number): Promise<void> {
  process.kill(pid, 'SIGKILL');
  while (alive(pid)) await new Promise((r) => setTimeout(r, 20));
}

/** Polls until `check` passes; fails with its last error after `ms`. */
export async function eventually<T>(check: () => Promise<T>, ms: number, everyMs = 200): Promise<T> {
  const started = Date.now();
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() - started > ms) throw error;
      await new Promise((r) => setTimeout(r, everyMs));
    }
  }
}

/**
 * Stops a portal politely (SIGTERM, as a service manager does), then kills whatever still runs on
 * its data directory: after a test killed parts of it, nothing it caused may be left behind.
 */
export async function stopPortalAndLeftovers(portal: Portal | undefined, dataDir: string): Promise<void> {
  if (portal && portal.child.exitCode === null && portal.child.signalCode === null) {
    portal.child.kill('SIGTERM');
    await Promise.race([portal.exited, new Promise((r) => setTimeout(r, 30_000))]);
  }
  for (const pid of await processesUsing(dataDir)) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // gone meanwhile
    }
  }
}
