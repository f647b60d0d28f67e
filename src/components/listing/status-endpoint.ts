/**
 * `POST /forening/aktivitet/<id>/status` and `POST /forening/<id>/status`: send a draft for
 * approval, pause, resume, withdraw the waiting changes, or archive (only with "Ja, arkivér"
 * ticked). Always answers with a redirect back to the listing's page and a notice, so that it
 * works as a plain form without JavaScript.
 */
import type { APIContext } from 'astro';
import { db } from '../../lib/db';
import { type ListingKind, loadProposedValues, setListingStatus, submitForPublication, withdrawRevision } from '../../lib/listing';
import type { SessionUser } from '../../lib/session';
import { formData } from '../account/request';
import { attempt, guardListing } from './guard';
import { type Failure, failureOf, STATUS_ACTIONS, type StatusAction } from './notices';

/** The listing's own page, where the notice is shown. */
function pageOf(kind: ListingKind, id: string): string {
  return kind === 'activity' ? `/forening/aktivitet/${id}` : `/forening/${id}/profil`;
}

/** Handles a status form for a listing of the given kind (the id is the route's only parameter). */
export async function statusEndpoint(context: APIContext, kind: ListingKind): Promise<Response> {
  const id = (kind === 'activity' ? context.params.activityId : context.params.associationId) ?? '';
  const guarded = await guardListing(context, kind, id);
  if (guarded instanceof Response) return guarded;
  if (!guarded) return context.rewrite('/404');
  const { user, listing } = guarded;
  const form = await formData(context.request);
  const action = String(form.get('action') ?? '');
  const back = pageOf(kind, listing.id);
  const answer = (query: string) => context.redirect(`${back}?${query}`, 303);
  if (!(STATUS_ACTIONS as readonly string[]).includes(action)) return answer('fejl=invalidStatusChange');
  if (action === 'archive' && form.get('confirm') !== 'yes') return answer('fejl=archiveNotConfirmed');

  const failure = await perform(action as StatusAction, {
    kind,
    listingId: listing.id,
    actor: user,
    revisionId: String(form.get('revisionId') ?? ''),
  });
  return answer(failure ? `fejl=${failure}` : `status=${action}`);
}

async function perform(
  action: StatusAction,
  input: { kind: ListingKind; listingId: string; actor: SessionUser; revisionId: string },
): Promise<Failure | null> {
  const { kind, listingId, actor } = input;
  const result = await attempt(async () => {
    switch (action) {
      case 'submit':
        return submitForPublication(db(), { kind, listingId, actor });
      case 'pause':
        return setListingStatus(db(), { kind, listingId, status: 'paused', actor });
      case 'resume':
        return setListingStatus(db(), { kind, listingId, status: 'published', actor });
      case 'archive':
        return setListingStatus(db(), { kind, listingId, status: 'archived', actor });
      case 'withdraw': {
        // Only the revision the member saw on the page: if it was decided meanwhile, say so.
        const pending = (await loadProposedValues(db(), kind, listingId))?.pending;
        if (!pending || pending.revisionId !== input.revisionId) return 'revisionNotPending' as const;
        return withdrawRevision(db(), { revisionId: pending.revisionId, actor });
      }
    }
  });
  if (result === 'revisionNotPending') return result;
  return result instanceof Error ? failureOf(result) : null;
}
