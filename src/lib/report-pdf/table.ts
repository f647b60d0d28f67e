/**
 * One table of the reports, as the dashboard, the CSV download, the annual report page and its
 * PDF all show it: the same rows from the same figures, so a number never differs between them.
 * Cells keep raw values (øre, shares 0–1, decimal days); each output formats them its own way.
 */
import { formatNumber, type Locale, t } from '../../i18n';
import { formatKroner } from '../grants/money';
import { formatDate, intlLocale } from '../schedule/format';
import { decimalCell, kronerCell } from '../statistics';

/** How a cell's value is written. */
export type CellFormat = 'text' | 'count' | 'kroner' | 'percent' | 'days' | 'date';

/** A value with its own format, for tables whose rows differ (the key figures). */
export interface TypedCell {
  value: number | string | null;
  format: CellFormat;
}

/** A cell: text, a number in its column's format, nothing (`null`, "–"), or a typed value. */
export type Cell = string | number | null | TypedCell;

export interface ReportColumn {
  heading: string;
  format: CellFormat;
  /** Cells of this column are shaded by their count (the flow matrix). */
  heat?: boolean;
}

/** The names of the tables, also their CSV file names (`/rapporter/csv/<id>.csv`). */
export const TABLE_IDS = [
  'foreninger-forvaltning',
  'aktiviteter-bydel',
  'aktiviteter-maalgruppe',
  'aktiviteter-type',
  'tilskud-forvaltning',
  'tilskud-liste',
  'henvisninger-noegletal',
  'henvisninger-stroemme',
  'henvisninger-videresendt',
  'henvisninger-over-fristen',
  'raadgivningsmoeder',
  'foraeldede-forvaltning',
  'foraeldede-liste',
] as const;
export type TableId = (typeof TABLE_IDS)[number];

/** Whether `value` names a table (for the CSV route: anything else is a 404). */
export function isTableId(value: string): value is TableId {
  return (TABLE_IDS as readonly string[]).includes(value);
}

export interface ReportTable {
  id: TableId;
  caption: string;
  /** A sentence under the caption saying how to read the table. */
  note?: string;
  /** The first column heads the rows (`th scope="row"`). */
  columns: ReportColumn[];
  rows: Cell[][];
  /** The totals row, shown last (`tfoot`). */
  total?: Cell[];
}

const percentFormats = new Map<Locale, Intl.NumberFormat>();

function typed(cell: Cell, format: CellFormat): TypedCell {
  return cell !== null && typeof cell === 'object' ? cell : { value: cell, format };
}

/** A cell as the reader sees it: "12.500 kr.", "67 %", "2,5", "12. marts 2026", "–" for no value ('' stays blank). */
export function displayCell(locale: Locale, cell: Cell, columnFormat: CellFormat): string {
  const { value, format } = typed(cell, columnFormat);
  if (value === null) return t(locale, 'reports.none');
  if (typeof value === 'string') return format === 'date' && value !== '' ? formatDate(locale, new Date(value)) : value;
  switch (format) {
    case 'kroner':
      return formatKroner(value, locale);
    case 'percent': {
      let f = percentFormats.get(locale);
      if (!f) percentFormats.set(locale, (f = new Intl.NumberFormat(intlLocale[locale], { style: 'percent', maximumFractionDigits: 0 })));
      return f.format(value);
    }
    case 'days':
      return formatNumber(locale, Math.round(value * 10) / 10);
    default:
      return formatNumber(locale, value);
  }
}

/**
 * A cell for the CSV file, as Danish Excel reads it (see statistics/csv.ts): counts as digits,
 * kroner with two comma decimals, a share as "67 %" (Excel takes it as a percentage), days with
 * one comma decimal, dates as YYYY-MM-DD in Copenhagen, nothing as an empty field.
 */
export function csvCell(cell: Cell, columnFormat: CellFormat): string | number | null {
  const { value, format } = typed(cell, columnFormat);
  if (value === null) return null;
  if (typeof value === 'string') return format === 'date' && value !== '' ? copenhagenDate(new Date(value)) : value;
  switch (format) {
    case 'kroner':
      return kronerCell(value);
    case 'percent':
      return `${Math.round(value * 100)} %`;
    case 'days':
      return decimalCell(value, 1);
    default:
      return value;
  }
}

/** The heading of a column in CSV: with its unit, since the cells carry none. */
export function csvHeading(column: ReportColumn): string {
  return column.format === 'kroner' ? `${column.heading} (kr.)` : column.heading;
}

/** An instant's date in Copenhagen as YYYY-MM-DD. */
function copenhagenDate(instant: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen', year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);
}

/** The plain number of a cell (for charts and heat shading); null when it has none. */
export function numberOf(cell: Cell | undefined): number | null {
  if (cell === undefined || cell === null) return null;
  if (typeof cell === 'object') return typeof cell.value === 'number' ? cell.value : null;
  return typeof cell === 'number' ? cell : null;
}

/** The text of a row's first cell: its label. */
export function labelOf(row: readonly Cell[]): string {
  const first = row[0];
  if (first === undefined || first === null) return '';
  if (typeof first === 'object') return String(first.value ?? '');
  return String(first);
}
