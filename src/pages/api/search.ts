import type { APIRoute } from 'astro';
import { limitApi } from '../../components/errors/too-many';
import { config } from '../../lib/config/config';
import { db } from '../../lib/db';
import { log } from '../../lib/log/log';
import { searchClient, searchFacetCache } from '../../lib/search';
import { searchApiResponse } from '../../lib/search/api';
import { SEARCH_LIMIT } from '../../lib/security/limits';

/** The search as JSON: `GET /api/search?q=&district=…` (documented in the README, "Search API"). */
export const GET: APIRoute = async (context) =>
  (await limitApi(context, 'search', SEARCH_LIMIT)) ??
  searchApiResponse(context.url, context.request.headers.get('accept-language'), {
    db: db(),
    client: searchClient(),
    prefix: config().MEILI_INDEX_PREFIX,
    log: log(),
    facetCache: searchFacetCache(),
  });
