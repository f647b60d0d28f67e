/** The referral forms of the back office: sent forms → the core's inputs, and what they choose from. */
export { idempotencyKeyOf, LIMITS, todayInCopenhagen } from './fields';
export { CONSENT_METHODS, CONTACT_WAYS, readNewReferral, sentValues, TARGET_KINDS, URGENCIES, type NewReferralResult, type NewReferralValues } from './new-referral';
export {
  activityGroups,
  type ActivityGroup,
  type ActivityOption,
  type AdministrationOption,
  findActivity,
  newReferralOptions,
  type NewReferralOptions,
  receiverNames,
  receiverText,
  type TermOption,
  termOptions,
} from './options';
export { readTransition, type TransitionForm, type TransitionResult } from './transition';
