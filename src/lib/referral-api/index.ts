/** The referral API for case systems: `POST /api/referrals`, `GET /api/referrals/[id]`, `POST /api/referrals/[id]/events`. */
export { API_LIMIT, API_WINDOW_SECONDS, type ApiDeps, createReferralResponse, readReferralResponse, referralEventResponse } from './handlers';
export { presentReferral, referralLinks } from './present';
