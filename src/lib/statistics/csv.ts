/**
 * CSV downloads of the report tables, made for the spreadsheet a Danish municipality opens them
 * in: Excel with Danish regional settings.
 *
 * - Separator `;`: Danish Excel uses the comma as the decimal sign, so it expects `;` between
 *   fields and would put a whole comma-separated line in one cell.
 * - A UTF-8 byte order mark first: without it Excel reads the file as Windows-1252 and shows
 *   "Ã¸" for "ø".
 * - Quoting as RFC 4180: a field with `;`, `"`, a line break or spaces at its ends is put in double
 *   quotes, with `"` doubled; lines end in CRLF.
 * - Numbers are plain, without grouping: whole numbers as digits, decimals with a comma
 *   ("0,75"), so that Danish Excel reads them as numbers it can add up. Amounts are in kroner with
 *   two decimals ("12500,50"): whole kroner would lose the øre a grant may have.
 * - A text that starts with `=`, `+`, `-`, `@` or a tab gets a leading `'`, so that a name typed
 *   into the portal cannot run as a formula in the reader's spreadsheet (CSV injection).
 */

/** A column of a CSV table: its heading, and the cell of a row (a number stays a number). */
export interface CsvColumn<Row> {
  heading: string;
  value: (row: Row) => string | number | null | undefined;
}

const BOM = '\uFEFF';
const SEPARATOR = ';';
const NEWLINE = '\r\n';

/** A decimal number as Danish Excel reads it: comma decimals, no grouping ("0,5", "12500,00"). */
export function decimalCell(value: number, digits: number): string {
  return value.toFixed(digits).replace('.', ',');
}

/** An amount in øre as kroner with two decimals, for CSV ("1250050" øre → "12500,50"). */
export function kronerCell(ore: number): string {
  const sign = ore < 0 ? '-' : '';
  const abs = Math.abs(Math.trunc(ore));
  return `${sign}${Math.floor(abs / 100)},${String(abs % 100).padStart(2, '0')}`;
}

/** One field, quoted when it must be. */
export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : String(value).replace('.', ',');
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[;"\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole CSV file: the BOM, the headings, then a line per row. */
export function toCsv<Row>(columns: readonly CsvColumn<Row>[], rows: readonly Row[]): string {
  const lines = [columns.map((c) => csvField(c.heading)), ...rows.map((row) => columns.map((c) => csvField(c.value(row))))];
  return BOM + lines.map((fields) => fields.join(SEPARATOR)).join(NEWLINE) + NEWLINE;
}

/**
 * The answer of a CSV download: a file to save (`filename` of ASCII letters, digits, `-` and
 * `.`), never cached by a shared cache (the figures may be internal).
 */
export function csvResponse(csv: string, filename: string): Response {
  const safe = filename.replace(/[^A-Za-z0-9._-]/g, '-');
  return new Response(csv, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${safe}"`,
      'Cache-Control': 'private, no-store',
    },
  });
}
