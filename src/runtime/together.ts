import type { RunningService } from './embedded-postgres';

/**
 * Starts services side by side. If any fails, the ones that did start are stopped again and
 * the first failure is thrown, so that no half-started set is left running.
 */
export async function startTogether<T extends readonly Promise<RunningService | undefined>[]>(
  starts: T,
): Promise<{ [K in keyof T]: Awaited<T[K]> }> {
  const results = await Promise.allSettled(starts);
  const failure = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failure) {
    await stopAll(results.map((r) => (r.status === 'fulfilled' ? r.value : undefined)));
    throw failure.reason;
  }
  return results.map((r) => (r as PromiseFulfilledResult<unknown>).value) as { [K in keyof T]: Awaited<T[K]> };
}

/** Stops every running service, waiting for all even if one fails to stop. */
export async function stopAll(services: readonly (RunningService | undefined)[]): Promise<void> {
  await Promise.allSettled(services.map((s) => s?.stop()));
}
