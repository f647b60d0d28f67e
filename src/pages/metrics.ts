import type { APIRoute } from 'astro';
import { config } from '../lib/config/config';
import { db } from '../lib/db';
import { mayReadMetrics } from '../lib/metrics/access';
import { PROMETHEUS_CONTENT_TYPE } from '../lib/metrics/prometheus';
import { scrapeMetrics } from '../lib/metrics/scrape';

/**
 * Prometheus metrics of this instance (README, "Operations: logs and metrics"). Only for a
 * scraper with METRICS_TOKEN or a logged-in administrator; anyone else gets the 404 page, as if
 * there were nothing here.
 */
export const GET: APIRoute = async ({ request, locals, rewrite }) => {
  const allowed = mayReadMetrics({ authorization: request.headers.get('authorization'), role: locals.user?.role, token: config().METRICS_TOKEN });
  if (!allowed) return rewrite('/404');
  return new Response(await scrapeMetrics(db), { headers: { 'content-type': PROMETHEUS_CONTENT_TYPE, 'cache-control': 'no-store' } });
};
