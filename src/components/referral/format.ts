import { type Locale, t } from '../../i18n';

const DAY_MS = 86_400_000;

/** Whole days since `from` (0 on the day it was sent): the "age" column of the inbox. */
export function ageInDays(from: Date, now: Date): number {
  return Math.max(0, Math.floor((now.getTime() - from.getTime()) / DAY_MS));
}

/** "I dag", "1 dag", "12 dage". */
export function ageText(locale: Locale, from: Date, now: Date): string {
  const days = ageInDays(from, now);
  return days === 0 ? t(locale, 'referralUi.inbox.today') : t(locale, 'referralUi.inbox.days', { count: days });
}
