/**
 * The work of /rapporter/tilskud/[id] (change a grant) and /rapporter/tilskud/[id]/slet (delete it
 * after a confirmation), in the order every page keeps: rate limit (POST), authenticate,
 * authorise, find the grant (404), may this user manage it (403), parse, act. A change made by
 * someone else since the form was opened is not overwritten: the page answers 409 with the new
 * values and says so.
 */
import type { AstroGlobal } from 'astro';
import { t } from '../../i18n';
import { allow } from '../../lib/access';
import { db } from '../../lib/db';
import type { FieldErrors } from '../../lib/forms/validate';
import {
  deleteGrant,
  findGrant,
  type GrantRecord,
  GrantNotFound,
  grantFormOptions,
  isUuid,
  kronerInput,
  mayManageGrantsOf,
  mayRecordGrants,
  updateGrant,
} from '../../lib/grants';
import type { SessionUser } from '../../lib/session/session';
import { formData } from '../account/request';
import { limitGrantPosts, listHref } from './guard';
import type { Notice } from './notices';
import { submitGrant } from './submit';

/** The form's values of a stored grant. */
function valuesOf(grant: GrantRecord): Record<string, string> {
  return {
    associationId: grant.associationId,
    administrationId: grant.administrationId,
    year: String(grant.year),
    amount: kronerInput(grant.amountOre),
    purpose: grant.purpose,
    version: grant.version,
  };
}

/** The grant of the route, checked: the grant, or the answer to give (login, 403); null for 404. */
async function grantOf(Astro: AstroGlobal): Promise<{ user: SessionUser; grant: GrantRecord } | Response | null> {
  const limited = await limitGrantPosts(Astro);
  if (limited) return limited;
  const user = await allow(Astro, mayRecordGrants);
  if (user instanceof Response) return user;
  const id = Astro.params.id;
  const grant = isUuid(id) ? await findGrant(db(), id) : null;
  if (!grant) {
    Astro.response.status = 404;
    return null;
  }
  if (!mayManageGrantsOf(user, grant.administrationId)) return Astro.rewrite('/403');
  return { user, grant };
}

/** Where the list shows the grant's year again (the admin keeps their administration filter). */
const backTo = (user: SessionUser, year: number, administrationId: string, notice?: 'gemt' | 'slettet') =>
  listHref({ year, administrationId: user.role === 'admin' ? administrationId : null }, notice);

/** What the edit page shows. */
export interface GrantEditPage {
  grant: GrantRecord;
  options: Awaited<ReturnType<typeof grantFormOptions>>;
  isAdmin: boolean;
  values: Record<string, string>;
  errors: FieldErrors;
  notices: Notice[];
  back: string;
}

export async function grantEditPage(Astro: AstroGlobal): Promise<GrantEditPage | Response | null> {
  const found = await grantOf(Astro);
  if (!found || found instanceof Response) return found;
  let { grant } = found;
  const { user } = found;
  let values = valuesOf(grant);
  let errors: FieldErrors = {};
  let notices: Notice[] = [];
  if (Astro.request.method === 'POST') {
    const form = await formData(Astro.request);
    const version = String(form.get('version') ?? '');
    const sent = await submitGrant(form, user, Astro.locals.locale, (input) => updateGrant(db(), grant.id, version, input, user));
    if (sent.ok) return Astro.redirect(backTo(user, sent.result.year, grant.administrationId, 'gemt'), 303);
    if (sent.status === 403) return Astro.rewrite('/403');
    Astro.response.status = sent.status;
    if (sent.status === 404) return null;
    if (sent.status === 409) {
      // Show what is stored now, so the user decides again on the current values.
      const now = await findGrant(db(), grant.id);
      if (!now) return null;
      grant = now;
      values = valuesOf(now);
    } else {
      values = { ...sent.values, version };
      errors = sent.errors;
    }
    notices = sent.notices;
  }
  const options = await grantFormOptions(db(), grant.associationId);
  return { grant, options, isAdmin: user.role === 'admin', values, errors, notices, back: backTo(user, grant.year, grant.administrationId) };
}

/** What the delete confirmation shows. */
export interface GrantDeletePage {
  grant: GrantRecord;
  back: string;
  edit: string;
}

export async function grantDeletePage(Astro: AstroGlobal): Promise<GrantDeletePage | Response | null> {
  const found = await grantOf(Astro);
  if (!found || found instanceof Response) return found;
  const { user, grant } = found;
  if (Astro.request.method === 'POST') {
    try {
      await deleteGrant(db(), grant.id, user);
    } catch (error) {
      // Deleted by someone else meanwhile: the list no longer has it either, which is what was wanted.
      if (!(error instanceof GrantNotFound)) throw error;
    }
    return Astro.redirect(backTo(user, grant.year, grant.administrationId, 'slettet'), 303);
  }
  return { grant, back: backTo(user, grant.year, grant.administrationId), edit: `/rapporter/tilskud/${grant.id}` };
}

/** The heading text of the delete page (kept here so the page stays thin). */
export function deleteQuestion(locale: 'da' | 'en', grant: GrantRecord, amount: string): string {
  return t(locale, 'grants.delete.question', { amount, association: grant.associationName, year: String(grant.year) });
}
