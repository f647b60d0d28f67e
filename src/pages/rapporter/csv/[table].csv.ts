/**
 * GET /rapporter/csv/<table>.csv?aar=…&forvaltning=…: one table of the reports as CSV for Danish
 * Excel, the same cells as on the page. Same access as the dashboard; an unknown table is a 404.
 */
import type { APIRoute } from 'astro';
import { badFilter, reportRequest } from '../../../components/reports/request';
import { t } from '../../../i18n';
import { db } from '../../../lib/db';
import { csvFileName, isTableId, loadTable, tableCsv } from '../../../lib/report-pdf';
import { csvResponse } from '../../../lib/statistics';

export const GET: APIRoute = async (context) => {
  const request = await reportRequest(context, 'csv');
  if (request instanceof Response) return request;
  if ('errors' in request) return badFilter(request);
  const id = context.params.table ?? '';
  if (!isTableId(id)) return new Response(t(context.locals.locale, 'notFound.title'), { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  const table = await loadTable(db(), id, request.filter, context.locals.locale);
  return csvResponse(tableCsv(table), csvFileName(id, request.filter.year, request.administration?.abbreviation ?? null));
};
