/**
 * The prescription as a one-page A4 PDF (pdfkit), the same content as the print page. The
 * standard font Helvetica needs no font file of ours and writes Danish letters (æ, ø, å are in
 * the WinAnsi encoding pdfkit uses for it). Red as on Ta'fat's "knaldrøde" prescription, but every
 * text is black on white or white on a dark red, so that it reads as well printed in greyscale.
 */
import PDFDocument from 'pdfkit';
import { type Locale, t } from '../../i18n';
import { formatDate } from '../schedule';
import type { PrescriptionData } from './data';

const RED = '#b0001e';
const DARK_RED = '#7a0016';
const MARGIN = 48;
/** Space kept at the bottom for the reference box, so the page never spills onto a second one. */
const BOX_HEIGHT = 118;

export interface PdfOptions {
  /** Off in tests, so that the text can be found in the file. */
  compress?: boolean;
}

/** The prescription as PDF bytes. */
export function prescriptionPdf(data: PrescriptionData, locale: Locale, options: PdfOptions = {}): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    compress: options.compress ?? true,
    lang: locale === 'da' ? 'da-DK' : 'en-GB',
    displayTitle: true,
    // The title names the code only: a PDF's properties are shown in many places.
    info: { Title: `${t(locale, 'referralUi.recipe.heading')} ${data.reference}`, Author: t(locale, 'site.municipality') },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  draw(doc, data, locale);
  doc.end();
  return done;
}

function draw(doc: PDFKit.PDFDocument, data: PrescriptionData, locale: Locale): void {
  const { width, height } = doc.page;
  const inner = width - 2 * MARGIN;
  const boxTop = height - MARGIN - BOX_HEIGHT;
  // A red frame and a red band with the heading: the look that is easy to find on a busy desk.
  doc.lineWidth(6).rect(12, 12, width - 24, height - 24).stroke(RED);
  doc.rect(12, 12, width - 24, 100).fill(RED);
  doc.fillColor('white').font('Helvetica-Bold').fontSize(30).text(t(locale, 'referralUi.recipe.heading'), MARGIN, 36, { width: inner });
  doc.font('Helvetica').fontSize(13).text(t(locale, 'referralUi.recipe.issuer'), { width: inner });

  doc.fillColor('black').font('Helvetica-Bold').fontSize(28).text(data.activityName, MARGIN, 140, { width: inner });
  doc.font('Helvetica').fontSize(16).text(t(locale, 'activity.from', { association: data.associationName }), { width: inner });
  doc.moveDown(0.4).fontSize(15).text(data.summary, { width: inner });

  /** Writes lines while they fit above the reference box; the rest are left out with "…". */
  const section = (heading: string, lines: string[]) => {
    if (doc.y + 40 > boxTop) return;
    doc.moveDown(0.9).fillColor(DARK_RED).font('Helvetica-Bold').fontSize(18).text(heading, MARGIN, doc.y, { width: inner });
    doc.fillColor('black').font('Helvetica').fontSize(15);
    for (const line of lines) {
      if (doc.y + doc.heightOfString(line, { width: inner }) + 16 > boxTop) {
        doc.text('…', { width: inner });
        return;
      }
      doc.text(line, { width: inner });
    }
  };
  section(t(locale, 'activity.when'), data.when.length > 0 ? data.when : [t(locale, 'activity.noSchedule')]);
  section(
    t(locale, 'activity.where'),
    data.places.length > 0 ? data.places.map((p) => `${p.name}, ${p.address}, ${p.postalCode} ${p.city}`) : [t(locale, 'activity.noPlace')],
  );
  section(t(locale, 'referralUi.recipe.contact'), contactLines(data, locale));

  doc.lineWidth(3).rect(MARGIN, boxTop, inner, BOX_HEIGHT - 24).stroke(RED);
  doc.fillColor('black').font('Helvetica').fontSize(13).text(t(locale, 'referralUi.recipe.reference'), MARGIN + 16, boxTop + 14);
  doc.font('Helvetica-Bold').fontSize(26).text(data.reference, MARGIN + 16, boxTop + 32, { characterSpacing: 2 });
  doc.font('Helvetica').fontSize(13).text(`${t(locale, 'referralUi.recipe.date')}: ${formatDate(locale, data.issuedAt)}`, MARGIN + 16, boxTop + 68);
  doc.fontSize(10).text(t(locale, 'referralUi.recipe.private'), MARGIN, height - MARGIN - 14, { width: inner, lineBreak: false });
}

/** "Hanne Jensen (koordinator), telefon 20 00 00 01, e-mail hanne@…", or the association's own phone and e-mail. */
export function contactLines(data: Pick<PrescriptionData, 'contacts' | 'email' | 'phone'>, locale: Locale): string[] {
  const phone = (p: string) => t(locale, 'referralUi.recipe.phone', { phone: p });
  const email = (e: string) => t(locale, 'referralUi.recipe.email', { email: e });
  const lines = data.contacts.slice(0, 3).map((c) =>
    [c.title ? `${c.name} (${c.title})` : c.name, c.phone ? phone(c.phone) : null, c.email ? email(c.email) : null].filter(Boolean).join(', '),
  );
  if (lines.length > 0) return lines;
  const general = [data.phone ? phone(data.phone) : null, data.email ? email(data.email) : null].filter((x): x is string => x !== null);
  return general.length > 0 ? general : [t(locale, 'activity.contact.none')];
}
