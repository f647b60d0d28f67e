import { z } from 'zod';
import { type Locale, translator } from '../../i18n';
import { findCprLike } from '../referral';

/** The whole municipality, as the district answer "Hele kommunen". */
export const WHOLE_MUNICIPALITY = 'hele-kommunen';

/** Limits that keep the form short: the receiver calls the citizen for the rest. */
export const NAME_MAX = 120;
export const RELATION_MAX = 80;
export const GOOD_TIMES_MAX = 200;
export const NEEDS_MAX = 600;

/** The fields a CPR number could be typed into; a CPR-like text is refused in each (the page explains why). */
const FREE_TEXT = ['name', 'relation', 'goodTimes', 'needs'] as const;

/** What the form may offer: the categories and districts of the directory (ids and slugs). */
export interface EntranceChoiceIds {
  termIds: readonly string[];
  districtSlugs: readonly string[];
}

const text = (max: number, message: string) =>
  z
    .string()
    .trim()
    .max(max, { error: message })
    .optional()
    .transform((v) => v || null);

/**
 * The citizen's guided form: what (help or volunteering, and about what), where, for whom, how to
 * reach them, their own words, and consent. Messages in the page's language, beside each field.
 */
export function entranceSchema(locale: Locale, choices: EntranceChoiceIds) {
  const m = translator(locale);
  return z
    .object({
      purpose: z.enum(['help', 'volunteer'], { error: m('entrance.error.purpose') }),
      terms: z.array(z.string()).refine((ids) => ids.every((id) => choices.termIds.includes(id)), { error: m('entrance.error.terms') }),
      district: z.string({ error: m('entrance.error.district') }).refine((v) => v === WHOLE_MUNICIPALITY || choices.districtSlugs.includes(v), {
        error: m('entrance.error.district'),
      }),
      forWhom: z.enum(['self', 'other'], { error: m('entrance.error.forWhom') }),
      relation: text(RELATION_MAX, m('entrance.error.tooLong', { max: RELATION_MAX })),
      name: z
        .string({ error: m('entrance.error.name') })
        .trim()
        .min(1, { error: m('entrance.error.name') })
        .max(NAME_MAX, { error: m('entrance.error.tooLong', { max: NAME_MAX }) }),
      phone: text(30, m('entrance.error.phone')).refine((v) => v === null || (/^\+?[\d\s-]+$/.test(v) && v.replace(/\D/g, '').length >= 8), { error: m('entrance.error.phone') }),
      email: text(200, m('entrance.error.email'))
        .transform((v) => v?.toLowerCase() ?? null)
        .refine((v) => v === null || z.email().safeParse(v).success, { error: m('entrance.error.email') }),
      preferredContact: z.enum(['phone', 'email'], { error: m('entrance.error.preferredContact') }),
      goodTimes: text(GOOD_TIMES_MAX, m('entrance.error.tooLong', { max: GOOD_TIMES_MAX })),
      needs: text(NEEDS_MAX, m('entrance.error.tooLong', { max: NEEDS_MAX })),
      consent: z.string().optional(),
    })
    .superRefine(
      (answers, context) => {
        const issue = (path: string, message: string) => context.addIssue({ code: 'custom', path: [path], message });
        if (answers.consent !== 'ja') issue('consent', m('entrance.error.consent'));
        if (answers.forWhom === 'other' && !answers.relation) issue('relation', m('entrance.error.relation'));
        if (!answers.phone && !answers.email) issue('phone', m('entrance.error.contact'));
        else if (answers.preferredContact === 'phone' && !answers.phone) issue('phone', m('entrance.error.preferredPhone'));
        else if (answers.preferredContact === 'email' && !answers.email) issue('email', m('entrance.error.preferredEmail'));
        for (const field of FREE_TEXT) {
          const value = answers[field];
          if (typeof value === 'string' && findCprLike(value)) issue(field, m('entrance.error.cpr'));
        }
      },
      // Also when a field above is wrong: the citizen sees everything to correct at once. Values
      // of fields that failed are then as sent, hence the plain checks.
      { when: () => true },
    )
    // A relation typed before switching back to "myself" is not the citizen's answer.
    .transform((answers) => (answers.forWhom === 'self' ? { ...answers, relation: null } : answers));
}

/** The fields in the order the form shows them, so the error summary lists them top to bottom. */
const FIELD_ORDER = ['purpose', 'terms', 'district', 'forWhom', 'relation', 'name', 'phone', 'email', 'preferredContact', 'goodTimes', 'needs', 'consent'];

/** The same errors in the order of the form. */
export function inFormOrder(errors: Record<string, string>): Record<string, string> {
  const rank = (field: string) => (FIELD_ORDER.includes(field) ? FIELD_ORDER.indexOf(field) : FIELD_ORDER.length);
  return Object.fromEntries(Object.entries(errors).sort(([a], [b]) => rank(a) - rank(b)));
}

export type EntranceAnswers = z.infer<ReturnType<typeof entranceSchema>>;
