import type { APIRoute } from 'astro';
import { db } from '../lib/db';
import { checkHealth, healthHttpStatus } from '../lib/health/health';
import { searchClient } from '../lib/search';

/** Liveness and readiness for load balancers and people: `{ status, db, search }`. */
export const GET: APIRoute = async () => {
  const health = await checkHealth({ db, search: searchClient });
  return Response.json(health, {
    status: healthHttpStatus(health),
    headers: { 'cache-control': 'no-store' },
  });
};
