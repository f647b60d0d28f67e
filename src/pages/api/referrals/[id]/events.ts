import type { APIRoute } from 'astro';
import { db } from '../../../../lib/db';
import { log } from '../../../../lib/log/log';
import { referralEventResponse } from '../../../../lib/referral-api';

/** `POST /api/referrals/[id]/events`: accept, decline, forward, … a referral, as on its page. */
export const POST: APIRoute = ({ request, params }) => referralEventResponse(request, params.id ?? '', { db: db(), log: log() });
