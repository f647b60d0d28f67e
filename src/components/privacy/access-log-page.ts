import type { AstroGlobal } from 'astro';
import { allow } from '../../lib/access';
import { db } from '../../lib/db';
import { type AccessLogPage, accessLogOf } from '../../lib/referral-privacy';
import { coordinatorOf } from './citizen-page';

/** A reference as typed: letters, digits and dashes only (anything else cannot match, and is ignored). */
const REFERENCE = /^[A-Za-z0-9-]{1,20}$/;

/** What /forvaltning/adgangslog shows. */
export interface AccessLogView extends AccessLogPage {
  /** The reference filtered by, as typed; null for the whole log. */
  reference: string | null;
}

/**
 * The work of /forvaltning/adgangslog: authenticate, authorise (the administration's coordinator),
 * read the filter and page from the address (references are not personal data), load. Unknown
 * values are ignored rather than refused: it is only a filter.
 */
export async function accessLogPage(Astro: AstroGlobal): Promise<AccessLogView | Response> {
  const user = await allow(Astro, (u) => coordinatorOf(u) !== null);
  if (user instanceof Response) return user;
  const params = Astro.url.searchParams;
  const typed = params.get('reference')?.trim() ?? '';
  const reference = REFERENCE.test(typed) ? typed.toUpperCase() : null;
  const page = Number.parseInt(params.get('side') ?? '1', 10);
  const log = await accessLogOf(db(), coordinatorOf(user)!.administrationId, { reference, page: Number.isFinite(page) && page > 0 ? page : 1 });
  return { ...log, reference };
}

/** The address of another page of the log, keeping the filter. */
export function logPageHref(reference: string | null, page: number): string {
  const params = new URLSearchParams();
  if (reference) params.set('reference', reference);
  if (page > 1) params.set('side', String(page));
  const query = params.toString();
  return `/forvaltning/adgangslog${query ? `?${query}` : ''}`;
}
