import { z } from 'zod';
import { type Locale, t } from '../../i18n';
import { normalise } from '../referral/crypto';

/** Digits a phone number may have once normalised: a Danish number has 8, a foreign one up to 15 (E.164). */
const PHONE_DIGITS = { min: 8, max: 15 };

/**
 * The coordinator's search for one citizen: an e-mail, a phone number, or both (either finds the
 * citizen's referrals). The phone number is checked by its digits, as the keyed index compares it,
 * so "+45 12 34 56 78" and "12345678" are the same number.
 */
export function citizenQuerySchema(locale: Locale) {
  return z
    .object({
      email: z
        .string()
        .trim()
        .optional()
        .transform((v) => v || null)
        .refine((v) => v === null || (v.length <= 200 && z.email().safeParse(v).success), t(locale, 'privacy.citizen.error.email')),
      phone: z
        .string()
        .trim()
        .optional()
        .transform((v) => v || null)
        .refine((v) => {
          if (v === null) return true;
          const digits = normalise('phone', v);
          return v.length <= 40 && digits.length >= PHONE_DIGITS.min && digits.length <= PHONE_DIGITS.max;
        }, t(locale, 'privacy.citizen.error.phone')),
    })
    .superRefine((value, context) => {
      if (value.email === null && value.phone === null) {
        context.addIssue({ code: 'custom', path: ['email'], message: t(locale, 'privacy.citizen.error.missing') });
      }
    });
}

export type CitizenQueryInput = z.infer<ReturnType<typeof citizenQuerySchema>>;
