import type { APIRoute } from 'astro';
import { db } from '../lib/db';
import { checkHealth, healthHttpStatus } from '../lib/health/health';
import { RETRY_AFTER_SECONDS } from '../lib/log/failure';
import { searchClient } from '../lib/search';

/** Liveness and readiness for load balancers and people: `{ status, db, search }`. */
export const GET: APIRoute = async () => {
  const health = await checkHealth({ db, search: searchClient });
  const status = healthHttpStatus(health);
  return Response.json(health, {
    status,
    // While the database is down, say when to ask again, as the 503 pages do.
    headers: { 'cache-control': 'no-store', ...(status === 503 ? { 'Retry-After': String(RETRY_AFTER_SECONDS) } : {}) },
  });
};
