/** A report table as a CSV file (statistics/csv.ts writes it for Danish Excel). */
import { toCsv } from '../statistics';
import { type Cell, csvCell, csvHeading, type ReportTable } from './table';

/** The table's headings, rows and totals row as CSV, the same cells as on the page. */
export function tableCsv(table: ReportTable): string {
  const columns = table.columns.map((column, i) => ({ heading: csvHeading(column), value: (row: Cell[]) => csvCell(row[i] ?? null, column.format) }));
  return toCsv(columns, table.total ? [...table.rows, table.total] : table.rows);
}

/** The file name of a download: the table, the administration's short name when one is chosen, the year. */
export function csvFileName(id: string, year: number, administrationAbbreviation: string | null): string {
  const ascii = (text: string) =>
    text
      .toLowerCase()
      .replace(/æ/g, 'ae')
      .replace(/ø/g, 'oe')
      .replace(/å/g, 'aa')
      .replace(/[^a-z0-9]+/g, '');
  const part = administrationAbbreviation ? `-${ascii(administrationAbbreviation)}` : '';
  return `${id}${part}-${year}.csv`;
}
