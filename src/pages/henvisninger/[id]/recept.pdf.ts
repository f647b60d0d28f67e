import type { APIRoute } from 'astro';
import { prescriptionFor } from '../../../components/referral/prescription-page';
import { t } from '../../../i18n';
import { prescriptionPdf } from '../../../lib/prescription';

/**
 * The prescription as a one-page PDF to download (the same content as the print page). The
 * download is logged as a `pdf` read of the referral. The file name holds the reference only.
 */
export const GET: APIRoute = async (context) => {
  const data = await prescriptionFor(context, 'pdf');
  if (data instanceof Response) return data;
  const { locale } = context.locals;
  if (!data) return new Response(t(locale, 'notFound.title'), { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  const pdf = await prescriptionPdf(data, locale);
  return new Response(new Uint8Array(pdf), {
    headers: {
      'Content-Type': 'application/pdf',
      'Content-Disposition': `attachment; filename="recept-${data.reference}.pdf"`,
      // It names a referral: keep it out of shared caches.
      'Cache-Control': 'private, no-store',
    },
  });
};
