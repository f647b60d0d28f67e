import type { EnqueuedTask, Meilisearch, Task } from 'meilisearch';

/** A Meilisearch task that did not succeed, with Meilisearch's own reason. */
export class SearchTaskError extends Error {
  constructor(readonly task: Task) {
    super(`Meilisearch-opgave ${task.uid} (${task.type} på ${task.indexUid ?? '-'}) ${task.status}: ${task.error?.message ?? ''}`);
    this.name = 'SearchTaskError';
  }
}

/**
 * Waits until every task is processed and throws if one did not succeed. meilisearch-js only
 * reports the status, and its default timeout (5 s) is too short for bulk imports.
 */
export async function waitSucceeded(
  client: Meilisearch,
  tasks: readonly (EnqueuedTask | number)[],
  timeoutMs = 120_000,
): Promise<void> {
  if (tasks.length === 0) return;
  const done = await client.tasks.waitForTasks(tasks, { timeout: timeoutMs, interval: 50 });
  const failed = done.find((t) => t.status !== 'succeeded');
  if (failed) throw new SearchTaskError(failed);
}
