/**
 * The action forms of a referral (accept, decline, forward, contacted, started, not started,
 * close) → the core's TransitionInput. Each form carries the `version` the actor saw, so that a
 * change made meanwhile by someone else is refused as stale instead of silently overwritten.
 */
import { z } from 'zod';
import type { Locale } from '../../i18n';
import { isUuid } from '../admin/schemas';
import type { FieldErrors } from '../forms/validate';
import { REFERRAL_ACTIONS, REFERRAL_REASONS, RULES, type ReferralAction } from '../referral/machine';
import type { TransitionInput } from '../referral';
import { fieldKit, LIMITS } from './fields';

export type TransitionForm = Omit<TransitionInput, 'referralId'> & { action: ReferralAction; expectedVersion: number };

export type TransitionResult =
  | { ok: true; transition: TransitionForm }
  | { ok: false; action: ReferralAction | null; errors: FieldErrors; values: Record<string, string> };

function schema(locale: Locale) {
  const { m, optional } = fieldKit(locale);
  return z
    .object({
      action: z.enum(REFERRAL_ACTIONS, { error: m('referralUi.error.action') }),
      version: z
        .string({ error: m('referralUi.error.action') })
        .regex(/^[1-9][0-9]{0,8}$/, m('referralUi.error.action'))
        .transform(Number),
      reason: z.enum(REFERRAL_REASONS, { error: m('referralUi.error.reason') }).optional(),
      comment: optional(LIMITS.comment),
      forwardTo: z.string().optional(),
    })
    .superRefine((form, ctx) => {
      const rule = RULES[form.action];
      // Only what this action needs is checked: a reason left in another form does not matter.
      if (rule.needsReason && !form.reason) ctx.addIssue({ code: 'custom', path: ['reason'], message: m('referralUi.error.reason') });
      if (rule.needsReason && form.reason === 'other' && !form.comment) {
        ctx.addIssue({ code: 'custom', path: ['comment'], message: m('referralUi.error.commentForOther') });
      }
      if (rule.needsTarget && !isUuid(form.forwardTo)) {
        ctx.addIssue({ code: 'custom', path: ['forwardTo'], message: m('referralUi.error.forwardTo') });
      }
    });
}

/**
 * Reads one sent action form. On failure the action (when known) says which form to show the
 * errors in, because the detail page has one form per action and each has its own fields.
 */
export function readTransition(form: FormData, locale: Locale): TransitionResult {
  const values: Record<string, string> = {};
  for (const [key, value] of form.entries()) if (typeof value === 'string' && key !== '_csrf') values[key] = value;
  // An empty select sends "": the same as not choosing.
  const input = Object.fromEntries(Object.entries(values).filter(([, v]) => v !== ''));
  const result = schema(locale).safeParse(input);
  if (!result.success) {
    const errors: FieldErrors = {};
    for (const issue of result.error.issues) errors[String(issue.path[0] ?? 'form')] ??= issue.message;
    const action = (REFERRAL_ACTIONS as readonly string[]).includes(values.action ?? '') ? (values.action as ReferralAction) : null;
    return { ok: false, action, errors, values };
  }
  const { action, version, reason, comment, forwardTo } = result.data;
  const rule = RULES[action];
  return {
    ok: true,
    transition: {
      action,
      expectedVersion: version,
      reason: rule.needsReason ? (reason ?? null) : null,
      comment,
      forwardTo: rule.needsTarget ? (forwardTo ?? null) : null,
    },
  };
}
