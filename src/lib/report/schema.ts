import { z } from 'zod';
import { type Locale, t } from '../../i18n';
import { PROBLEM_REASONS } from './reasons';

/** The longest text a reader may write: enough for an address and a phone number with an explanation. */
export const MESSAGE_MAX = 2000;

/** The honeypot: a field hidden from people; a form that fills it in is a robot's. */
export const HONEYPOT_FIELD = 'hjemmeside';

/**
 * What the "report a problem" form accepts, with messages in the page's language. The text is
 * required when the reason is "other" (the reason alone says nothing then); the e-mail is
 * optional, for an answer.
 */
export function reportSchema(locale: Locale) {
  return z
    .object({
      reason: z.enum(PROBLEM_REASONS, { error: t(locale, 'report.error.reason') }),
      message: z
        .string()
        .trim()
        .max(MESSAGE_MAX, t(locale, 'report.error.messageTooLong', { max: MESSAGE_MAX }))
        .default(''),
      email: z
        .string()
        .trim()
        .toLowerCase()
        .optional()
        .transform((v) => v || null)
        .refine((v) => v === null || (v.length <= 200 && z.email().safeParse(v).success), t(locale, 'report.error.email')),
    })
    .superRefine((value, context) => {
      if (value.reason === 'other' && value.message === '') {
        context.addIssue({ code: 'custom', path: ['message'], message: t(locale, 'report.error.messageRequired') });
      }
    });
}

export type ReportInput = z.infer<ReturnType<typeof reportSchema>>;

/** The resolution note staff write; required, so that the history and the reporter learn what was done. */
export function resolutionSchema(locale: Locale) {
  return z.object({
    reportId: z.uuid(t(locale, 'reports.error.unknown')),
    resolution: z
      .string({ error: t(locale, 'reports.error.resolution') })
      .trim()
      .min(1, t(locale, 'reports.error.resolution'))
      .max(MESSAGE_MAX, t(locale, 'report.error.messageTooLong', { max: MESSAGE_MAX })),
  });
}
