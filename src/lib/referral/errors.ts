import type { TransitionRefusal } from './machine';

/**
 * Errors of the referral core. Each carries the catalogue key of what the user should read
 * (Danish and English in src/i18n/areas/referral.ts); pages and the API map them to that message
 * and an HTTP status (`status`), logs keep the detail in `message`. No detail ever holds personal
 * data: only ids, references and statuses.
 */
export type ReferralErrorKey =
  | 'referral.error.notFound'
  | `referral.refusal.${TransitionRefusal}`
  | 'referral.error.stale'
  | 'referral.error.cpr'
  | 'referral.error.invalidTarget'
  | 'referral.error.notAllowed'
  | `referral.invalid.${InvalidProblem}`;

/** What is wrong with a field of a new referral (each has a message with `{field}` in the catalogue). */
export type InvalidProblem = 'required' | 'tooLong' | 'email' | 'phone' | 'preferredMissing' | 'consentDate' | 'unknownTerm' | 'choice';

/** Base class: `messageKey` is what the user reads, `status` the HTTP answer, `message` the log line. */
export class ReferralError extends Error {
  constructor(
    readonly messageKey: ReferralErrorKey,
    readonly status: 400 | 403 | 404 | 409,
    detail: string,
  ) {
    super(detail);
    this.name = new.target.name;
  }
}

/** Unknown, or not visible to the actor: the two are never told apart (404). */
export class ReferralNotFound extends ReferralError {
  constructor(detail: string) {
    super('referral.error.notFound', 404, detail);
  }
}

/** The state machine refused the action (wrong state, wrong side, reason or target missing). */
export class TransitionRefused extends ReferralError {
  constructor(
    readonly refusal: TransitionRefusal,
    detail: string,
  ) {
    // A missing reason, comment or target is the sender's input (400); the rest is a conflict with the current state.
    super(`referral.refusal.${refusal}`, refusal === 'not_allowed_from_status' || refusal === 'wrong_side' ? 409 : 400, detail);
  }
}

/** Someone else changed the referral after the actor opened it (409): reload and look again. */
export class StaleReferral extends ReferralError {
  constructor(detail: string) {
    super('referral.error.stale', 409, detail);
  }
}

/** Text that looks like a CPR number: refused everywhere, with an explanation (400). */
export class CprRefused extends ReferralError {
  constructor(readonly field: string) {
    super('referral.error.cpr', 400, `CPR-like text in ${field}`);
  }
}

/** The activity or administration referred to does not exist, is not published or takes no referrals (400). */
export class InvalidTarget extends ReferralError {
  constructor(detail: string) {
    super('referral.error.invalidTarget', 400, detail);
  }
}

/** The actor may not do this (e.g. a member sending a referral, an admin acting on one) (403). */
export class NotAllowed extends ReferralError {
  constructor(detail: string) {
    super('referral.error.notAllowed', 403, detail);
  }
}

/** Input that breaks a rule of the core (missing name, contact, consent, needs too long) (400). */
export class InvalidReferral extends ReferralError {
  constructor(
    /** The input's path, e.g. `citizen.needs`, `consent.scope`: pages put the message beside that field. */
    readonly field: string,
    readonly problem: InvalidProblem,
  ) {
    super(`referral.invalid.${problem}`, 400, `invalid ${field}: ${problem}`);
  }
}
