import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, nextStep, type Supervisable, supervise } from './supervise';

const policy = { delaysMs: [1_000, 2_000, 5_000], windowMs: 60_000, maxFailures: 4 };

describe('the restart policy', () => {
  it('restarts after the first failure at the first delay', () => {
    expect(nextStep([10_000], 10_000, policy)).toEqual({ action: 'restart', delayMs: 1_000, attempt: 1 });
  });

  it('waits longer after each failure in a row, and keeps the last delay', () => {
    const failures = [0, 1_000, 3_000, 8_000];
    expect(nextStep(failures.slice(0, 2), 1_000, policy)).toMatchObject({ delayMs: 2_000, attempt: 2 });
    expect(nextStep(failures.slice(0, 3), 3_000, policy)).toMatchObject({ delayMs: 5_000, attempt: 3 });
    expect(nextStep(failures, 8_000, policy)).toMatchObject({ delayMs: 5_000, attempt: 4 });
  });

  it('gives up after more failures than allowed within the window', () => {
    expect(nextStep([0, 1_000, 3_000, 8_000, 13_000], 13_000, policy)).toEqual({ action: 'give-up', failures: 5 });
  });

  it('forgets failures older than the window: a server that ran for a while starts at the first delay again', () => {
    expect(nextStep([0, 1_000, 3_000, 8_000, 13_000, 200_000], 200_000, policy)).toEqual({ action: 'restart', delayMs: 1_000, attempt: 1 });
  });

  it('by default starts at 1 s, caps the wait at 30 s, and gives up at the sixth failure within five minutes', () => {
    expect(nextStep([0], 0)).toMatchObject({ delayMs: 1_000 });
    expect(nextStep([0, 1, 2, 3, 4], 4)).toMatchObject({ delayMs: 30_000 });
    expect(nextStep([0, 1, 2, 3, 4, 5], 5)).toMatchObject({ action: 'give-up' });
    expect(DEFAULT_POLICY.windowMs).toBe(300_000);
  });
});

/** A fake server process: `die()` makes it exit; restarts succeed unless told to fail. */
function fakeService(failRestarts = 0) {
  let exit: (how: string) => void = () => {};
  let current = new Promise<string>((r) => (exit = r));
  const service = {
    restarts: 0,
    failRestarts,
    exited: () => current,
    restart: async () => {
      service.restarts += 1;
      if (service.failRestarts > 0) {
        service.failRestarts -= 1;
        throw new Error('port optaget');
      }
      current = new Promise<string>((r) => (exit = r));
    },
    die: (how = 'signal SIGKILL') => exit(how),
  } satisfies Supervisable & Record<string, unknown>;
  return service;
}

/** Lets the supervisor's promises run; the injected sleep resolves at once. */
const settle = () => new Promise((r) => setTimeout(r, 5));

function harness(service: Supervisable) {
  const lines: string[] = [];
  const waits: number[] = [];
  let clock = 0;
  let gaveUp = 0;
  const supervisor = supervise(service, {
    label: 'PostgreSQL',
    say: (line) => lines.push(line),
    onGiveUp: () => (gaveUp += 1),
    policy,
    now: () => clock,
    sleep: async (ms) => {
      waits.push(ms);
      clock += ms;
    },
  });
  return { supervisor, lines, waits, gaveUp: () => gaveUp, tick: (ms: number) => (clock += ms) };
}

describe('supervise', () => {
  it('restarts a server that died, says so in Danish, and watches the new process', async () => {
    const service = fakeService();
    const h = harness(service);
    service.die();
    await settle();
    expect(service.restarts).toBe(1);
    expect(h.lines).toEqual(['PostgreSQL stoppede uventet (signal SIGKILL).', 'Genstarter PostgreSQL om 1 s (forsøg 1) …', 'PostgreSQL kører igen.']);
    h.tick(600_000);
    service.die('kode 1');
    await settle();
    expect(service.restarts).toBe(2);
    expect(h.waits).toEqual([1_000, 1_000]);
    await h.supervisor.stop();
  });

  it('backs off while restarts fail, and gives up loudly once the policy says so', async () => {
    const service = fakeService(10);
    const h = harness(service);
    service.die();
    await settle();
    expect(h.waits).toEqual([1_000, 2_000, 5_000, 5_000]);
    expect(service.restarts).toBe(4);
    expect(h.gaveUp()).toBe(1);
    expect(h.lines.at(-1)).toMatch(/^FEJL: PostgreSQL er stoppet 5 gange på kort tid; giver op/);
    expect(h.lines).toContain('PostgreSQL kunne ikke genstartes: port optaget');
    await h.supervisor.stop();
  });

  it('restarts nothing once stopped (the launcher is shutting down)', async () => {
    const service = fakeService();
    const h = harness(service);
    await h.supervisor.stop();
    service.die();
    await settle();
    expect(service.restarts).toBe(0);
    expect(h.lines).toEqual([]);
  });

  it('does not restart when stopped during the wait before a restart', async () => {
    const service = fakeService();
    let release: () => void = () => {};
    const supervisor = supervise(service, {
      label: 'Meilisearch',
      say: () => {},
      onGiveUp: () => {},
      sleep: () => new Promise<void>((r) => (release = r)),
    });
    service.die();
    await settle();
    await supervisor.stop();
    release();
    await settle();
    expect(service.restarts).toBe(0);
  });
});
