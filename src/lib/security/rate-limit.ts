import { sql } from 'drizzle-orm';
import type { Database } from '../../../db/client';

export interface RateLimitResult {
  allowed: boolean;
  /** Seconds until the window ends (for Retry-After and the message). */
  retryAfterSeconds: number;
}

/**
 * Counts one hit on `key` in a fixed window shared by every app instance (one upsert in
 * PostgreSQL) and says whether it is within `limit`.
 */
export async function hitRateLimit(db: Database, key: string, limit: number, windowSeconds: number): Promise<RateLimitResult> {
  const rows = await db.execute<{ count: number; window_start: Date | string }>(sql`
    insert into rate_limits (key, window_start, count) values (${key}, now(), 1)
    on conflict (key) do update set
      count = case when rate_limits.window_start < now() - make_interval(secs => ${windowSeconds}) then 1 else rate_limits.count + 1 end,
      window_start = case when rate_limits.window_start < now() - make_interval(secs => ${windowSeconds}) then now() else rate_limits.window_start end
    returning count, window_start`);
  const row = rows[0];
  const count = Number(row?.count ?? 1);
  const started = new Date(row?.window_start ?? Date.now()).getTime();
  const retryAfterSeconds = Math.max(1, Math.ceil((started + windowSeconds * 1000 - Date.now()) / 1000));
  return { allowed: count <= limit, retryAfterSeconds };
}

/** Deletes windows that ended more than a day ago; run by the maintenance job. */
export async function deleteOldRateLimits(db: Database): Promise<void> {
  await db.execute(sql`delete from rate_limits where window_start < now() - interval '1 day'`);
}
