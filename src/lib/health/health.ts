import type { Meilisearch } from 'meilisearch';
import type { Database } from '../../../db/client';

export type Part = 'ok' | 'down';
export interface Health {
  status: 'ok' | 'degraded' | 'down';
  db: Part;
  search: Part;
}

/** Resolves to false if `check` fails or takes longer than `ms`. */
async function within(ms: number, check: () => Promise<unknown>): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), ms);
  });
  try {
    return await Promise.race([
      Promise.resolve()
        .then(check)
        .then(
        () => true,
        () => false,
      ),
      timeout,
    ]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Checks the database and the search server. The portal is useful without search (it falls
 * back to PostgreSQL), so search down means degraded; database down means down.
 */
export async function checkHealth(deps: { db: () => Database; search: () => Meilisearch }): Promise<Health> {
  const [dbUp, searchUp] = await Promise.all([
    within(2_000, () => deps.db().$client`select 1`),
    within(2_000, async () => {
      const { status } = await deps.search().health();
      if (status !== 'available') throw new Error(status);
    }),
  ]);
  const part = (up: boolean): Part => (up ? 'ok' : 'down');
  return {
    status: !dbUp ? 'down' : searchUp ? 'ok' : 'degraded',
    db: part(dbUp),
    search: part(searchUp),
  };
}

/** HTTP status for a health answer: load balancers take an instance out when its database is gone. */
export function healthHttpStatus(health: Health): number {
  return health.db === 'ok' ? 200 : 503;
}
