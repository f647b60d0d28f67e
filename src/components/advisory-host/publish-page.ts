/**
 * The work of /forvaltning/raadgivning/ny in the order every page keeps: rate limit (POST),
 * authenticate, authorise (coordinators), parse, act. "Vis datoer" sends the form to show the
 * dates it will make, without JavaScript and without saving anything; publishing redirects to
 * the list with "N rådgivningsmøder er oprettet".
 */
import type { AstroGlobal } from 'astro';
import { allow } from '../../lib/access';
import { publishSessions } from '../../lib/advisory';
import {
  freshState,
  knownChoices,
  previewDates,
  readSessionForm,
  readState,
  sessionFormOptions,
  type SessionFormOptions,
  type SessionFormState,
} from '../../lib/advisory-forms';
import { db } from '../../lib/db';
import type { FieldErrors } from '../../lib/forms/validate';
import { todayInCopenhagen } from '../../lib/referral-forms';
import type { Occurrence } from '../../lib/schedule';
import { formData } from '../account/request';
import { refusalOf } from './refusal';
import { advisoryRateLimit, isAdvisoryCoordinator } from './guard';
import type { Notice } from './notices';

/** What the publish form shows. */
export interface PublishPage {
  options: SessionFormOptions;
  state: SessionFormState;
  errors: FieldErrors;
  /** After "Vis datoer": the dates the form will make. */
  preview: Occurrence[] | null;
  notices: Notice[];
}

export async function publishPage(Astro: AstroGlobal): Promise<PublishPage | Response> {
  const post = Astro.request.method === 'POST';
  const limited = post ? await advisoryRateLimit(Astro, 'publish', 30) : null;
  if (limited) return limited;
  const user = await allow(Astro, isAdvisoryCoordinator);
  if (user instanceof Response) return user;
  const options = await sessionFormOptions(db(), user.administrationId!);
  const page: PublishPage = { options, state: freshState(), errors: {}, preview: null, notices: [] };
  if (!post) return page;

  const locale = Astro.locals.locale;
  const state = readState(await formData(Astro.request));
  const when = { withRepeat: true, today: todayInCopenhagen() };
  if (state.values.intent === 'preview') {
    const { dates, errors } = previewDates(state, locale, when);
    if (Object.keys(errors).length > 0) Astro.response.status = 400;
    return { ...page, state, errors, preview: Object.keys(errors).length > 0 ? null : dates };
  }

  const sent = readSessionForm(state, locale, { ...when, known: knownChoices(options) });
  if (sent.ok) {
    try {
      const made = await publishSessions(db(), sent.input, user);
      return Astro.redirect(`/forvaltning/raadgivning?oprettet=${made.ids.length}`, 303);
    } catch (error) {
      const refusal = refusalOf(error, locale, state.values.repeat);
      if (refusal.status === 403) return Astro.rewrite('/403');
      Astro.response.status = refusal.status;
      return { ...page, state, errors: refusal.errors, notices: refusal.notices };
    }
  }
  Astro.response.status = 400;
  return { ...page, state, errors: sent.errors };
}
