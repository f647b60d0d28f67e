/**
 * The report filter in the address (`?aar=2026&forvaltning=<id>|alle`): read, checked and
 * defaulted the same way by the dashboard, the CSV downloads and the annual report. Pure, so
 * that the rules are unit tested: coordinators see their own administration by default and may
 * choose all; the admin sees all by default and may choose any.
 */
import type { FieldErrors } from '../../lib/forms/validate';
import type { StatisticsFilter } from '../../lib/statistics';
import type { SessionUser } from '../../lib/session/session';

/** The query parameters (Danish, as the addresses are). */
export const PARAM = { year: 'aar', administration: 'forvaltning' } as const;
/** The value of "all administrations". */
export const ALL = 'alle';

/** Who may read reports: the admin, and the coordinators of an administration. */
export function mayReport(user: Pick<SessionUser, 'role' | 'administrationId'>): boolean {
  return user.role === 'admin' || (user.role === 'coordinator' && user.administrationId !== null);
}

export type FilterResult =
  | { ok: true; filter: StatisticsFilter }
  /** A value that is not a year or not an administration: the form shows it beside its field (400). */
  | { ok: false; status: 400; errors: FieldErrors }
  /** A coordinator asking for another administration (403). */
  | { ok: false; status: 403 };

export interface FilterContext {
  user: Pick<SessionUser, 'role' | 'administrationId'>;
  /** Ids of every administration. */
  administrationIds: readonly string[];
  currentYear: number;
  /** Messages of the two errors in the reader's language. */
  messages: { year: string; administration: string };
}

/** A year as written in an address: four digits from 2000 to 2100, else null. */
export function parseYear(value: string | null | undefined): number | null {
  if (!value || !/^\d{4}$/.test(value.trim())) return null;
  const year = Number(value.trim());
  return year >= 2000 && year <= 2100 ? year : null;
}

/** Reads the filter of `params`, with the defaults of the user's role. */
export function parseFilter(params: URLSearchParams, context: FilterContext): FilterResult {
  const { user } = context;
  const errors: FieldErrors = {};
  const yearText = params.get(PARAM.year);
  const year = yearText === null || yearText === '' ? context.currentYear : parseYear(yearText);
  if (year === null) errors[PARAM.year] = context.messages.year;

  const chosen = params.get(PARAM.administration);
  let administrationId: string | null;
  if (chosen === null || chosen === '') administrationId = user.role === 'coordinator' ? user.administrationId : null;
  else if (chosen === ALL) administrationId = null;
  else if (context.administrationIds.includes(chosen)) administrationId = chosen;
  else {
    errors[PARAM.administration] = context.messages.administration;
    administrationId = null;
  }
  if (Object.keys(errors).length > 0) return { ok: false, status: 400, errors };
  // A coordinator sees all administrations together, or their own; another's alone is not theirs to look at.
  if (user.role !== 'admin' && administrationId !== null && administrationId !== user.administrationId) return { ok: false, status: 403 };
  return { ok: true, filter: { year: year!, administrationId } };
}

/** The query string of a filter, always with both values, so links keep exactly what is shown. */
export function filterQuery(filter: StatisticsFilter): string {
  const params = new URLSearchParams({ [PARAM.year]: String(filter.year), [PARAM.administration]: filter.administrationId ?? ALL });
  return `?${params.toString()}`;
}

/** The annual report of a filter's year and administration. */
export function annualReportHref(filter: StatisticsFilter, suffix = ''): string {
  return `/rapporter/aarsrapport/${filter.year}${suffix}?${PARAM.administration}=${filter.administrationId ?? ALL}`;
}
