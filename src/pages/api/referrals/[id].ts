import type { APIRoute } from 'astro';
import { db } from '../../../lib/db';
import { log } from '../../../lib/log/log';
import { readReferralResponse } from '../../../lib/referral-api';

/** `GET /api/referrals/[id]`: one referral with its timeline, for the token's administration only. */
export const GET: APIRoute = ({ request, params }) => readReferralResponse(request, params.id ?? '', { db: db(), log: log() });
