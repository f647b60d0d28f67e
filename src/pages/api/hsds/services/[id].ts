import type { APIRoute } from 'astro';
import { limitApi } from '../../../../components/errors/too-many';
import { db } from '../../../../lib/db';
import { hsdsItemResponse } from '../../../../lib/hsds/api/respond';
import { HSDS_LIMIT } from '../../../../lib/security/limits';

/** `GET /api/hsds/services/:id`: one exported activity as a fully nested HSDS service, else 404. */
export const GET: APIRoute = async (context) =>
  (await limitApi(context, 'hsds', HSDS_LIMIT)) ??
  hsdsItemResponse('service', context.params.id, context.url, context.request.headers.get('accept-language'), { db: db() });
