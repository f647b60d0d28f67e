import { Checker } from './checks';
import { ACTIVITY_COLUMNS, CsvCells, ORGANIZATION_COLUMNS, readHeader } from './csv-cells';
import { CsvSyntaxError, readCsv } from './csv-reader';
import { readActivity, readAssociation } from './csv-row';
import { FILE, Issues } from './issues';
import type { ImportAssociation, ImportData } from './model';
import type { Reference } from './reference';
import { checkUniqueIds } from './unique';

/**
 * Reads the documented CSV (src/lib/hsds/csv-columns.ts): one row per activity with its
 * association's columns, which must be the same in every row of that association; a row without
 * activity columns is an association alone. Problems name the row (as a spreadsheet numbers it,
 * the header being row 1) and the column.
 */
export function readCsvFile(text: string, reference: Reference): { data: ImportData; issues: Issues } {
  const issues = new Issues();
  let records;
  try {
    records = readCsv(text);
  } catch (error) {
    if (!(error instanceof CsvSyntaxError)) throw error;
    issues.add(FILE, '', 'import.issue.unclosedQuote', { row: error.row });
    return { data: { associations: [] }, issues };
  }
  const [header, ...rows] = records;
  if (!header || rows.length === 0) {
    issues.add(FILE, '', 'import.issue.empty');
    return { data: { associations: [] }, issues };
  }
  const index = readHeader(issues, header);
  // Rows read against a wrong header give a problem in every row: the header first.
  if (issues.count > 0) return { data: { associations: [] }, issues };
  const associations = new Map<string, { association: ImportAssociation; first: CsvCells }>();
  const activityRows: { id: string; row: number }[] = [];
  for (const record of rows) {
    const cells = new CsvCells(record.row, record.cells, index);
    const check = new Checker(issues, { row: record.row });
    // More cells than columns: usually a `;` inside a cell without quotes, which shifts the rest.
    if (record.cells.slice(header.cells.length).some((c) => c.trim() !== '')) {
      check.fail('', 'import.issue.tooManyCells', { count: record.cells.length, columns: header.cells.length });
      continue;
    }
    const id = cells.get('organization_id');
    const known = associations.get(id);
    if (known && id) {
      // The association's columns repeat on each of its rows; they must not contradict the first.
      for (const column of ORGANIZATION_COLUMNS) {
        if (cells.get(column) !== known.first.get(column)) check.fail(column, 'import.issue.organizationDiffers', { row: known.first.row });
      }
    }
    const association = known?.association ?? readAssociation(check, reference, cells);
    if (!known) associations.set(id || `#${record.row}`, { association, first: cells });
    if (cells.any(ACTIVITY_COLUMNS)) {
      const activity = readActivity(check, reference, cells, association);
      association.activities.push(activity);
      activityRows.push({ id: activity.sourceId, row: record.row });
    }
  }
  checkUniqueIds(
    issues,
    activityRows.map((a) => ({ id: a.id, where: { row: a.row } })),
    'service_id',
  );
  return { data: { associations: [...associations.values()].map((a) => a.association) }, issues };
}
