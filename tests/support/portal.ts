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
