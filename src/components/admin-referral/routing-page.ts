import type { AstroGlobal } from 'astro';
import { administrationOptions, type AdministrationOption } from '../../lib/admin';
import { allow, mayAdminister } from '../../lib/access';
import { db } from '../../lib/db';
import type { FieldErrors } from '../../lib/forms/validate';
import { loadRoutingTable, readRoutingForm, type RoutingTable, saveRoutingTable } from '../../lib/routing';
import { formData } from '../account/request';
import { limitAdminPosts } from '../admin/limit';
import { submitForm } from '../admin/submit';
import { z } from 'zod';

/** What /admin/henvisning shows. */
export interface RoutingPage {
  table: RoutingTable;
  administrations: AdministrationOption[];
  errors: FieldErrors;
  /** The choices as sent, when the form comes back with an error. */
  sent: Map<string, string | null> | null;
}

/**
 * The admin's routing table: rate limit (POST), admins only, then the whole table saved in one
 * transaction (post/redirect/get with a notice). An unknown administration (deleted meanwhile)
 * comes back beside its row.
 */
export async function routingPage(Astro: AstroGlobal): Promise<RoutingPage | Response> {
  const limited = await limitAdminPosts(Astro);
  if (limited) return limited;
  const user = await allow(Astro, mayAdminister);
  if (user instanceof Response) return user;

  let errors: FieldErrors = {};
  let sent: RoutingPage['sent'] = null;
  if (Astro.request.method === 'POST') {
    const form = await formData(Astro.request);
    const choices = readRoutingForm(form);
    // No fields to check by schema: every row is a choice; saving checks the administrations.
    const saved = await submitForm(form, Astro.locals.locale, z.object({}), () => saveRoutingTable(db(), choices));
    if (saved.ok) return Astro.redirect('/admin/henvisning?gemt=1', 303);
    errors = saved.errors;
    sent = choices;
    Astro.response.status = 400;
  }
  const [table, administrations] = await Promise.all([loadRoutingTable(db()), administrationOptions(db())]);
  return { table, administrations, errors, sent };
}
