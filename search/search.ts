import { MeilisearchApiError, MeilisearchError, MeilisearchRequestError, type Meilisearch } from 'meilisearch';
import type { Database } from '../db/client';
import { searchFallbacks } from '../src/lib/metrics/metrics';
import { withDisjunctiveFacets } from './disjunctive';
import { concurrencyGate } from './fallback/gate';
import { searchPostgres } from './fallback/postgres';
import { indexNames } from './indexes';
import type { FacetCache } from './query/facet-cache';
import { searchMeilisearch, SEARCH_TIMEOUT_MS } from './query/meilisearch';
import { referenceData } from './query/reference';
import type { SearchParams, SearchResponse } from './types';

/** The two methods of a pino logger that search uses; tests and scripts may pass `console`. */
export interface SearchLogger {
  warn(details: object, message: string): void;
  error(details: object, message: string): void;
}

export interface SearchDeps {
  db: Database;
  client: Meilisearch;
  prefix: string;
  /** Where to report a fallback; defaults to the console. */
  log?: SearchLogger;
  /** How long Meilisearch may take before PostgreSQL answers instead (default 5 s). */
  timeoutMs?: number;
  /** Recent facet counts to reuse for a few seconds (the running app passes one; tests count afresh). */
  facetCache?: FacetCache;
}

const consoleLogger: SearchLogger = {
  warn: (details, message) => console.warn(message, details),
  error: (details, message) => console.error(message, details),
};

/**
 * After Meilisearch failed to answer, searches go straight to PostgreSQL for a few seconds rather
 * than each waiting for the timeout again; then Meilisearch is tried again. Per client, per process:
 * nothing another instance needs to know.
 */
const PAUSE_AFTER_FAILURE_MS = 5_000;
const unreachableUntil = new WeakMap<Meilisearch, number>();

/**
 * Fallback searches running at once in this process: each holds two to four of the pool's ten connections
 * for up to seconds, so two leave the rest of the pool to pages and forms (see fallback/gate.ts).
 */
const FALLBACK_CONCURRENCY = 2;
const fallbackGate = concurrencyGate(FALLBACK_CONCURRENCY);

/** Whether Meilisearch could not answer at all (refused, timed out, failing): worth a pause. */
function isDown(error: MeilisearchError): boolean {
  return error instanceof MeilisearchRequestError || (error instanceof MeilisearchApiError && error.response.status >= 500);
}

/** An index not created yet (the first start, a reindex gone wrong): a missing service, not our bug. */
function isMissingIndex(error: MeilisearchError): boolean {
  return error instanceof MeilisearchApiError && error.cause?.code === 'index_not_found';
}

/**
 * Searches with Meilisearch and, when it cannot answer, with PostgreSQL (`source: 'postgres'`),
 * so that search keeps working while Meilisearch is down or being replaced.
 *
 * A request Meilisearch refuses as invalid (a filter on an attribute it does not know, say) is a
 * bug of ours, not of the citizen's: it is logged as an error and answered from PostgreSQL too,
 * because a citizen is better served by less precise results than by an error page. Tests assert
 * `source: 'meilisearch'`, so such a bug cannot hide behind the fallback. Errors that are not
 * Meilisearch's (a bug in our own mapping) are thrown.
 */
export async function search(deps: SearchDeps, params: SearchParams): Promise<SearchResponse> {
  const log = deps.log ?? consoleLogger;
  const reference = await referenceData(deps.db);
  // Why PostgreSQL answers (for /metrics): during the pause after a failure Meilisearch counts as down.
  let reason = 'down';
  if ((unreachableUntil.get(deps.client) ?? 0) <= Date.now()) {
    try {
      const names = indexNames(deps.prefix);
      const meili = { client: deps.client, names, timeoutMs: deps.timeoutMs ?? SEARCH_TIMEOUT_MS, facetCache: deps.facetCache };
      const counts = (p: SearchParams) => searchMeilisearch(meili, p, reference, { facetsOnly: true });
      return await withDisjunctiveFacets(await searchMeilisearch(meili, params, reference), params, counts);
    } catch (error) {
      if (!(error instanceof MeilisearchError)) throw error;
      if (isDown(error)) {
        unreachableUntil.set(deps.client, Date.now() + PAUSE_AFTER_FAILURE_MS);
        log.warn({ err: error }, 'Meilisearch svarer ikke; søgningen bruger PostgreSQL');
      } else if (isMissingIndex(error)) {
        reason = 'missing_index';
        log.warn({ err: error }, 'Søgeindekset findes ikke endnu; søgningen bruger PostgreSQL');
      } else {
        reason = 'refused';
        log.error({ err: error }, 'Meilisearch afviste søgningen; søgningen bruger PostgreSQL');
      }
    }
  }
  searchFallbacks.inc({ reason });
  const run = (p: SearchParams) => fallbackGate(() => searchPostgres(deps.db, p));
  return withDisjunctiveFacets(await run(params), params, run);
}
