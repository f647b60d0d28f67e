import type { APIRoute } from 'astro';
import { hsdsRootResponse } from '../../../lib/hsds/api/respond';

/** `GET /api/hsds/`: the HSDS version and profile of this read-only Open Referral API (README "Open Referral"). */
export const GET: APIRoute = () => hsdsRootResponse();
