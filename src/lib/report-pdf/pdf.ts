/**
 * The annual § 18 report as an A4 PDF (pdfkit, like the prescription): the title, the
 * introduction, then each section with its tables, the same cells as on the page. Charts are
 * left out: the tables carry every number, and the HTML page is the accessible version. The
 * standard font Helvetica writes Danish letters (WinAnsi) and needs no font file.
 */
import PDFDocument from 'pdfkit';
import { type Locale, t } from '../../i18n';
import type { ReportSection } from './model';
import { drawTable, INK, MARGIN } from './pdf-table';

/** What the PDF says: the same title, introduction and sections as the page. */
export interface AnnualReportContent {
  title: string;
  intro: string[];
  sections: ReportSection[];
}

export interface PdfOptions {
  /** Off in tests, so that the text can be found in the file. */
  compress?: boolean;
}

/** The annual report as PDF bytes. */
export function annualReportPdf(content: AnnualReportContent, locale: Locale, options: PdfOptions = {}): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    compress: options.compress ?? true,
    bufferPages: true,
    lang: locale === 'da' ? 'da-DK' : 'en-GB',
    displayTitle: true,
    info: { Title: content.title, Author: t(locale, 'site.municipality') },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  draw(doc, content, locale);
  pageNumbers(doc, locale);
  doc.end();
  return done;
}

function draw(doc: PDFKit.PDFDocument, content: AnnualReportContent, locale: Locale): void {
  const inner = doc.page.width - 2 * MARGIN;
  doc.fillColor(INK).font('Helvetica-Bold').fontSize(22).text(content.title, MARGIN, MARGIN, { width: inner });
  doc.moveDown(0.6).font('Helvetica').fontSize(11);
  for (const paragraph of content.intro) doc.text(paragraph, { width: inner, lineGap: 2 }).moveDown(0.5);
  for (const section of content.sections) {
    // Each section on a new page, as the print stylesheet does.
    doc.addPage();
    doc.fillColor(INK).font('Helvetica-Bold').fontSize(16).text(section.heading, MARGIN, MARGIN, { width: inner });
    doc.moveDown(0.3).font('Helvetica').fontSize(10).text(section.note, { width: inner });
    for (const block of section.blocks) drawTable(doc, block.table, locale);
  }
}

/** "Side 2 af 5" at the foot of every page. */
function pageNumbers(doc: PDFKit.PDFDocument, locale: Locale): void {
  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    const text = t(locale, 'reports.annual.page', { page: i + 1, pages: count });
    // Writing below the bottom margin would make pdfkit start a new page: lift the margin for this line.
    const margin = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.fillColor(INK).font('Helvetica').fontSize(8).text(text, MARGIN, doc.page.height - MARGIN + 16, { width: doc.page.width - 2 * MARGIN, align: 'center', lineBreak: false });
    doc.page.margins.bottom = margin;
  }
}
