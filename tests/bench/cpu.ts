/**
 * CPU time used by groups of processes (Linux /proc), to say who took the two cores during a
 * load: the portal, PostgreSQL, Meilisearch or the load generator itself.
 */
import { readdir, readFile } from 'node:fs/promises';

/** Clock ticks per second of /proc/<pid>/stat on Linux (USER_HZ, 100 on every common kernel). */
const TICKS = 100;

async function cpuSecondsOf(pid: number): Promise<number> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => '');
  // The command name may contain spaces: count fields after its closing parenthesis.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11] ?? 0) + Number(fields[12] ?? 0)) / TICKS;
}

/** Pids whose command line contains `needle`. */
export async function pidsMatching(needle: string): Promise<number[]> {
  const pids: number[] = [];
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const cmd = await readFile(`/proc/${entry}/cmdline`, 'utf8').catch(() => '');
    if (cmd.replaceAll('\0', ' ').includes(needle)) pids.push(Number(entry));
  }
  return pids;
}

/** The pids and their children (PostgreSQL's backends are children of the postmaster). */
export async function withChildren(pids: number[]): Promise<number[]> {
  const all = new Set(pids);
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = await readFile(`/proc/${entry}/stat`, 'utf8').catch(() => '');
    const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    if (pids.includes(parent)) all.add(Number(entry));
  }
  return [...all];
}

/**
 * CPU seconds so far of each named group, its pids found at the time of asking (processes that
 * ended in between are not counted: PostgreSQL's pooled backends live through a run).
 */
export async function cpuSeconds(groups: Record<string, () => Promise<number[]>>): Promise<Record<string, number>> {
  const result: Record<string, number> = {};
  for (const [name, pids] of Object.entries(groups)) {
    result[name] = (await Promise.all((await pids()).map(cpuSecondsOf))).reduce((a, b) => a + b, 0);
  }
  return result;
}
