/**
 * The form of a new referral (/henvisninger/ny) → the core's NewReferralInput. Every rule the
 * sender can break is checked here so that its message stands beside its field; the core checks
 * the same rules again (CPR, consent, target), because the API and the citizen's entrance call it too.
 */
import { z } from 'zod';
import type { Locale } from '../../i18n';
import { isUuid } from '../admin/schemas';
import type { FieldErrors } from '../forms/validate';
import type { NewReferralInput } from '../referral';
import { zonedInstant } from '../schedule';
import { fieldKit, idempotencyKeyOf, isCalendarDate, LIMITS, todayInCopenhagen } from './fields';

export const TARGET_KINDS = ['activity', 'administration'] as const;
export const URGENCIES = ['normal', 'soon', 'urgent'] as const;
export const CONSENT_METHODS = ['oral', 'written', 'digital'] as const;
export const CONTACT_WAYS = ['phone', 'email'] as const;

/** The sent form as strings, to show it again as it was sent (plus the ticked terms). */
export interface NewReferralValues {
  values: Record<string, string>;
  termIds: string[];
}

export type NewReferralResult =
  | { ok: true; input: NewReferralInput }
  | ({ ok: false; errors: FieldErrors } & NewReferralValues);

function schema(locale: Locale, today: string) {
  const { m, required, optional, id, noCpr, text } = fieldKit(locale);
  const phone = noCpr(
    text(LIMITS.phone)
      .optional()
      .transform((v) => v || null),
  ).refine((v) => v === null || (/^\+?[0-9 ()-]+$/.test(v) && v.replace(/\D/g, '').length >= 8), m('referralUi.error.phone'));
  const email = text(LIMITS.email)
    .optional()
    .transform((v) => v?.toLowerCase() || null)
    .refine((v) => v === null || z.email().safeParse(v).success, m('referralUi.error.email'));
  return z
    .object({
      targetKind: z.enum(TARGET_KINDS, { error: m('referralUi.error.targetKind') }),
      activityId: z.string().optional(),
      administrationId: z.string().optional(),
      name: required('referralUi.error.name', LIMITS.name),
      phone,
      email,
      preferredContact: z.enum(CONTACT_WAYS, { error: m('referralUi.error.preferredContact') }),
      goodTimes: optional(LIMITS.goodTimes),
      needs: required('referralUi.error.needs', LIMITS.needs),
      termIds: z.array(id('referralUi.error.term')),
      urgency: z.enum(URGENCIES, { error: m('referralUi.error.urgency') }),
      consent: z.literal('true', { error: m('referralUi.error.consent') }),
      consentMethod: z.enum(CONSENT_METHODS, { error: m('referralUi.error.consentMethod') }),
      consentDate: z
        .string({ error: m('referralUi.error.consentDate') })
        .trim()
        .refine(isCalendarDate, m('referralUi.error.consentDate'))
        // ISO dates compare as text; consent given tomorrow has not been given.
        .refine((v) => v <= today, m('referralUi.error.consentFuture')),
      consentScope: required('referralUi.error.consentScope', LIMITS.consentScope),
      note: optional(LIMITS.note),
      idempotencyKey: z.string().optional().transform(idempotencyKeyOf),
    })
    .superRefine((form, ctx) => {
      const missing = (path: string, key: Parameters<typeof m>[0]) => ctx.addIssue({ code: 'custom', path: [path], message: m(key) });
      if (form.targetKind === 'activity' && !isUuid(form.activityId)) missing('activityId', 'referralUi.error.activity');
      if (form.targetKind === 'administration' && !isUuid(form.administrationId)) {
        missing('administrationId', 'referralUi.error.administration');
      }
      if (form.phone === null && form.email === null) missing('phone', 'referralUi.error.contact');
      else if (form.preferredContact === 'phone' && form.phone === null) missing('phone', 'referralUi.error.preferredPhone');
      else if (form.preferredContact === 'email' && form.email === null) missing('email', 'referralUi.error.preferredEmail');
    });
}

/** The values of a sent form, as strings, for showing it again (also after "Foreslå modtager"). */
export function sentValues(form: FormData): NewReferralValues {
  const values: Record<string, string> = {};
  for (const [key, value] of form.entries()) if (typeof value === 'string' && key !== '_csrf' && key !== 'termIds') values[key] = value;
  const termIds = form.getAll('termIds').filter((v): v is string => typeof v === 'string');
  return { values, termIds };
}

/**
 * Reads a sent new-referral form. `now` decides what "today" is for the consent date (the day of
 * consent is stored as its start in Copenhagen). On failure the first message of each field comes
 * back with the values as sent, so the form shows exactly what the sender wrote.
 */
export function readNewReferral(form: FormData, locale: Locale, now: Date = new Date()): NewReferralResult {
  const sent = sentValues(form);
  const result = schema(locale, todayInCopenhagen(now)).safeParse({ ...sent.values, termIds: sent.termIds });
  if (!result.success) {
    const errors: FieldErrors = {};
    for (const issue of result.error.issues) {
      // An unknown term is reported on the group (its first box carries the group's id).
      const field = String(issue.path[0] ?? 'form');
      errors[field] ??= issue.message;
    }
    return { ok: false, errors, ...sent };
  }
  const f = result.data;
  const [year, month, day] = f.consentDate.split('-').map(Number) as [number, number, number];
  return {
    ok: true,
    input: {
      target: f.targetKind === 'activity' ? { kind: 'activity', activityId: f.activityId! } : { kind: 'administration', administrationId: f.administrationId! },
      citizen: { name: f.name, phone: f.phone, email: f.email, preferredContact: f.preferredContact, goodTimes: f.goodTimes, needs: f.needs },
      consent: { method: f.consentMethod, givenAt: zonedInstant({ year, month, day }, { hour: 0, minute: 0 }), scope: f.consentScope },
      urgency: f.urgency,
      termIds: [...new Set(f.termIds)],
      noteToReceiver: f.note,
      purpose: 'help',
      idempotencyKey: f.idempotencyKey,
    },
  };
}
