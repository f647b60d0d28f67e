/**
 * What the grant form accepts, as a zod schema whose messages are the user's words in the page's
 * language. The amount is typed in kroner and comes out in øre.
 */
import { z } from 'zod';
import { type Locale, type PlainMessageKey, t } from '../../i18n';
import { type AmountError, parseKroner } from './money';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether a route parameter or form value can be an id at all (else 404/400 without asking the database). */
export function isUuid(value: string | null | undefined): value is string {
  return typeof value === 'string' && UUID.test(value);
}

/** The years a grant may be for (the database checks the same range). */
export const FIRST_YEAR = 2000;
export const LAST_YEAR = 2100;

const AMOUNT_KEYS: Record<AmountError, PlainMessageKey> = {
  required: 'grants.error.amount.required',
  format: 'grants.error.amount.format',
  decimals: 'grants.error.amount.decimals',
  zero: 'grants.error.amount.zero',
  tooLarge: 'grants.error.amount.tooLarge',
};

/** A year as typed ("2025") → 2025, or null when it is not a year of the range. */
export function parseYear(text: string | null | undefined): number | null {
  const trimmed = (text ?? '').trim();
  if (!/^[0-9]{4}$/.test(trimmed)) return null;
  const year = Number(trimmed);
  return year >= FIRST_YEAR && year <= LAST_YEAR ? year : null;
}

/**
 * The grant form: association, administration (the page fills in a coordinator's own before
 * parsing), year, amount in kroner, purpose (1–500 characters, spaces at the ends trimmed).
 */
export function grantSchema(locale: Locale) {
  const m = (key: PlainMessageKey) => t(locale, key);
  const id = (key: PlainMessageKey) => z.string({ error: m(key) }).trim().regex(UUID, m(key));
  return z.object({
    associationId: id('grants.error.association'),
    administrationId: id('grants.error.administration'),
    year: z
      .string({ error: m('grants.error.year') })
      .transform((v, ctx) => parseYear(v) ?? (ctx.addIssue({ code: 'custom', message: m('grants.error.year') }), z.NEVER)),
    amount: z.string({ error: m('grants.error.amount.required') }).transform((v, ctx) => {
      const parsed = parseKroner(v);
      if (parsed.ok) return parsed.ore;
      ctx.addIssue({ code: 'custom', message: m(AMOUNT_KEYS[parsed.error]) });
      return z.NEVER;
    }),
    purpose: z
      .string({ error: m('grants.error.purpose') })
      .trim()
      .min(1, m('grants.error.purpose'))
      .max(500, m('grants.error.purposeTooLong')),
  });
}

/** A parsed grant form: `amount` in øre. */
export type GrantInput = z.infer<ReturnType<typeof grantSchema>>;
