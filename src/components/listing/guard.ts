/**
 * The first steps of every association page and endpoint, in the order the project keeps: rate
 * limit (changes only), authenticate, load the listing (unknown → 404), authorise (its members).
 */
import type { APIContext, AstroGlobal } from 'astro';
import { allow, mayActForAssociation } from '../../lib/access';
import { db } from '../../lib/db';
import { type EditableListing, findEditableListing } from '../../lib/listing/forms';
import { ListingError, type ListingKind } from '../../lib/listing';
import { hitRateLimit } from '../../lib/security/rate-limit';
import type { SessionUser } from '../../lib/session';
import { requestIp } from '../account/request';
import { tooManyPage } from '../errors/too-many';

type Context = Pick<AstroGlobal | APIContext, 'locals' | 'url' | 'redirect' | 'rewrite' | 'request' | 'clientAddress'>;

/**
 * Saves per minute from one person (or, before login, one address): far more than a person types,
 * far fewer than a script sends. Per person, because a town hall's staff share one address.
 */
const SAVES_PER_MINUTE = 60;

/** A 429 when this person has sent too many changes this minute; null otherwise (and for reads). */
export async function editRateLimit(context: Context): Promise<Response | null> {
  if (context.request.method !== 'POST') return null;
  const hit = await hitRateLimit(db(), context.locals.user ? `edit:user:${context.locals.user.id}` : `edit:ip:${requestIp(context)}`, SAVES_PER_MINUTE, 60);
  return hit.allowed ? null : tooManyPage(context, hit);
}

/**
 * Rate limit, login, the listing and the member check for a listing's page. Returns the user and
 * listing; a Response to send (login, 403, 429); or null when there is no such listing (404).
 * `may` widens who may look (the history is open to the reviewing administration too).
 */
export async function guardListing(
  context: Context,
  kind: ListingKind,
  id: string,
  may: (user: SessionUser, listing: EditableListing) => boolean = (user, listing) => mayActForAssociation(user, listing.associationId),
): Promise<Response | { user: SessionUser; listing: EditableListing } | null> {
  const limited = await editRateLimit(context);
  if (limited) return limited;
  const signedIn = await allow(context);
  if (signedIn instanceof Response) return signedIn;
  const listing = await findEditableListing(db(), kind, id);
  if (!listing) return null;
  const user = await allow(context, (u) => may(u, listing));
  if (user instanceof Response) return user;
  return { user, listing };
}

/** Runs an engine call; its typed errors come back as values (shown to the user), others are thrown. */
export async function attempt<T>(call: () => Promise<T>): Promise<T | ListingError> {
  try {
    return await call();
  } catch (error) {
    if (error instanceof ListingError) return error;
    throw error;
  }
}
