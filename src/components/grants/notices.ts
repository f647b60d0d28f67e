/**
 * The notices of the grants pages after a redirect (post/redirect/get). Only known words come
 * from the query, so a crafted link cannot put text on the page.
 */
import { type Locale, t } from '../../i18n';

/** A notice above the page (the shape BackOffice.astro takes). */
export interface Notice {
  text: string;
  kind: 'success' | 'info' | 'error';
}

/** What the query asks to be said: `oprettet`, `gemt`, `slettet`. */
export function grantNotices(url: URL, locale: Locale): Notice[] {
  const q = url.searchParams;
  const notices: Notice[] = [];
  if (q.has('oprettet')) notices.push({ kind: 'success', text: t(locale, 'grants.notice.created') });
  if (q.has('gemt')) notices.push({ kind: 'success', text: t(locale, 'grants.notice.saved') });
  if (q.has('slettet')) notices.push({ kind: 'success', text: t(locale, 'grants.notice.deleted') });
  return notices;
}
