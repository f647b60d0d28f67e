import type { AstroGlobal } from 'astro';
import { type Locale, t } from '../../i18n';
import { allow } from '../../lib/access';
import { isUuid } from '../../lib/admin/schemas';
import { administrationOptions } from '../../lib/admin/options';
import { db } from '../../lib/db';
import type { FieldErrors } from '../../lib/forms/validate';
import { getReferral, ReferralError, type ReferralDetail, StaleReferral, TransitionRefused, transitionReferral } from '../../lib/referral';
import type { ReferralAction } from '../../lib/referral/machine';
import { readTransition } from '../../lib/referral-forms';
import { formData } from '../account/request';
import { referralRateLimit, userActor } from './guard';
import { doneQuery, type Notice, noticesFromQuery } from './notices';

/** What the detail page shows. */
export interface DetailPage {
  detail: ReferralDetail;
  /** Administrations a referral can be forwarded to (all but the one holding it). */
  forwardTargets: { id: string; name: string }[];
  /** The action form that was sent with errors, its errors and what it held. */
  failed: { action: ReferralAction | null; errors: FieldErrors; values: Record<string, string> } | null;
  notices: Notice[];
}

/** Refusals that concern one field of the action form; the rest are said above the page. */
const FIELD_OF_REFUSAL: Partial<Record<TransitionRefused['refusal'], string>> = {
  reason_required: 'reason',
  comment_required: 'comment',
  target_required: 'forwardTo',
  same_target: 'forwardTo',
};

/**
 * The work of /henvisninger/[id], in the order every page keeps: rate limit, authenticate,
 * authorise (the core answers "not visible" and "unknown" alike: 404, never 403, so that nobody
 * learns that a referral exists), parse, act. Opening a referral that waits at the viewer's side
 * marks it received (the core's getReferral does that for a 'view'). An action redirects back with a notice; a change made meanwhile by someone
 * else answers 409 with the fresh referral.
 */
export async function detailPage(Astro: AstroGlobal): Promise<DetailPage | Response | null> {
  const post = Astro.request.method === 'POST';
  const limited = await referralRateLimit(Astro, post ? 'act' : 'view', post ? 60 : 120);
  if (limited) return limited;
  const user = await allow(Astro);
  if (user instanceof Response) return user;
  const id = Astro.params.id;
  const locale = Astro.locals.locale;
  if (!isUuid(id)) return notFound(Astro);

  let failed: DetailPage['failed'] = null;
  const notices: Notice[] = [];
  if (post) {
    const sent = readTransition(await formData(Astro.request), locale);
    if (sent.ok) {
      try {
        await transitionReferral(db(), { referralId: id, ...sent.transition }, userActor(user), { requestUrl: Astro.url });
        return Astro.redirect(`/henvisninger/${id}${doneQuery(sent.transition.action)}`, 303);
      } catch (error) {
        if (!(error instanceof ReferralError) || error.status === 404) return rethrowOrNotFound(Astro, error);
        Astro.response.status = error.status;
        const field = error instanceof TransitionRefused ? FIELD_OF_REFUSAL[error.refusal] : undefined;
        if (field) failed = { action: sent.transition.action, errors: { [field]: refusalText(locale, error) }, values: {} };
        else notices.push({ kind: 'error', text: refusalText(locale, error) });
      }
    } else {
      Astro.response.status = 400;
      // A form without a known action or version is old or crafted: say so above, not beside a field.
      if (sent.action && !sent.errors.version) failed = sent;
      else notices.push({ kind: 'error', text: t(locale, 'referralUi.error.action') });
    }
  }

  const [detail, administrations] = await Promise.all([getReferral(db(), id, userActor(user), 'view', { locale }), administrationOptions(db())]);
  if (!detail) return notFound(Astro);
  return {
    detail,
    forwardTargets: administrations
      .filter((a) => a.id !== detail.receiverAdministrationId)
      .map((a) => ({ id: a.id, name: locale === 'da' ? a.nameDa : a.nameEn })),
    failed,
    notices: [...notices, ...(post ? [] : noticesFromQuery(Astro.url, locale))],
  };
}

/** The message of a core refusal; a stale referral gets the words that say what to do. */
function refusalText(locale: Locale, error: ReferralError): string {
  return error instanceof StaleReferral ? t(locale, 'referralUi.error.stale') : t(locale, error.messageKey);
}

function notFound(Astro: AstroGlobal): null {
  Astro.response.status = 404;
  return null;
}

function rethrowOrNotFound(Astro: AstroGlobal, error: unknown): null {
  if (error instanceof ReferralError && error.status === 404) return notFound(Astro);
  throw error;
}
