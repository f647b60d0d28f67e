import type { APIRoute } from 'astro';
import { db } from '../../../lib/db';
import { log } from '../../../lib/log/log';
import { createReferralResponse } from '../../../lib/referral-api';

/** `POST /api/referrals`: a case system sends a referral (README "Referral API"). */
export const POST: APIRoute = ({ request }) => createReferralResponse(request, { db: db(), log: log() });
