import { Counter, Histogram } from './prometheus';

/**
 * The metrics this app instance counts while it serves. Routes are Astro's route patterns
 * (`/aktiviteter/[slug]`), never the path asked for, so that the number of series stays bounded
 * whatever addresses people or robots try.
 */
export const httpRequests = new Counter('indgang_http_requests_total', 'HTTP requests answered, by method, route pattern and status.');

/** From 5 ms to 10 s: a page from memory to a fallback search over 100 000 activities. */
export const httpDuration = new Histogram(
  'indgang_http_request_duration_seconds',
  'Time from receiving a request to handing the response to the server (a streamed body may take longer), by route pattern.',
  [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
);

/** Counted in search/search.ts each time a search is answered by PostgreSQL instead of Meilisearch. */
export const searchFallbacks = new Counter(
  'indgang_search_fallbacks_total',
  'Searches answered by PostgreSQL because Meilisearch could not (reason: down, missing_index, refused).',
);

/** Records one answered request. `route` must be a route pattern or a fixed word. */
export function recordRequest(method: string, route: string, status: number, seconds: number): void {
  httpRequests.inc({ method: knownMethod(method), route, status: String(status) });
  httpDuration.observe({ route }, seconds);
}

/** Anything but the usual methods is one label value, so that invented methods add no series. */
function knownMethod(method: string): string {
  return ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'].includes(method) ? method : 'OTHER';
}
