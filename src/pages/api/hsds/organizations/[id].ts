import type { APIRoute } from 'astro';
import { db } from '../../../../lib/db';
import { hsdsItemResponse } from '../../../../lib/hsds/api/respond';

/** `GET /api/hsds/organizations/:id`: one published association as an HSDS organization, else 404. */
export const GET: APIRoute = ({ url, request, params }) =>
  hsdsItemResponse('organization', params.id, url, request.headers.get('accept-language'), { db: db() });
