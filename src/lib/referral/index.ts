/**
 * The referral core: create, route, move through the fixed procedure, read (logged), list.
 * Pages, the API and the citizen's entrance call only these functions, so one set of rules holds
 * everywhere (docs/decisions/012-referrals.md). Errors are the typed classes of ./errors.
 */
export { isVisibleTo, type ReferralParties } from './actor';
export { citizenStatus } from './citizen';
export { findCprLike } from './cpr';
export { createReferral } from './create';
export { workingDaysAfter } from './days';
export * from './errors';
export { listInbox } from './inbox';
export { referralLink } from './mails';
export { getReferral, type ReadPurpose } from './read';
export { normaliseReference, referenceCode } from './reference';
export { receiverFor, suggestReceiver } from './route';
export { transitionReferral } from './transition';
export type * from './types';
export { LIMITS as REFERRAL_LIMITS } from './validate';
