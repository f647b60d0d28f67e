import type { APIRoute } from 'astro';
import { limitApi } from '../../../../components/errors/too-many';
import { config } from '../../../../lib/config/config';
import { db } from '../../../../lib/db';
import { hsdsListResponse } from '../../../../lib/hsds/api/respond';
import { log } from '../../../../lib/log/log';
import { searchClient } from '../../../../lib/search';
import { HSDS_LIMIT } from '../../../../lib/security/limits';

/** `GET /api/hsds/services?page=&per_page=&search=&modified_after=`: a page of HSDS services. */
export const GET: APIRoute = async (context) =>
  (await limitApi(context, 'hsds', HSDS_LIMIT)) ??
  hsdsListResponse('service', context.url, context.request.headers.get('accept-language'), {
    db: db(),
    client: searchClient(),
    prefix: config().MEILI_INDEX_PREFIX,
    log: log(),
  });
