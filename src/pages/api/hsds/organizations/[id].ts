import type { APIRoute } from 'astro';
import { limitApi } from '../../../../components/errors/too-many';
import { db } from '../../../../lib/db';
import { hsdsItemResponse } from '../../../../lib/hsds/api/respond';
import { HSDS_LIMIT } from '../../../../lib/security/limits';

/** `GET /api/hsds/organizations/:id`: one published association as an HSDS organization, else 404. */
export const GET: APIRoute = async (context) =>
  (await limitApi(context, 'hsds', HSDS_LIMIT)) ??
  hsdsItemResponse('organization', context.params.id, context.url, context.request.headers.get('accept-language'), { db: db() });
