import type { AstroGlobal } from 'astro';
import { administrationOptions, type AdministrationOption } from '../../lib/admin';
import { allow, mayAdminister } from '../../lib/access';
import { type ApiTokenListItem, createApiToken, listApiTokens, newApiTokenSchema } from '../../lib/api-token';
import { db } from '../../lib/db';
import type { FieldErrors } from '../../lib/forms/validate';
import { formData } from '../account/request';
import { limitAdminPosts } from '../admin/limit';
import { submitForm } from '../admin/submit';

/** What /admin/api-noegler shows. */
export interface TokensPage {
  tokens: ApiTokenListItem[];
  administrations: AdministrationOption[];
  errors: FieldErrors;
  values: Record<string, string>;
  /** The token just created, shown this once (it is in no table, no log, no address). */
  created: { name: string; token: string } | null;
}

/**
 * The admin's API tokens: rate limit (POST), admins only, then a new token from the form. The
 * answer to the POST shows the token itself rather than redirecting: after this response nobody,
 * the portal included, can show it again.
 */
export async function tokensPage(Astro: AstroGlobal): Promise<TokensPage | Response> {
  const limited = await limitAdminPosts(Astro);
  if (limited) return limited;
  const user = await allow(Astro, mayAdminister);
  if (user instanceof Response) return user;
  Astro.response.headers.set('Cache-Control', 'no-store');

  let errors: FieldErrors = {};
  let values: Record<string, string> = {};
  let created: TokensPage['created'] = null;
  if (Astro.request.method === 'POST') {
    const sent = await submitForm(await formData(Astro.request), Astro.locals.locale, newApiTokenSchema(Astro.locals.locale), async (input) => ({
      name: input.name,
      token: (await createApiToken(db(), { ...input, createdBy: user.id })).token,
    }));
    if (sent.ok) created = sent.result;
    else {
      ({ errors, values } = sent);
      Astro.response.status = 400;
    }
  }
  const [tokens, administrations] = await Promise.all([listApiTokens(db()), administrationOptions(db())]);
  return { tokens, administrations, errors, values, created };
}
