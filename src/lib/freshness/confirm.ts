import { and, eq, ne } from 'drizzle-orm';
import type { Database } from '../../../db/client';
import { listingHistory } from '../../../db/schema';
import type { SessionUser } from '../session/session';
import { findListing, type ListingKind, type ListingRef, listingTable } from './listing';

/** How a confirmation came: a member on the dashboard, or anyone holding the link from a reminder. */
export type ConfirmedVia = 'dashboard' | 'email';

/**
 * Records that the association says the listing is correct today: `last_verified_at` = now and
 * `stale_since` cleared (the outbox triggers reindex it, so it ranks normally again at once),
 * with a 'confirmed' entry in its history, in one transaction. Returns the listing, or null when
 * there is none or it is archived (nothing public to confirm).
 */
export async function confirmListing(
  db: Database,
  input: { kind: ListingKind; listingId: string; actor: SessionUser | null; via: ConfirmedVia; now?: Date },
): Promise<ListingRef | null> {
  const now = input.now ?? new Date();
  const table = listingTable(input.kind);
  return db.transaction(async (tx) => {
    const [updated] = await tx
      .update(table)
      .set({ lastVerifiedAt: now, staleSince: null, updatedAt: now })
      .where(and(eq(table.id, input.listingId), ne(table.status, 'archived')))
      .returning({ id: table.id });
    if (!updated) return null;
    const listing = await findListing(tx, input.kind, input.listingId);
    if (!listing) return null;
    await tx.insert(listingHistory).values({
      listingKind: input.kind,
      listingId: listing.id,
      associationId: listing.associationId,
      action: 'confirmed',
      // The link in a mail names no person: the history says how, not who.
      comment: input.via === 'email' ? 'Bekræftet med linket i påmindelsen på e-mail' : null,
      actorId: input.actor?.id ?? null,
      actorName: input.actor?.name ?? null,
      at: now,
    });
    return listing;
  });
}
