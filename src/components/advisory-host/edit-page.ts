/**
 * The work of /forvaltning/raadgivning/[id] in the order every page keeps: rate limit (POST),
 * authenticate, authorise (a coordinator of the owning administration; other coordinators 403,
 * an unknown session 404), parse, act. `action` is `save` (the edit form), `cancel` (show the
 * confirm step) or `confirmCancel` (cancel, then back to the list with a notice).
 */
import type { AstroGlobal } from 'astro';
import { t } from '../../i18n';
import { allow } from '../../lib/access';
import { cancelSession, findPublicSession, type PublicSession, updateSession } from '../../lib/advisory';
import {
  knownChoices,
  readSessionForm,
  readState,
  sessionFormOptions,
  type SessionFormOptions,
  type SessionFormState,
  sessionOwner,
  stateFromSession,
} from '../../lib/advisory-forms';
import { db } from '../../lib/db';
import type { FieldErrors } from '../../lib/forms/validate';
import { todayInCopenhagen } from '../../lib/referral-forms';
import { formData } from '../account/request';
import { advisoryRateLimit, isAdvisoryCoordinator, notFound } from './guard';
import type { Notice } from './notices';
import { refusalOf } from './refusal';

/** What the edit page shows. */
export interface EditPage {
  session: PublicSession;
  options: SessionFormOptions;
  state: SessionFormState;
  errors: FieldErrors;
  notices: Notice[];
  /** Show the "Vil du aflyse mødet?" step. */
  confirmingCancel: boolean;
}

type Scope = 'this' | 'future';
const scopeOf = (value: string | undefined, session: PublicSession): Scope | null =>
  session.seriesId === null ? 'this' : value === 'this' || value === 'future' ? value : null;

export async function editPage(Astro: AstroGlobal): Promise<EditPage | Response | null> {
  const post = Astro.request.method === 'POST';
  const limited = post ? await advisoryRateLimit(Astro, 'edit', 30) : null;
  if (limited) return limited;
  const user = await allow(Astro, isAdvisoryCoordinator);
  if (user instanceof Response) return user;
  const owner = await sessionOwner(db(), Astro.params.id ?? '');
  if (!owner) return notFound(Astro);
  // Sessions are public, so saying "not yours" reveals nothing; the 403 tells a coordinator why.
  if (owner.administrationId !== user.administrationId) return Astro.rewrite('/403');
  const [session, options] = await Promise.all([findPublicSession(db(), owner.slug), sessionFormOptions(db(), owner.administrationId)]);
  if (!session) return notFound(Astro);
  const page: EditPage = { session, options, state: stateFromSession(session), errors: {}, notices: [], confirmingCancel: false };
  if (!post) return page;

  const locale = Astro.locals.locale;
  const state = readState(await formData(Astro.request));
  const action = state.values.action;
  if (action === 'cancel') return { ...page, confirmingCancel: true };
  if (action === 'confirmCancel') {
    const scope = scopeOf(state.values.scope, session) ?? 'this';
    try {
      await cancelSession(db(), session.id, user, scope);
      return Astro.redirect(`/forvaltning/raadgivning?aflyst=${scope}`, 303);
    } catch (error) {
      return answer(Astro, page, refusalOf(error, locale), page.state);
    }
  }

  const keepDate = page.state.values.date;
  const sent = readSessionForm(state, locale, { withRepeat: false, today: todayInCopenhagen(), keepDate, known: knownChoices(options) });
  const scope = scopeOf(state.values.scope, session);
  const errors: FieldErrors = sent.ok ? {} : { ...sent.errors };
  if (scope === null) errors.scope ??= t(locale, 'advisoryHost.error.scope');
  if (sent.ok && scope !== null) {
    const { repeat: _none, ...input } = sent.input;
    try {
      await updateSession(db(), session.id, input, user, scope);
      return Astro.redirect(`/forvaltning/raadgivning?gemt=${scope}`, 303);
    } catch (error) {
      return answer(Astro, page, refusalOf(error, locale), state);
    }
  }
  Astro.response.status = 400;
  return { ...page, state, errors };
}

/** The page again after the core refused: its status, the messages, and the form as it was sent. */
async function answer(Astro: AstroGlobal, page: EditPage, refusal: ReturnType<typeof refusalOf>, state: SessionFormState): Promise<EditPage | Response | null> {
  if (refusal.status === 403) return Astro.rewrite('/403');
  if (refusal.status === 404) return notFound(Astro);
  Astro.response.status = refusal.status;
  return { ...page, state, errors: refusal.errors, notices: refusal.notices };
}
