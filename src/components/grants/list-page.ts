/**
 * The work of /rapporter/tilskud in the order every page keeps: rate limit (POST), authenticate,
 * authorise (coordinators and the admin), parse, act. GET shows the grants of the chosen year
 * with their total and the form to add one; POST records a grant and redirects to the list of its
 * year with "Tilskuddet er registreret" (post/redirect/get), or shows the form again with the
 * errors beside the fields and the values as sent.
 */
import type { AstroGlobal } from 'astro';
import { allow } from '../../lib/access';
import { db } from '../../lib/db';
import type { FieldErrors } from '../../lib/forms/validate';
import { createGrant, type GrantRecord, grantFormOptions, listGrants, mayRecordGrants } from '../../lib/grants';
import { formData } from '../account/request';
import { limitGrantPosts, listFilter, listHref } from './guard';
import { grantNotices, type Notice } from './notices';
import { submitGrant } from './submit';

type Options = Awaited<ReturnType<typeof grantFormOptions>>;

/** What the list page shows. */
export interface GrantListPage {
  filter: { year: number; administrationId: string | null };
  grants: GrantRecord[];
  totalOre: number;
  options: Options;
  /** The admin chooses the administration (in the filter and the form); a coordinator's is fixed. */
  isAdmin: boolean;
  /** The coordinator's administration, for "Tilskuddet registreres for …". */
  ownAdministration: { da: string; en: string } | null;
  values: Record<string, string>;
  errors: FieldErrors;
  notices: Notice[];
}

export async function grantListPage(Astro: AstroGlobal): Promise<GrantListPage | Response> {
  const limited = await limitGrantPosts(Astro);
  if (limited) return limited;
  const user = await allow(Astro, mayRecordGrants);
  if (user instanceof Response) return user;
  const locale = Astro.locals.locale;
  const filter = listFilter(Astro.url, user);
  const isAdmin = user.role === 'admin';

  let values: Record<string, string> = { year: String(filter.year), administrationId: filter.administrationId ?? '' };
  let errors: FieldErrors = {};
  let notices = grantNotices(Astro.url, locale);
  if (Astro.request.method === 'POST') {
    const sent = await submitGrant(await formData(Astro.request), user, locale, (input) => createGrant(db(), input, user));
    if (sent.ok) return Astro.redirect(listHref({ year: sent.result.year, administrationId: isAdmin ? filter.administrationId : null }, 'oprettet'), 303);
    if (sent.status === 403) return Astro.rewrite('/403');
    Astro.response.status = sent.status;
    ({ values, errors } = sent);
    notices = sent.notices;
  }

  const [grants, options] = await Promise.all([listGrants(db(), filter), grantFormOptions(db())]);
  const own = options.administrations.find((a) => a.id === user.administrationId);
  return {
    filter,
    grants,
    totalOre: grants.reduce((sum, g) => sum + g.amountOre, 0),
    options,
    isAdmin,
    ownAdministration: own?.label ?? null,
    values,
    errors,
    notices,
  };
}
