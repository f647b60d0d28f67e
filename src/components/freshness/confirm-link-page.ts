import type { AstroGlobal } from 'astro';
import { localePath } from '../../i18n';
import { db } from '../../lib/db';
import { confirmListing, findListing, type ListingRef, type ListingSummary, listingSummary, lookupConfirmToken } from '../../lib/freshness';
import { CONFIRM_LINK_LIMIT } from '../../lib/security/limits';
import { limitPage } from '../errors/too-many';

export type ConfirmLinkState =
  | { view: 'unknown' | 'expired' }
  | { view: 'done'; listing: ListingRef }
  | { view: 'form'; listing: ListingRef; summary: ListingSummary; action: string; editPath: string };

/** Where a member corrects the listing (the edit pages ask for a login first). */
function editPath(listing: ListingRef): string {
  return listing.kind === 'activity' ? `/forening/aktivitet/${listing.id}` : `/forening/${listing.id}/profil`;
}

/**
 * The page a confirm link in a reminder opens, in Danish or English. GET only shows the listing
 * and one button, because mail scanners open links (docs/decisions/009-confirm-links.md); the
 * button POSTs (CSRF by the visitor's cookie token, no login), confirms, and redirects to the thanks.
 */
export async function confirmLinkPage(Astro: AstroGlobal): Promise<ConfirmLinkState | Response> {
  const token = Astro.params.token ?? '';
  if (Astro.request.method === 'POST') {
    const limited = await limitPage(Astro, 'confirm-link', CONFIRM_LINK_LIMIT);
    if (limited) return limited;
  }
  const found = await lookupConfirmToken(db(), token);
  if (found.state !== 'valid') {
    Astro.response.status = found.state === 'expired' ? 410 : 404;
    return { view: found.state };
  }
  const listing = await findListing(db(), found.kind, found.listingId);
  if (!listing || listing.status === 'archived') {
    Astro.response.status = 404;
    return { view: 'unknown' };
  }
  const action = localePath(Astro.locals.locale, `/bekraeft/${token}`);
  if (Astro.request.method === 'POST') {
    if (!(await confirmListing(db(), { kind: listing.kind, listingId: listing.id, actor: Astro.locals.user, via: 'email' }))) {
      Astro.response.status = 404;
      return { view: 'unknown' };
    }
    return Astro.redirect(`${action}?tak=1`, 303);
  }
  if (Astro.url.searchParams.has('tak')) return { view: 'done', listing };
  return { view: 'form', listing, summary: await listingSummary(db(), listing), action, editPath: editPath(listing) };
}
