/**
 * What every grants page does first: count a POST against a rate limit (per person: a town
 * hall's staff share one address), and the year and administration the page is about.
 */
import type { AstroGlobal } from 'astro';
import { db } from '../../lib/db';
import { isUuid, parseYear } from '../../lib/grants';
import { hitRateLimit } from '../../lib/security/rate-limit';
import type { SessionUser } from '../../lib/session/session';
import { requestIp } from '../account/request';
import { tooManyPage } from '../errors/too-many';

/** A coordinator records a handful of grants a minute; more is a script. */
const LIMIT = 60;

/** A 429 answer for a POST beyond the limit, else null. GETs change nothing and are not counted. */
export async function limitGrantPosts(Astro: Pick<AstroGlobal, 'locals' | 'clientAddress' | 'request' | 'rewrite' | 'url'>): Promise<Response | null> {
  if (Astro.request.method !== 'POST') return null;
  const who = Astro.locals.user ? `user:${Astro.locals.user.id}` : `ip:${requestIp(Astro)}`;
  const hit = await hitRateLimit(db(), `grants:${who}`, LIMIT, 60);
  return hit.allowed ? null : tooManyPage(Astro, hit);
}

/** This year in Copenhagen (on New Year's Eve at 23:30 UTC it is already next year there). */
export function currentYear(now: Date = new Date()): number {
  return Number(new Intl.DateTimeFormat('en', { timeZone: 'Europe/Copenhagen', year: 'numeric' }).format(now));
}

/**
 * The list's filter from the query: `aar` (else this year) and, for the admin, `forvaltning`
 * (else all). A coordinator always sees their own administration's grants.
 */
export function listFilter(url: URL, user: Pick<SessionUser, 'role' | 'administrationId'>): { year: number; administrationId: string | null } {
  const year = parseYear(url.searchParams.get('aar')) ?? currentYear();
  if (user.role !== 'admin') return { year, administrationId: user.administrationId };
  const chosen = url.searchParams.get('forvaltning');
  return { year, administrationId: isUuid(chosen) ? chosen : null };
}

/** The list's address for a filter (where a form goes back to after saving). */
export function listHref(filter: { year: number; administrationId?: string | null }, notice?: 'oprettet' | 'gemt' | 'slettet'): string {
  const query = new URLSearchParams({ aar: String(filter.year) });
  if (filter.administrationId) query.set('forvaltning', filter.administrationId);
  if (notice) query.set(notice, '1');
  return `/rapporter/tilskud?${query.toString()}`;
}
