/**
 * The history of a listing (`/forening/historik/<kind>/<listingId>`): who did what, when, and what
 * changed. For the association's members, and for staff of the administration that reviews it.
 */
import type { AstroGlobal } from 'astro';
import { mayActForAssociation, mayReview } from '../../lib/access';
import { db } from '../../lib/db';
import { type HistoryEntry, type ListingKind, listHistory, loadValueNames, type ValueNames } from '../../lib/listing';
import type { EditableListing } from '../../lib/listing/forms';
import { guardListing } from './guard';

export interface HistoryPageProps {
  listing: EditableListing;
  entries: HistoryEntry[];
  names: ValueNames;
  /** Where "back" leads: the edit page for members, the review queue for staff. */
  back: string;
}

const KINDS: readonly ListingKind[] = ['association', 'activity'];

/** The history page, or a Response (login, 403), or null for 404. */
export async function historyPage(Astro: AstroGlobal): Promise<Response | HistoryPageProps | null> {
  const kind = Astro.params.kind as ListingKind;
  const guarded = KINDS.includes(kind)
    ? await guardListing(
        Astro,
        kind,
        Astro.params.listingId ?? '',
        (user, listing) => mayActForAssociation(user, listing.associationId) || mayReview(user, listing.administrationId),
      )
    : null;
  if (!guarded || guarded instanceof Response) {
    if (!guarded) Astro.response.status = 404;
    return guarded;
  }
  const { user, listing } = guarded;
  const [entries, names] = await Promise.all([listHistory(db(), kind, listing.id), loadValueNames(db())]);
  const member = mayActForAssociation(user, listing.associationId);
  const back = !member
    ? '/forvaltning/godkendelser'
    : kind === 'activity'
      ? `/forening/aktivitet/${listing.id}`
      : `/forening/${listing.id}/profil`;
  return { listing, entries, names, back };
}
