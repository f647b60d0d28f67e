/**
 * At most `limit` tasks at a time; the others wait their turn in order of arrival. Used around
 * the PostgreSQL fallback: one fallback search over 100 000 activities keeps its connections busy
 * for seconds, so when Meilisearch stalls under a burst and every search falls back at once, the
 * fallback would take the whole connection pool and the activity pages, bookings and referrals
 * (which need the same pool) would wait behind it. With a gate the searches wait for each other,
 * and the rest of the portal keeps working.
 */
export function concurrencyGate(limit: number) {
  let active = 0;
  const waiting: (() => void)[] = [];
  return async function gated<T>(task: () => Promise<T>): Promise<T> {
    if (active < limit) active++;
    // A finishing task hands its place straight to the next in line (active stays the same).
    else await new Promise<void>((resolve) => waiting.push(resolve));
    try {
      return await task();
    } finally {
      const next = waiting.shift();
      if (next) next();
      else active--;
    }
  };
}
