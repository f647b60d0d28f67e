import { CSV_COLUMNS, CSV_LINE_SEPARATOR, CSV_LIST_SEPARATOR, type CsvColumn } from '../hsds/csv-columns';
import type { CsvRecord } from './csv-reader';
import { Issues } from './issues';

/** Columns the import needs in every file; the others may be left out (read as empty). */
const REQUIRED_COLUMNS: readonly CsvColumn[] = ['organization_id', 'organization_name'];

/**
 * Columns whose absence means "the file does not say" rather than "empty": the listing keeps its
 * own value. A spreadsheet without `organization_district` must not move every association to
 * "the whole municipality".
 */
const KEEP_WHEN_ABSENT: readonly CsvColumn[] = ['organization_district', 'organization_assured_date', 'service_summary_en'];

/** The cells of one row by column name; `undefined` for a column the file does not have. */
export class CsvCells {
  constructor(
    readonly row: number,
    private readonly cells: readonly string[],
    private readonly index: ReadonlyMap<CsvColumn, number>,
  ) {}

  /** The cell of a column, trimmed ('' when the file has no such column). */
  get(column: CsvColumn): string {
    const i = this.index.get(column);
    return i === undefined ? '' : (this.cells[i] ?? '').replace(/\r\n?/g, '\n').trim();
  }

  /** Undefined when the file has no such column and the column is one of KEEP_WHEN_ABSENT. */
  keep(column: CsvColumn): string | undefined {
    return !this.index.has(column) && KEEP_WHEN_ABSENT.includes(column) ? undefined : this.get(column);
  }

  /** A code list (`da;en`), also with commas. */
  list(column: CsvColumn): string[] {
    return this.get(column)
      .split(new RegExp(`[${CSV_LIST_SEPARATOR},]`))
      .map((v) => v.trim())
      .filter(Boolean);
  }

  /** The lines of a line-per-record cell (untrimmed lines keep their place; an empty cell has none). */
  lines(column: CsvColumn): string[] {
    const cell = this.get(column);
    return cell === '' ? [] : cell.split(CSV_LINE_SEPARATOR).map((l) => l.trim());
  }

  /** Whether any of the columns has a value. */
  any(columns: readonly CsvColumn[]): boolean {
    return columns.some((c) => this.get(c) !== '');
  }
}

/**
 * Reads the header row: every column must be one of CSV_COLUMNS (a misspelt column would be
 * silently ignored otherwise), none twice, and the required ones there. Names are compared
 * without case and surrounding spaces.
 */
export function readHeader(issues: Issues, header: CsvRecord): Map<CsvColumn, number> {
  const index = new Map<CsvColumn, number>();
  header.cells.forEach((cell, i) => {
    const name = cell.trim().toLowerCase();
    if (name === '') return;
    const column = CSV_COLUMNS.find((c) => c === name);
    if (!column) issues.add({ row: header.row }, cell.trim(), 'import.issue.unknownColumn');
    else if (index.has(column)) issues.add({ row: header.row }, column, 'import.issue.duplicateColumn');
    else index.set(column, i);
  });
  for (const column of REQUIRED_COLUMNS) if (!index.has(column)) issues.add({ row: header.row }, column, 'import.issue.missingColumn');
  return index;
}

/** The association's own columns: equal in every row of one association. */
export const ORGANIZATION_COLUMNS = CSV_COLUMNS.filter((c) => c.startsWith('organization_'));

/** Columns that make a row hold an activity. */
export const ACTIVITY_COLUMNS = CSV_COLUMNS.filter((c) => !c.startsWith('organization_'));
