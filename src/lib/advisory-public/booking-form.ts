import { z } from 'zod';
import { type Locale, translator } from '../../i18n';
import type { Audience, BookingPerson } from '../advisory';
import { findCprLike } from '../referral';

/**
 * The booking form of an advisory session: a name, at least one way to reach the person, an
 * organisation when associations are invited, an optional note, and consent. Nothing else is
 * asked: the hosts need only to know who comes and how to tell them about changes.
 */
export const NAME_MAX = 120;
export const ORGANISATION_MAX = 120;
export const NOTE_MAX = 500;

/** The fields in the order the form shows them, so the error summary reads top to bottom. */
export const BOOKING_FIELDS = ['name', 'email', 'phone', 'organisation', 'note', 'consent'] as const;

/** Fields a person could type a CPR number into: refused there, as elsewhere on the site. */
const FREE_TEXT = ['name', 'organisation', 'note'] as const;

/** What a valid form gives the core. */
export interface BookingAnswers {
  person: BookingPerson;
  consent: true;
}

const optional = (max: number, message: string) =>
  z
    .string()
    .trim()
    .max(max, { error: message })
    .optional()
    .transform((v) => v || null);

/** Whether the form asks for an organisation: when associations are invited. */
export function asksOrganisation(audience: Audience): boolean {
  return audience !== 'citizens';
}

/**
 * The form's schema, with messages in the page's language. The organisation is required when
 * only associations are invited, optional when both are, and ignored for citizens' sessions.
 */
export function bookingSchema(locale: Locale, audience: Audience) {
  const m = translator(locale);
  return z
    .object({
      name: z
        .string({ error: m('advisoryPublic.error.name') })
        .trim()
        .min(1, { error: m('advisoryPublic.error.name') })
        .max(NAME_MAX, { error: m('advisoryPublic.error.tooLong', { max: NAME_MAX }) }),
      email: optional(200, m('advisoryPublic.error.email'))
        .transform((v) => v?.toLowerCase() ?? null)
        .refine((v) => v === null || z.email().safeParse(v).success, { error: m('advisoryPublic.error.email') }),
      phone: optional(30, m('advisoryPublic.error.phone')).refine((v) => v === null || (/^\+?[\d\s-]+$/.test(v) && v.replace(/\D/g, '').length >= 8), {
        error: m('advisoryPublic.error.phone'),
      }),
      organisation: optional(ORGANISATION_MAX, m('advisoryPublic.error.tooLong', { max: ORGANISATION_MAX })),
      note: optional(NOTE_MAX, m('advisoryPublic.error.tooLong', { max: NOTE_MAX })),
      consent: z.string().optional(),
    })
    .superRefine(
      (answers, context) => {
        const issue = (path: string, message: string) => context.addIssue({ code: 'custom', path: [path], message });
        if (!answers.email && !answers.phone) issue('email', m('advisoryPublic.error.contact'));
        if (audience === 'associations' && !answers.organisation) issue('organisation', m('advisoryPublic.error.organisation'));
        for (const field of FREE_TEXT) {
          const value = answers[field];
          if (typeof value === 'string' && findCprLike(value)) issue(field, m('advisoryPublic.error.cpr'));
        }
        if (answers.consent !== 'ja') issue('consent', m('advisoryPublic.error.consent'));
      },
      // Also when a field above is wrong, so that everything to correct shows at once.
      { when: () => true },
    )
    .transform(
      (answers): BookingAnswers => ({
        person: {
          name: answers.name,
          email: answers.email,
          phone: answers.phone,
          note: answers.note,
          organisation: asksOrganisation(audience) ? answers.organisation : null,
        },
        consent: true,
      }),
    );
}

/** The same errors in the order of the form. */
export function inBookingOrder(errors: Record<string, string>): Record<string, string> {
  const order: readonly string[] = BOOKING_FIELDS;
  const rank = (field: string) => (order.includes(field) ? order.indexOf(field) : order.length);
  return Object.fromEntries(Object.entries(errors).sort(([a], [b]) => rank(a) - rank(b)));
}
