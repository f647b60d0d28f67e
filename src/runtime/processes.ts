import { readFile } from 'node:fs/promises';

/** Whether a process with this pid exists (signal 0 only checks). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to another user (e.g. postgres run as the postgres user).
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The command line of a running process, or '' when it cannot be read (not Linux, or gone). */
export async function commandLine(pid: number): Promise<string> {
  try {
    return (await readFile(`/proc/${pid}/cmdline`, 'utf8')).replaceAll('\0', ' ');
  } catch {
    return '';
  }
}

/** Resolves when the process is gone, or with false after `timeoutMs`. */
export async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (!isAlive(pid)) return true;
    await new Promise((r) => setTimeout(r, 50));
  }
  return !isAlive(pid);
}

/**
 * Stops a process left behind by an earlier run that crashed: first politely with `signal`,
 * then with SIGKILL. Only touches it when its command line contains `expected`, so that a
 * recycled pid of an unrelated program is never signalled.
 */
export async function stopLeftover(pid: number, expected: string, signal: NodeJS.Signals): Promise<boolean> {
  if (!isAlive(pid) || !(await commandLine(pid)).includes(expected)) return false;
  try {
    process.kill(pid, signal);
  } catch {
    return false;
  }
  if (!(await waitForExit(pid, 15_000))) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // already gone
    }
    await waitForExit(pid, 5_000);
  }
  return true;
}

/** Keeps the last lines a child process wrote, to explain why it failed. */
export class LogTail {
  private lines: string[] = [];
  constructor(private readonly size = 30) {}

  push(chunk: string): void {
    for (const line of chunk.split(/\r?\n/)) {
      if (line.trim() === '') continue;
      this.lines.push(line.trim());
      if (this.lines.length > this.size) this.lines.shift();
    }
  }

  /** Forgets what was kept, so that a new attempt is explained by its own lines. */
  clear(): void {
    this.lines = [];
  }

  /** The most telling lines: errors if there are any, else the last few. */
  explain(): string {
    const errors = this.lines.filter((l) => /FATAL|ERROR|PANIC|error/i.test(l));
    return (errors.length > 0 ? errors.slice(-3) : this.lines.slice(-3)).join(' | ');
  }
}
