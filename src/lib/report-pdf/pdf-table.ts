/**
 * A report table in the PDF: caption and note, a grey heading row repeated on each page the table
 * runs onto, rows never split, numbers at the right, the totals row in bold. Long administration
 * names break before "forvaltningen", as Danish hyphenates compounds, never inside a syllable.
 */
import { type Locale, t } from '../../i18n';
import { type Cell, displayCell, type ReportTable } from './table';

export const MARGIN = 50;
export const INK = '#1a1a1a';
const RULE = '#767676';
const HEAD_FILL = '#eeeeee';
const TABLE_FONT = 8.5;
const CELL_PAD = 3;

/**
 * The font size and column widths of a table: each column at least as wide as its longest word
 * (so "Bookinger" never breaks inside), the room left shared with text columns twice as wide as
 * number columns and the row headings wider still. A table too wide for the page (a flow matrix
 * of many administrations) gets a smaller font, down to 6.5 pt, before words must break.
 */
function layoutColumns(doc: PDFKit.PDFDocument, table: ReportTable, cells: string[][], inner: number): { font: number; widths: number[] } {
  const words = table.columns.map((c, i) => [c.heading, ...cells.map((row) => row[i] ?? '')].flatMap((text) => text.split(/\s+/).flatMap(pieces)));
  const leastAt = (font: number) => {
    doc.font('Helvetica-Bold').fontSize(font);
    return words.map((list) => Math.max(0, ...list.map((w) => doc.widthOfString(w))) + 2 * CELL_PAD + 1);
  };
  let font = TABLE_FONT;
  let least = leastAt(font);
  const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
  while (sum(least) > inner && font > 6.5) least = leastAt((font -= 0.5));
  const sumLeast = sum(least);
  // Still too wide: shrink in proportion (words may then break, rows grow).
  if (sumLeast >= inner) return { font, widths: least.map((w) => (w / sumLeast) * inner) };
  const weights = table.columns.map((c, i) => (i === 0 ? 2.5 : c.format === 'text' ? 2 : 1));
  const sumWeights = sum(weights);
  return { font, widths: least.map((w, i) => w + ((inner - sumLeast) * weights[i]!) / sumWeights) };
}

/** Where a long administration name may break: "Integrations-" "forvaltningen", as Danish hyphenates compounds. */
const COMPOUND = /^(\p{L}{4,})(forvaltningen?\b.*)$/u;

/** A word's pieces for the narrowest a column may be. */
function pieces(word: string): string[] {
  const match = COMPOUND.exec(word);
  return match ? [`${match[1]}-`, match[2]!] : [word];
}

/** `text` with each word too wide for `width` hyphenated before "forvaltningen", so the line breaks there and not inside a syllable. */
function hyphenated(doc: PDFKit.PDFDocument, text: string, width: number): string {
  return text
    .split(' ')
    .map((word) => (doc.widthOfString(word) > width && COMPOUND.test(word) ? word.replace(COMPOUND, '$1-$2') : word))
    .join(' ');
}

/** A table with its caption; rows never split across pages, the heading row repeats on a new page. */
export function drawTable(doc: PDFKit.PDFDocument, table: ReportTable, locale: Locale): void {
  const inner = doc.page.width - 2 * MARGIN;
  const bottom = doc.page.height - MARGIN - 20;
  const texts = (row: readonly Cell[]) => table.columns.map((c, i) => displayCell(locale, row[i] ?? null, c.format));
  const rows = table.total ? [...table.rows, table.total] : table.rows;
  const shown = rows.map(texts);
  const { font, widths: cols } = layoutColumns(doc, table, shown, inner);
  const heightOf = (cells: string[], bold: boolean) => {
    doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(font);
    return Math.max(...cells.map((text, i) => doc.heightOfString(hyphenated(doc, text, cols[i]! - 2 * CELL_PAD), { width: cols[i]! - 2 * CELL_PAD }))) + 2 * CELL_PAD;
  };
  const drawRow = (cells: string[], bold: boolean, fill: string | null) => {
    const height = heightOf(cells, bold);
    const top = doc.y;
    if (fill) doc.rect(MARGIN, top, inner, height).fill(fill);
    let x = MARGIN;
    doc.fillColor(INK).font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(font);
    cells.forEach((text, i) => {
      const align = i > 0 && table.columns[i]!.format !== 'text' ? 'right' : 'left';
      doc.text(hyphenated(doc, text, cols[i]! - 2 * CELL_PAD), x + CELL_PAD, top + CELL_PAD, { width: cols[i]! - 2 * CELL_PAD, align });
      x += cols[i]!;
    });
    doc.moveTo(MARGIN, top + height).lineTo(MARGIN + inner, top + height).lineWidth(0.5).stroke(RULE);
    doc.x = MARGIN;
    doc.y = top + height;
  };
  const header = table.columns.map((c) => c.heading);
  const headerHeight = heightOf(header, true);

  // Caption, note and at least the heading and one row together.
  const captionHeight = doc.font('Helvetica-Bold').fontSize(11).heightOfString(table.caption, { width: inner }) + 30;
  const firstRow = shown[0] ? heightOf(shown[0], false) : 0;
  if (doc.y + 14 + captionHeight + headerHeight + firstRow > bottom) doc.addPage();
  else doc.moveDown(1.2);
  doc.fillColor(INK).font('Helvetica-Bold').fontSize(11).text(table.caption, MARGIN, doc.y, { width: inner });
  if (table.note) doc.font('Helvetica').fontSize(9).text(table.note, { width: inner });
  doc.moveDown(0.3);
  drawRow(header, true, HEAD_FILL);
  if (table.rows.length === 0) {
    doc.font('Helvetica').fontSize(font).text(t(locale, 'reports.empty'), MARGIN + CELL_PAD, doc.y + CELL_PAD, { width: inner });
    return;
  }
  shown.forEach((cells, i) => {
    const isTotal = table.total !== undefined && i === rows.length - 1;
    if (doc.y + heightOf(cells, isTotal) > bottom) {
      doc.addPage();
      doc.y = MARGIN;
      drawRow(header, true, HEAD_FILL);
    }
    drawRow(cells, isTotal, null);
  });
}

