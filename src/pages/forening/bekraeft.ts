/**
 * POST /forening/bekraeft: a member confirms from the dashboard that a listing of their
 * association is still correct (components/freshness/ConfirmListing.astro), and goes back to
 * where they were, with `bekraeftet=<id>` so that the button there can say it is done.
 */
import type { APIRoute } from 'astro';
import { allow, mayActForAssociation, safeNextPath } from '../../lib/access';
import { db } from '../../lib/db';
import { confirmListing, findListing, listingReference } from '../../lib/freshness';

export const POST: APIRoute = async (context) => {
  const user = await allow(context);
  if (user instanceof Response) return user;
  // Read from a copy: a refusal below is a rewrite to the 403 or 404 page, which needs the request unread.
  const form = await context.request.clone().formData().catch(() => new FormData());
  const sent = listingReference(form.get('kind'), form.get('listingId'));
  if (!sent) return context.rewrite('/404');
  const listing = await findListing(db(), sent.kind, sent.id);
  if (!listing) return context.rewrite('/404');
  const allowed = await allow(context, (u) => mayActForAssociation(u, listing.associationId));
  if (allowed instanceof Response) return allowed;

  if (!(await confirmListing(db(), { kind: listing.kind, listingId: listing.id, actor: user, via: 'dashboard' }))) return context.rewrite('/404');
  const back = new URL(safeNextPath(String(form.get('back') ?? ''), '/forening'), context.url);
  back.searchParams.set('bekraeftet', listing.id);
  back.hash = `bekraeft-${listing.id}`;
  return context.redirect(`${back.pathname}${back.search}${back.hash}`, 303);
};
