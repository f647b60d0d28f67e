import { z } from 'zod';
import type { Database } from '../../../db/client';
import { type Locale, translator } from '../../i18n';
import { citizenStatus, normaliseReference } from '../referral';

/** Look-ups per address per 15 minutes: enough for typing mistakes, too few to guess codes. */
export const STATUS_LIMIT = 10;
export const STATUS_WINDOW_SECONDS = 15 * 60;

/** The rate limit key of one address's look-ups. */
export function statusRateKey(ip: string): string {
  return `entrance-status:${ip}`;
}

/**
 * The status form: the code from the receipt (as people type it: "k7m 4qx 9td" is fine) and the
 * e-mail the citizen gave.
 */
export function statusSchema(locale: Locale) {
  const m = translator(locale);
  return z.object({
    reference: z
      .string({ error: m('entrance.status.error.reference') })
      .transform((v) => normaliseReference(v) ?? '')
      .refine((v) => v !== '', { error: m('entrance.status.error.reference') }),
    email: z
      .string({ error: m('entrance.status.error.email') })
      .trim()
      .toLowerCase()
      .refine((v) => v.length <= 200 && z.email().safeParse(v).success, { error: m('entrance.status.error.email') }),
  });
}

export type StatusQuery = z.infer<ReturnType<typeof statusSchema>>;

/** The status of the citizen's own referral, or null when the pair does not match (never which half is wrong). */
export async function lookUpStatus(db: Database, query: StatusQuery) {
  return citizenStatus(db, query.reference, query.email);
}
