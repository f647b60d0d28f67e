/**
 * The annual § 18 report of a year (/rapporter/aarsrapport/[year], and .pdf): its title, the
 * introduction with the year's figures, and every section. The year comes from the path; a path
 * that is not a year from 2000 to 2100 is a 404. Same access and filter as the dashboard.
 */
import type { APIContext, AstroGlobal } from 'astro';
import { translator } from '../../i18n';
import { db } from '../../lib/db';
import { type AnnualReportContent, introParagraphs, loadReport, reportSections } from '../../lib/report-pdf';
import { annualReportHref, filterQuery, PARAM, parseYear } from './filter';
import { administrationName, badFilter, reportRequest } from './request';

export interface AnnualReportPage extends AnnualReportContent {
  year: number;
  pdfHref: string;
  backHref: string;
}

type Context = Pick<AstroGlobal | APIContext, 'locals' | 'url' | 'redirect' | 'rewrite' | 'clientAddress' | 'request' | 'params'>;

/** The report, null for a path that is not a year (404), or the response to send (login, 400, 403, 429). */
export async function annualReport(context: Context, scope: 'annual' | 'annual-pdf'): Promise<AnnualReportPage | Response | null> {
  // The path's year decides; an `aar` in the query is ignored.
  const params = new URLSearchParams(context.url.searchParams);
  params.delete(PARAM.year);
  const request = await reportRequest(context, scope, params);
  if (request instanceof Response) return request;
  const year = parseYear(context.params.year);
  if (year === null) return null;
  if ('errors' in request) return badFilter(request);
  const locale = context.locals.locale;
  const tr = translator(locale);
  const filter = { ...request.filter, year };
  const data = await loadReport(db(), filter);
  const administration = administrationName(request.administration, locale);
  return {
    year,
    title: administration ? tr('reports.annual.titleFor', { year: String(year), administration }) : tr('reports.annual.title', { year: String(year) }),
    intro: introParagraphs(data, year, administration, locale, new Date()),
    sections: reportSections(data, locale),
    pdfHref: annualReportHref(filter, '.pdf'),
    backHref: `/rapporter${filterQuery(filter)}`,
  };
}
