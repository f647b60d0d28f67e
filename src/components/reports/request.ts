/**
 * What every report route does first, in the fixed order: rate limit, authenticate (to the
 * login), authorise (coordinators and the admin, else 403), parse the filter (400, or 403 for a
 * coordinator asking for another administration alone). The dashboard shows a bad filter beside
 * its fields; the downloads and the annual report answer it in plain text.
 */
import type { APIContext, AstroGlobal } from 'astro';
import { translator } from '../../i18n';
import { allow } from '../../lib/access';
import { type AdministrationOption, administrationOptions } from '../../lib/admin/options';
import { db } from '../../lib/db';
import type { FieldErrors } from '../../lib/forms/validate';
import { copenhagenYear } from '../../lib/report-pdf';
import { hitRateLimit } from '../../lib/security/rate-limit';
import type { SessionUser } from '../../lib/session/session';
import type { StatisticsFilter } from '../../lib/statistics';
import { requestIp } from '../account/request';
import { tooManyPage } from '../errors/too-many';
import { mayReport, parseFilter } from './filter';

type Context = Pick<AstroGlobal | APIContext, 'locals' | 'url' | 'redirect' | 'rewrite' | 'clientAddress' | 'request'>;

/** A request that passed: who asks, for what, and the administrations to name and choose from. */
export interface ReportRequest {
  user: SessionUser;
  filter: StatisticsFilter;
  administrations: AdministrationOption[];
  /** The chosen administration, or null for all. */
  administration: AdministrationOption | null;
}

/** A request whose filter was wrong: the errors beside the fields, and the administrations for the form. */
export interface RefusedFilter {
  user: SessionUser;
  errors: FieldErrors;
  administrations: AdministrationOption[];
}

/** Report queries are heavy: a person gets this many report requests a minute. */
const LIMIT_PER_MINUTE = 60;

/** A 429 answer when this person (or address) asked for too many reports this minute. */
async function rateLimited(context: Context, scope: string): Promise<Response | null> {
  const who = context.locals.user ? `user:${context.locals.user.id}` : `ip:${requestIp(context)}`;
  const hit = await hitRateLimit(db(), `reports:${scope}:${who}`, LIMIT_PER_MINUTE, 60);
  return hit.allowed ? null : tooManyPage(context, hit);
}

/** Rate limit, authenticate, authorise and parse; a Response to send at once when any of them says no. */
export async function reportRequest(context: Context, scope: string, params: URLSearchParams = context.url.searchParams): Promise<ReportRequest | RefusedFilter | Response> {
  const limited = await rateLimited(context, scope);
  if (limited) return limited;
  const user = await allow(context, mayReport);
  if (user instanceof Response) return user;
  const tr = translator(context.locals.locale);
  const administrations = await administrationOptions(db());
  const parsed = parseFilter(params, {
    user,
    administrationIds: administrations.map((a) => a.id),
    currentYear: copenhagenYear(new Date()),
    messages: { year: tr('reports.filter.error.year'), administration: tr('reports.filter.error.administration') },
  });
  if (!parsed.ok) return parsed.status === 403 ? context.rewrite('/403') : { user, errors: parsed.errors, administrations };
  const administration = administrations.find((a) => a.id === parsed.filter.administrationId) ?? null;
  return { user, filter: parsed.filter, administrations, administration };
}

/** The plain-text 400 of a download or the annual report asked for with a filter that is not one. */
export function badFilter(refused: RefusedFilter): Response {
  return new Response(Object.values(refused.errors).join('\n'), { status: 400, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}

/** The administration's name in the reader's language. */
export function administrationName(option: AdministrationOption | null, locale: 'da' | 'en'): string | null {
  return option ? (locale === 'en' ? option.nameEn : option.nameDa) : null;
}
