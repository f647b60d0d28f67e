import type { Database } from '../../../db/client';
import { REFERRAL_ACTIONS, REFERRAL_REASONS, type ReferralAction, type ReferralReason } from '../referral/machine';
import type { NewReferralInput, TransitionInput } from '../referral/types';
import { activityIdFor, findAdministrationId, termIdsFor } from './lookup';

/**
 * Reading the JSON bodies of the API into the core's inputs. Only the shape is checked here (an
 * object where one is expected, names resolved to ids); the rules (required fields, lengths,
 * e-mail, consent, CPR) are the core's, so that the API and the pages refuse the same things.
 */
export type BodyProblem =
  | { field: string; key: `referralApi.error.${'body' | 'target' | 'action' | 'version' | 'forwardTo'}` }
  | { field: string; key: `referral.invalid.${'required' | 'choice' | 'unknownTerm' | 'tooLong'}` };

export type BodyResult<T> = { ok: true; value: T } | ({ ok: false } & BodyProblem);

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
/** A string as given, or null for anything else (the core then says the field is required or wrong). */
const str = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/** The longest comment on an event, as in the pages. */
export const COMMENT_MAX = 2000;

/** `POST /api/referrals`: the body and the Idempotency-Key header as the core's new referral. */
export async function readNewReferral(db: Database, body: unknown, idempotencyKey: string | null): Promise<BodyResult<NewReferralInput>> {
  if (!isObject(body)) return { ok: false, field: 'body', key: 'referralApi.error.body' };
  const { target, citizen, consent } = body;
  const activity = isObject(target) ? str(target.activity) : null;
  const administration = isObject(target) ? str(target.administration) : null;
  if (!isObject(target) || (activity === null) === (administration === null)) return { ok: false, field: 'target', key: 'referralApi.error.target' };
  if (!isObject(citizen)) return { ok: false, field: 'citizen', key: 'referral.invalid.required' };
  if (!isObject(consent)) return { ok: false, field: 'consent', key: 'referral.invalid.required' };
  const terms = body.terms ?? [];
  if (!Array.isArray(terms) || !terms.every((term) => typeof term === 'string')) return { ok: false, field: 'terms', key: 'referral.invalid.choice' };
  const termIds = await termIdsFor(db, terms);
  if (!termIds) return { ok: false, field: 'terms', key: 'referral.invalid.unknownTerm' };
  const givenAt = str(consent.givenAt);
  return {
    ok: true,
    value: {
      target: activity !== null ? { kind: 'activity', activityId: await activityIdFor(db, activity) } : { kind: 'administration', administrationId: (await findAdministrationId(db, administration!)) ?? administration! },
      citizen: {
        name: str(citizen.name) ?? '',
        phone: str(citizen.phone),
        email: str(citizen.email),
        // Anything else than the two values is refused by the core as "choose one".
        preferredContact: str(citizen.preferredContact) as 'phone' | 'email',
        goodTimes: str(citizen.goodTimes),
        needs: str(citizen.needs) ?? '',
      },
      consent: {
        method: str(consent.method) as NewReferralInput['consent']['method'],
        // An invalid date stays invalid, and the core refuses it as one.
        givenAt: new Date(givenAt ?? Number.NaN),
        scope: str(consent.scope) ?? '',
      },
      urgency: (body.urgency === undefined ? 'normal' : str(body.urgency)) as NewReferralInput['urgency'],
      purpose: (body.purpose === undefined ? 'help' : str(body.purpose)) as NewReferralInput['purpose'],
      termIds,
      noteToReceiver: str(body.noteToReceiver),
      idempotencyKey,
    },
  };
}

/** `POST /api/referrals/[id]/events`: the body as the core's transition. */
export async function readEvent(db: Database, referralId: string, body: unknown): Promise<BodyResult<TransitionInput>> {
  if (!isObject(body)) return { ok: false, field: 'body', key: 'referralApi.error.body' };
  const action = str(body.action);
  if (!action || !(REFERRAL_ACTIONS as readonly string[]).includes(action)) return { ok: false, field: 'action', key: 'referralApi.error.action' };
  const reason = body.reason ?? null;
  if (reason !== null && !(REFERRAL_REASONS as readonly unknown[]).includes(reason)) return { ok: false, field: 'reason', key: 'referral.invalid.choice' };
  const comment = body.comment ?? null;
  if (comment !== null && typeof comment !== 'string') return { ok: false, field: 'comment', key: 'referral.invalid.choice' };
  if (typeof comment === 'string' && comment.length > COMMENT_MAX) return { ok: false, field: 'comment', key: 'referral.invalid.tooLong' };
  const forwardTo = body.forwardTo ?? null;
  if (forwardTo !== null && typeof forwardTo !== 'string') return { ok: false, field: 'forwardTo', key: 'referralApi.error.forwardTo' };
  const forwardToId = forwardTo === null ? null : await findAdministrationId(db, forwardTo);
  if (forwardTo !== null && !forwardToId) return { ok: false, field: 'forwardTo', key: 'referralApi.error.forwardTo' };
  const expectedVersion = body.expectedVersion ?? null;
  if (expectedVersion !== null && !(Number.isInteger(expectedVersion) && (expectedVersion as number) > 0)) {
    return { ok: false, field: 'expectedVersion', key: 'referralApi.error.version' };
  }
  return {
    ok: true,
    value: {
      referralId,
      action: action as ReferralAction,
      reason: reason as ReferralReason | null,
      comment: comment?.trim() || null,
      forwardTo: forwardToId,
      expectedVersion: expectedVersion as number | null,
    },
  };
}
