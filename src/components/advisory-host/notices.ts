/**
 * The notices of the advisory pages after a redirect (post/redirect/get). Only known words come
 * from the query, so a crafted link cannot put text on the page.
 */
import { type Locale, t } from '../../i18n';

/** A notice above the page (the shape BackOffice.astro takes). */
export interface Notice {
  text: string;
  kind: 'success' | 'info' | 'error';
}

/** What the query of the list and bookings pages asks to be said. */
export function noticesFromQuery(url: URL, locale: Locale): Notice[] {
  const q = url.searchParams;
  const notices: Notice[] = [];
  const created = Number(q.get('oprettet'));
  if (Number.isInteger(created) && created > 0 && created <= 53) notices.push({ kind: 'success', text: t(locale, 'advisoryHost.notice.created', { count: created }) });
  const saved = q.get('gemt');
  if (saved === 'this' || saved === 'future') notices.push({ kind: 'success', text: t(locale, saved === 'this' ? 'advisoryHost.notice.saved' : 'advisoryHost.notice.savedFuture') });
  const cancelled = q.get('aflyst');
  if (cancelled === 'this' || cancelled === 'future') {
    notices.push({ kind: 'success', text: t(locale, cancelled === 'this' ? 'advisoryHost.notice.cancelled' : 'advisoryHost.notice.cancelledFuture') });
  }
  if (q.get('fremmoede') === '1') notices.push({ kind: 'success', text: t(locale, 'advisoryHost.attendance.saved') });
  return notices;
}
