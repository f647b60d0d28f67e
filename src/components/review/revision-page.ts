import type { AstroGlobal } from 'astro';
import { allow, mayReview } from '../../lib/access';
import { db } from '../../lib/db';
import type { FieldErrors } from '../../lib/forms/validate';
import {
  approveRevision,
  getRevision,
  loadValueNames,
  rejectRevision,
  type RevisionDetail,
  RevisionNotPending,
  sameValue,
  type ValueNames,
} from '../../lib/listing';
import { hitRateLimit } from '../../lib/security/rate-limit';
import { formData, requestIp } from '../account/request';
import { tooManyPage } from '../errors/too-many';
import { readDecision } from './decide-form';

/** What the revision page shows. */
export interface RevisionPage {
  revision: RevisionDetail;
  names: ValueNames;
  errors: FieldErrors;
  values: { approveComment?: string; rejectComment?: string };
  /** A field's live value differs from the value it had when the change was proposed. */
  changedMeanwhile: boolean;
}

/**
 * The work of /forvaltning/godkendelser/[revisionId], in the order every page keeps: rate limit
 * (POST), authenticate, load (unknown → null, the page answers 404), authorise, parse, act. A
 * decision redirects to the queue with a notice; an invalid form comes back with status 400.
 */
export async function revisionPage(Astro: AstroGlobal): Promise<RevisionPage | Response | null> {
  const post = Astro.request.method === 'POST';
  // Decisions are a handful an hour; a flood is a script, not a reviewer. Counted per person:
  // an administration's staff share one address.
  const who = Astro.locals.user ? `user:${Astro.locals.user.id}` : `ip:${requestIp(Astro)}`;
  if (post) {
    const hit = await hitRateLimit(db(), `review:${who}`, 60, 60);
    if (!hit.allowed) return tooManyPage(Astro, hit);
  }
  const signedIn = await allow(Astro);
  if (signedIn instanceof Response) return signedIn;
  const revision = await getRevision(db(), Astro.params.revisionId ?? '');
  if (!revision) {
    Astro.response.status = 404;
    return null;
  }
  const user = await allow(Astro, (u) => mayReview(u, revision.administrationId));
  if (user instanceof Response) return user;

  let errors: FieldErrors = {};
  let values: RevisionPage['values'] = {};
  if (post) {
    const sent = readDecision(await formData(Astro.request), Astro.locals.locale);
    if (sent.ok) {
      try {
        const input = { revisionId: revision.id, reviewer: user, comment: sent.comment, requestUrl: Astro.url };
        if (sent.decision === 'approve') await approveRevision(db(), input);
        else await rejectRevision(db(), input);
        return Astro.redirect(`/forvaltning/godkendelser?${sent.decision === 'approve' ? 'godkendt' : 'afvist'}=1`, 303);
      } catch (error) {
        // Another reviewer was quicker (or the association withdrew it): say so in the queue.
        if (error instanceof RevisionNotPending) return Astro.redirect('/forvaltning/godkendelser?behandlet=1', 303);
        throw error;
      }
    }
    ({ errors, values } = sent);
    Astro.response.status = 400;
  }
  const changedMeanwhile =
    revision.status === 'pending' && revision.diffs.some((d) => d.key !== 'status' && !sameValue(d.from, d.current));
  return { revision, names: await loadValueNames(db()), errors, values, changedMeanwhile };
}
