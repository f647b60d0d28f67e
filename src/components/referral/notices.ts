/**
 * The notices of the referral pages after a redirect (post/redirect/get). Only known words come
 * from the query, so a crafted link cannot put text on the page.
 */
import { type Locale, t } from '../../i18n';
import { REFERRAL_ACTIONS, type ReferralAction } from '../../lib/referral/machine';

/** A notice above the page (BackOffice's `notices`). */
export interface Notice {
  text: string;
  kind: 'success' | 'info' | 'error';
}

/** The query a done action redirects with: `?udfoert=accept`. */
export function doneQuery(action: ReferralAction): string {
  return `?udfoert=${action}`;
}

/** What the query of a referral page asks to be said. */
export function noticesFromQuery(url: URL, locale: Locale): Notice[] {
  const q = url.searchParams;
  const notices: Notice[] = [];
  if (q.has('sendt')) notices.push({ kind: 'success', text: t(locale, q.get('sendt') === 'igen' ? 'referralUi.notice.sentBefore' : 'referralUi.notice.sent') });
  const done = q.get('udfoert');
  if (done && (REFERRAL_ACTIONS as readonly string[]).includes(done)) {
    notices.push({ kind: 'success', text: t(locale, `referralUi.notice.done.${done as ReferralAction}`) });
  }
  return notices;
}
