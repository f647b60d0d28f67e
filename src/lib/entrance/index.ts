/**
 * The citizen's own entrance (/indgang): the guided form, its spam protection, the routing of a
 * request to an administration, the receipt, and the status look-up by code and e-mail.
 */
export { administrationNames, choiceIds, type EntranceChoice, type EntranceChoices, loadEntranceChoices } from './choices';
export { type EntranceAnswers, entranceSchema, GOOD_TIMES_MAX, inFormOrder, NAME_MAX, NEEDS_MAX, RELATION_MAX, WHOLE_MUNICIPALITY } from './form';
export {
  checkFormToken,
  ENTRANCE_LIMIT,
  ENTRANCE_WINDOW_SECONDS,
  entranceRateKey,
  filledHoneypot,
  FORM_TOKEN_FIELD,
  type FormTokenCheck,
  HONEYPOT_FIELD,
  issueFormToken,
  MAX_FORM_AGE_SECONDS,
  MIN_FILL_SECONDS,
  readReceipt,
  type Receipt,
  receiptQuery,
} from './spam';
export { lookUpStatus, STATUS_LIMIT, STATUS_WINDOW_SECONDS, statusRateKey, statusSchema, type StatusQuery } from './status';
export { entranceReceiver, type EntranceReceiver, type EntranceResult, FALLBACK_RECEIVER, submitEntrance } from './submit';
