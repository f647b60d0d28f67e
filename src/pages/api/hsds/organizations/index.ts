import type { APIRoute } from 'astro';
import { config } from '../../../../lib/config/config';
import { db } from '../../../../lib/db';
import { hsdsListResponse } from '../../../../lib/hsds/api/respond';
import { log } from '../../../../lib/log/log';
import { searchClient } from '../../../../lib/search';

/** `GET /api/hsds/organizations?page=&per_page=&search=&modified_after=`: a page of HSDS organizations. */
export const GET: APIRoute = ({ url, request }) =>
  hsdsListResponse('organization', url, request.headers.get('accept-language'), {
    db: db(),
    client: searchClient(),
    prefix: config().MEILI_INDEX_PREFIX,
    log: log(),
  });
