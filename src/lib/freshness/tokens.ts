import { eq, lt } from 'drizzle-orm';
import type { Database } from '../../../db/client';
import { verificationTokens } from '../../../db/schema';
import type { Queryable } from '../mail';
import { hashToken, newToken } from '../session/token';
import type { ListingKind } from './listing';

/** How long a confirm link in a reminder works: long enough for a board that meets once a month. */
export const CONFIRM_LINK_DAYS = 60;
const DAY_MS = 86_400_000;

/** A new confirm link for one listing; only the token's hash is stored. Returns the token for the link. */
export async function createConfirmToken(db: Queryable, kind: ListingKind, listingId: string, now = new Date()): Promise<string> {
  const token = newToken();
  await db.insert(verificationTokens).values({
    id: hashToken(token),
    listingKind: kind,
    listingId,
    createdAt: now,
    expiresAt: new Date(now.getTime() + CONFIRM_LINK_DAYS * DAY_MS),
  });
  return token;
}

export type ConfirmTokenLookup = { state: 'valid'; kind: ListingKind; listingId: string } | { state: 'expired' } | { state: 'unknown' };

/**
 * What a confirm link points to. A link may be used more than once until it expires (a second
 * board member may click it too); it proves only that the mail reached the association.
 */
export async function lookupConfirmToken(db: Database, token: string, now = new Date()): Promise<ConfirmTokenLookup> {
  // Tokens are 43 URL-safe characters; anything else is not worth a query.
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return { state: 'unknown' };
  const [row] = await db.select().from(verificationTokens).where(eq(verificationTokens.id, hashToken(token)));
  if (!row) return { state: 'unknown' };
  if (row.expiresAt <= now) return { state: 'expired' };
  return { state: 'valid', kind: row.listingKind, listingId: row.listingId };
}

/** Deletes links that expired more than 30 days ago (kept a while so that a late click says "expired", not "unknown"). */
export async function deleteOldConfirmTokens(db: Database, now = new Date()): Promise<void> {
  await db.delete(verificationTokens).where(lt(verificationTokens.expiresAt, new Date(now.getTime() - 30 * DAY_MS)));
}
