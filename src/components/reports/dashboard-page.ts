/**
 * /rapporter: the filter form and, for a valid filter, every section of the report. Coordinators
 * choose between their own administration and all; the admin between all and any one.
 */
import type { AstroGlobal } from 'astro';
import { type Locale, translator } from '../../i18n';
import { db } from '../../lib/db';
import type { FieldErrors } from '../../lib/forms/validate';
import { loadReport, type ReportSection, reportSections, reportYears } from '../../lib/report-pdf';
import type { StatisticsFilter } from '../../lib/statistics';
import { ALL, annualReportHref, filterQuery, PARAM } from './filter';
import { administrationName, type RefusedFilter, type ReportRequest, reportRequest } from './request';

export interface Choice {
  value: string;
  label: string;
}

export interface DashboardPage {
  /** What the form shows as chosen, and what is wrong with it. */
  form: { year: string; administration: string; errors: FieldErrors };
  years: Choice[];
  administrations: Choice[];
  /** The report, when the filter was valid. */
  report: {
    filter: StatisticsFilter;
    /** `?aar=…&forvaltning=…`, for the CSV links. */
    query: string;
    /** The annual report of the same year and administration. */
    annualHref: string;
    administration: string | null;
    sections: ReportSection[];
  } | null;
}

/** The administrations a user may choose: all first, then the coordinator's own or (admin) every one. */
function administrationChoices(request: ReportRequest | RefusedFilter, locale: Locale): Choice[] {
  const tr = translator(locale);
  const own = request.user.role === 'admin' ? request.administrations : request.administrations.filter((a) => a.id === request.user.administrationId);
  return [{ value: ALL, label: tr('reports.filter.all') }, ...own.map((a) => ({ value: a.id, label: locale === 'en' ? a.nameEn : a.nameDa }))];
}

/** The years with figures and the current one; a chosen year without figures is kept, so the form shows what the page shows. */
async function yearChoices(chosen: number | null): Promise<Choice[]> {
  const years = await reportYears(db());
  if (chosen !== null && !years.includes(chosen)) years.push(chosen);
  return years.sort((a, b) => b - a).map((y) => ({ value: String(y), label: String(y) }));
}

/** The dashboard's data, or the response to send instead (login, 403, 429). */
export async function dashboardPage(Astro: AstroGlobal): Promise<DashboardPage | Response> {
  const request = await reportRequest(Astro, 'dashboard');
  if (request instanceof Response) return request;
  const locale = Astro.locals.locale;
  const administrations = administrationChoices(request, locale);
  if ('errors' in request) {
    Astro.response.status = 400;
    return {
      form: { year: Astro.url.searchParams.get(PARAM.year) ?? '', administration: Astro.url.searchParams.get(PARAM.administration) ?? '', errors: request.errors },
      years: await yearChoices(null),
      administrations,
      report: null,
    };
  }
  const { filter } = request;
  const [years, data] = await Promise.all([yearChoices(filter.year), loadReport(db(), filter)]);
  return {
    form: { year: String(filter.year), administration: filter.administrationId ?? ALL, errors: {} },
    years,
    administrations,
    report: { filter, query: filterQuery(filter), annualHref: annualReportHref(filter), administration: administrationName(request.administration, locale), sections: reportSections(data, locale) },
  };
}
