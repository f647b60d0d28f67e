/**
 * Pieces shared by the referral forms: limits, the CPR refusal, and dates in Copenhagen. The
 * messages are the user's words in the page's language, shown beside the field they concern.
 */
import { z } from 'zod';
import { type Locale, type PlainMessageKey, t } from '../../i18n';
import { isUuid } from '../admin/schemas';
import { findCprLike, REFERRAL_LIMITS } from '../referral';
import { wallClock } from '../schedule';

/** How long each free text may be: the core's limits, so the form never accepts what the core refuses. */
export const LIMITS = {
  name: REFERRAL_LIMITS.name,
  phone: REFERRAL_LIMITS.phone,
  email: REFERRAL_LIMITS.email,
  goodTimes: REFERRAL_LIMITS.goodTimes,
  needs: REFERRAL_LIMITS.needs,
  consentScope: REFERRAL_LIMITS.scope,
  note: REFERRAL_LIMITS.note,
  comment: REFERRAL_LIMITS.note,
} as const;

/** A per-form random key is base64url or a UUID; anything else is ignored rather than trusted. */
const IDEMPOTENCY_KEY = /^[A-Za-z0-9_-]{16,100}$/;

/** The idempotency key sent with the form, or null when there is none or it is malformed. */
export function idempotencyKeyOf(value: unknown): string | null {
  return typeof value === 'string' && IDEMPOTENCY_KEY.test(value) ? value : null;
}

/** Today's date in Copenhagen as `YYYY-MM-DD` (the value of a date field). */
export function todayInCopenhagen(now: Date = new Date()): string {
  const { year, month, day } = wallClock(now);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Whether `YYYY-MM-DD` is a real calendar date (not 2026-02-30). */
export function isCalendarDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** The zod pieces every referral form builds on, with messages in `locale`. */
export function fieldKit(locale: Locale) {
  const m = (key: PlainMessageKey) => t(locale, key);
  const tooLong = (max: number) => t(locale, 'referralUi.error.tooLong', { max });
  // A CPR number never belongs in a referral (data minimisation); say why, beside the field.
  const noCpr = <T extends z.ZodType<string | null>>(schema: T) => schema.refine((v) => v === null || !findCprLike(v), m('referral.error.cpr'));
  const text = (max: number) => z.string().trim().max(max, tooLong(max));
  const required = (key: PlainMessageKey, max: number) => noCpr(z.string({ error: m(key) }).trim().min(1, m(key)).max(max, tooLong(max)));
  const optional = (max: number) =>
    noCpr(
      text(max)
        .optional()
        .transform((v) => v || null),
    );
  const id = (key: PlainMessageKey) => z.string({ error: m(key) }).refine((v) => isUuid(v), m(key));
  return { m, text, required, optional, id, noCpr };
}
