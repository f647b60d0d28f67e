import type { AstroGlobal } from 'astro';
import { translator } from '../../i18n';
import { allow, mayCoordinate } from '../../lib/access';
import { db } from '../../lib/db';
import { type FieldErrors, parseForm } from '../../lib/forms/validate';
import { type CitizenReferral, citizenQuerySchema, type Coordinator, eraseCitizenData, findCitizenReferrals } from '../../lib/referral-privacy';
import { hitRateLimit } from '../../lib/security/rate-limit';
import type { SessionUser } from '../../lib/session/session';
import { formData, requestIp } from '../account/request';
import { tooManyPage } from '../errors/too-many';

/** Searches, exports and erasures per coordinator in ten minutes: a day's requests, not a sweep of the register. */
export const CITIZEN_DATA_LIMIT = { hits: 30, windowSeconds: 600 };

/** A notice above the page (the shape BackOffice.astro takes). */
interface Notice {
  text: string;
  kind: 'success' | 'info' | 'error';
}

/** What /forvaltning/borgerdata shows. */
export interface CitizenPage {
  values: Record<string, string>;
  errors: FieldErrors;
  /** The referrals found; null before a search. */
  found: CitizenReferral[] | null;
  /** Show the confirm step of "erase everything". */
  confirming: boolean;
  notices: Notice[];
}

/** Only the coordinator of an administration searches across its referrals. */
export function coordinatorOf(user: SessionUser): Coordinator | null {
  return user.administrationId !== null && mayCoordinate(user, user.administrationId) ? { ...user, administrationId: user.administrationId } : null;
}

/** Counts a search, export or erasure against the coordinator's limit; a Response (429) when it is spent. */
export async function limitCitizenData(context: Pick<AstroGlobal, 'locals' | 'clientAddress' | 'request' | 'rewrite' | 'url'>): Promise<Response | null> {
  const who = context.locals.user ? `user:${context.locals.user.id}` : `ip:${requestIp(context)}`;
  const hit = await hitRateLimit(db(), `citizen-data:${who}`, CITIZEN_DATA_LIMIT.hits, CITIZEN_DATA_LIMIT.windowSeconds);
  return hit.allowed ? null : tooManyPage(context, hit);
}

/**
 * The work of /forvaltning/borgerdata in the order every page keeps: rate limit (POST),
 * authenticate, authorise, parse, act. `action` is `search` (list, logged), `confirm` (the list
 * and the confirm step) or `erase` (needs the ticked box; then post/redirect/get with a notice).
 * The e-mail and phone travel only in POST bodies, never in the address.
 */
export async function citizenPage(Astro: AstroGlobal): Promise<CitizenPage | Response> {
  const post = Astro.request.method === 'POST';
  if (post) {
    const limited = await limitCitizenData(Astro);
    if (limited) return limited;
  }
  const user = await allow(Astro, (u) => coordinatorOf(u) !== null);
  if (user instanceof Response) return user;
  const coordinator = coordinatorOf(user)!;
  const tr = translator(Astro.locals.locale);
  const page: CitizenPage = { values: {}, errors: {}, found: null, confirming: false, notices: [] };
  if (!post) {
    const erased = Number(Astro.url.searchParams.get('slettet'));
    if (Astro.url.searchParams.has('slettet') && Number.isInteger(erased) && erased >= 0) {
      page.notices.push({ kind: 'success', text: erased > 0 ? tr('privacy.citizen.erased', { count: erased }) : tr('privacy.citizen.erasedNothing') });
    }
    return page;
  }

  const form = await formData(Astro.request);
  const action = form.get('action');
  const parsed = parseForm(form, citizenQuerySchema(Astro.locals.locale));
  if (!parsed.ok) {
    Astro.response.status = 400;
    return { ...page, values: parsed.values, errors: parsed.errors };
  }
  const query = parsed.data;
  const values = { email: query.email ?? '', phone: query.phone ?? '' };
  if (action === 'erase') {
    if (form.get('confirm') === 'true') {
      const done = await eraseCitizenData(db(), coordinator, query);
      return Astro.redirect(`/forvaltning/borgerdata?slettet=${done.erased}`, 303);
    }
    Astro.response.status = 400;
    page.errors = { confirm: tr('privacy.citizen.error.confirm') };
  }
  const found = await findCitizenReferrals(db(), coordinator, query);
  return { ...page, values, found, confirming: (action === 'confirm' || action === 'erase') && found.length > 0 };
}
