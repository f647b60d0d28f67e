import type { APIRoute } from 'astro';
import { db } from '../../../../lib/db';
import { hsdsItemResponse } from '../../../../lib/hsds/api/respond';

/** `GET /api/hsds/services/:id`: one exported activity as a fully nested HSDS service, else 404. */
export const GET: APIRoute = ({ url, request, params }) =>
  hsdsItemResponse('service', params.id, url, request.headers.get('accept-language'), { db: db() });
