import { sql } from 'drizzle-orm';
import type { Database } from '../../../db/client';
import { httpDuration, httpRequests, searchFallbacks } from './metrics';
import { type MetricFamily, renderPrometheus } from './prometheus';

/** Rows in the search outbox (each is deleted once Meilisearch has it) and the age of the oldest. */
export async function searchOutboxBacklog(db: Database): Promise<{ rows: number; oldestSeconds: number }> {
  const [row] = await db.$client<{ rows: number; oldest: number | null }[]>`
    select count(*)::int as rows, extract(epoch from now() - min(created_at))::float8 as oldest from search_outbox`;
  return { rows: row?.rows ?? 0, oldestSeconds: row?.oldest ?? 0 };
}

const gauge = (name: string, help: string, value: number): MetricFamily => ({ name, help, type: 'gauge', samples: [{ value }] });

/** Cheap facts about this Node process, as Prometheus's own clients name them. */
function processFamilies(): MetricFamily[] {
  const cpu = process.cpuUsage();
  const memory = process.memoryUsage();
  return [
    { name: 'process_cpu_seconds_total', help: 'CPU time used by this process, user and system.', type: 'counter', samples: [{ value: (cpu.user + cpu.system) / 1e6 }] },
    gauge('process_resident_memory_bytes', 'Resident memory of this process.', memory.rss),
    gauge('nodejs_heap_used_bytes', 'JavaScript heap in use.', memory.heapUsed),
    gauge('process_start_time_seconds', 'When this process started, in seconds since 1970.', Math.round(Date.now() / 1000 - process.uptime())),
  ];
}

/**
 * The whole `/metrics` document. The outbox backlog is read from the database now; when the
 * database does not answer, `indgang_database_up` is 0 and the backlog is left out rather than
 * the scrape failing (an alert on the backlog should not fire because the database is down).
 */
export async function scrapeMetrics(db: () => Database): Promise<string> {
  let backlog: { rows: number; oldestSeconds: number } | undefined;
  try {
    backlog = await searchOutboxBacklog(db());
  } catch {
    backlog = undefined;
  }
  const families: MetricFamily[] = [
    httpRequests.family(),
    httpDuration.family(),
    searchFallbacks.family(),
    gauge('indgang_database_up', 'Whether the database answered this scrape (1) or not (0).', backlog ? 1 : 0),
    ...(backlog
      ? [
          gauge('indgang_search_outbox_backlog', 'Listing changes not yet sent to Meilisearch (rows in search_outbox).', backlog.rows),
          gauge('indgang_search_outbox_oldest_seconds', 'Age of the oldest change not yet sent to Meilisearch (0 when none).', backlog.oldestSeconds),
        ]
      : []),
    ...processFamilies(),
  ];
  return renderPrometheus(families);
}
