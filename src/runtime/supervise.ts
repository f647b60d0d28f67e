/**
 * Supervision of the embedded PostgreSQL and Meilisearch that the launcher started itself
 * (decision 018): when one exits without being asked to, it is started again on the same port
 * and data directory, so that the URLs the app holds stay valid and the app recovers by itself.
 * Production names its services and spawns nothing, so nothing is supervised there.
 */

/** How soon to restart, and when to stop trying. */
export interface RestartPolicy {
  /** Wait before the 1st, 2nd, … restart among the recent failures; the last one repeats. */
  delaysMs: readonly number[];
  /** Failures longer ago than this are forgotten: a server that ran for a while starts afresh at the first delay. */
  windowMs: number;
  /** More failures than this within the window: give up. */
  maxFailures: number;
}

/** 1 s, 2 s, 5 s, 10 s, 30 s; six failures within five minutes is a server that will not stay up. */
export const DEFAULT_POLICY: RestartPolicy = {
  delaysMs: [1_000, 2_000, 5_000, 10_000, 30_000],
  windowMs: 5 * 60_000,
  maxFailures: 5,
};

export type Step = { action: 'restart'; delayMs: number; attempt: number } | { action: 'give-up'; failures: number };

/**
 * What to do after a failure, given the times of the failures so far (this one included; an
 * unexpected exit and a restart that did not come up both count). Pure, so it is tested alone.
 */
export function nextStep(failures: readonly number[], now: number, policy: RestartPolicy = DEFAULT_POLICY): Step {
  const recent = failures.filter((at) => now - at < policy.windowMs).length;
  if (recent > policy.maxFailures) return { action: 'give-up', failures: recent };
  const attempt = Math.max(recent, 1);
  return { action: 'restart', delayMs: policy.delaysMs[Math.min(attempt, policy.delaysMs.length) - 1] ?? 0, attempt };
}

/** A server process that can be watched and started again. */
export interface Supervisable {
  /** Resolves when the current server process exits, with how (e.g. "signal SIGKILL") for the log. */
  exited(): Promise<string>;
  /** Starts the server again on the same port and data directory; rejects if it did not come up. */
  restart(): Promise<void>;
}

export interface SuperviseOptions {
  /** The service's name in the log lines ("PostgreSQL"). */
  label: string;
  /** Writes one Danish line to the launcher's output. */
  say: (line: string) => void;
  /** Called once when the policy gives up; the service stays down. */
  onGiveUp: () => void;
  policy?: RestartPolicy;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

/** Stops supervising: no restart begins after this, and one under way is waited for. */
export interface Supervisor {
  stop(): Promise<void>;
}

/** How long stop() waits for a restart under way. */
const STOP_WAIT_MS = 60_000;

const describeError = (error: unknown) => (error instanceof Error ? error.message : String(error ?? 'ukendt årsag'));

/** Watches a service and restarts it after an unexpected exit, with the backoff of the policy. */
export function supervise(service: Supervisable, options: SuperviseOptions): Supervisor {
  const { label, say } = options;
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms).unref()));
  let stopped = false;
  let wake: () => void = () => {};
  const stopping = new Promise<void>((r) => (wake = r));
  const failures: number[] = [];

  /** Starts the service again until it comes up (true), or the policy gives up or we stop (false). */
  const bringBack = async (): Promise<boolean> => {
    for (;;) {
      const step = nextStep(failures, now(), options.policy);
      if (step.action === 'give-up') {
        say(`FEJL: ${label} er stoppet ${step.failures} gange på kort tid; giver op og genstarter den ikke igen.`);
        options.onGiveUp();
        return false;
      }
      say(`Genstarter ${label} om ${step.delayMs / 1000} s (forsøg ${step.attempt}) …`);
      await Promise.race([sleep(step.delayMs), stopping]);
      if (stopped) return false;
      try {
        await service.restart();
        say(`${label} kører igen.`);
        return true;
      } catch (error) {
        failures.push(now());
        say(`${label} kunne ikke genstartes: ${describeError(error)}`);
      }
    }
  };

  const loop = (async () => {
    while (!stopped) {
      const how = await Promise.race([service.exited(), stopping.then(() => undefined)]);
      if (stopped || how === undefined) return;
      failures.push(now());
      say(`${label} stoppede uventet (${how}).`);
      if (!(await bringBack())) return;
    }
  })();

  return {
    stop: async () => {
      stopped = true;
      wake();
      // A restart under way is waited for (then whoever stops the services stops the new
      // process too), but not forever: a server that hangs at start must not hang the shutdown.
      await Promise.race([loop.catch(() => {}), sleep(STOP_WAIT_MS)]);
    },
  };
}
