/**
 * /rapporter/aarsrapport/[year].pdf: the annual § 18 report as an A4 PDF, the same title,
 * introduction and tables as the page (which is the accessible version).
 */
import type { APIRoute } from 'astro';
import { annualReport } from '../../../components/reports/annual-page';
import { t } from '../../../i18n';
import { annualReportPdf } from '../../../lib/report-pdf';

export const GET: APIRoute = async (context) => {
  const page = await annualReport(context, 'annual-pdf');
  if (page instanceof Response) return page;
  const { locale } = context.locals;
  if (!page) return new Response(t(locale, 'notFound.title'), { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  const pdf = await annualReportPdf(page, locale);
  return new Response(new Uint8Array(pdf), {
    headers: {
      'Content-Type': 'application/pdf',
      'Content-Disposition': `attachment; filename="aarsrapport-${page.year}.pdf"`,
      'Cache-Control': 'private, no-store',
    },
  });
};
