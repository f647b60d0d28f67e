import { readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { commandLine, isAlive } from './processes';

/**
 * Where a running `npm start` serves its embedded services, so that `npm run cli` can use them
 * instead of starting its own (which would stop the portal's: a data directory has one server).
 * Kept in DATA_DIR/running.json (mode 0600: the URL holds the database password, as the secrets
 * beside it do) while the launcher runs.
 */
export interface RunningServices {
  /** Pid of the launcher. */
  pid: number;
  databaseUrl?: string;
  meiliUrl?: string;
}

const file = (dataDir: string) => join(resolve(dataDir), 'running.json');

/** Records this launcher's embedded services. */
export async function recordRunningServices(dataDir: string, services: Omit<RunningServices, 'pid'>): Promise<void> {
  await writeFile(file(dataDir), `${JSON.stringify({ pid: process.pid, ...services })}\n`, { mode: 0o600 });
}

/** Removes the record at shutdown (only this launcher's own). */
export async function forgetRunningServices(dataDir: string): Promise<void> {
  const current = await readRecord(dataDir);
  if (current?.pid === process.pid) await rm(file(dataDir), { force: true });
}

/** The services of a launcher that is running now on this data directory, if any. */
export async function findRunningServices(dataDir: string): Promise<RunningServices | undefined> {
  const record = await readRecord(dataDir);
  if (!record || !isAlive(record.pid)) return undefined;
  // A pid recycled by another program after a crash is not the launcher.
  return (await commandLine(record.pid)).includes('start.ts') ? record : undefined;
}

async function readRecord(dataDir: string): Promise<RunningServices | undefined> {
  try {
    return JSON.parse(await readFile(file(dataDir), 'utf8')) as RunningServices;
  } catch {
    return undefined;
  }
}
