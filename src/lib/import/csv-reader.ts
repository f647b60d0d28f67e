/**
 * A small RFC 4180 reader: quoted cells (with `""` for a quote, and line breaks inside), CRLF or LF
 * line ends, `;` or `,` between cells, UTF-8 with or without a byte order mark. Written here rather
 * than taken from npm because this is all the import needs, and it is short enough to test whole.
 */

/** One record of the file: its cells, and the row number a spreadsheet shows for it (header = 1). */
export interface CsvRecord {
  row: number;
  cells: string[];
}

export type CsvDelimiter = ',' | ';';

/** A quote that never closes: the rest of the file would be one cell, so we refuse it. */
export class CsvSyntaxError extends Error {
  constructor(readonly row: number) {
    super(`CSV: a quoted cell that starts in row ${row} is never closed`);
    this.name = 'CsvSyntaxError';
  }
}

const BOM = '\uFEFF';

/**
 * The delimiter of a file, read from its header line: the one of `;` and `,` that occurs more often
 * outside quotes (a Danish Excel writes `;`, because `,` is its decimal comma).
 */
export function detectDelimiter(text: string): CsvDelimiter {
  let semicolons = 0;
  let commas = 0;
  let quoted = false;
  for (const char of text.startsWith(BOM) ? text.slice(1) : text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && char === ';') semicolons++;
    else if (!quoted && char === ',') commas++;
  }
  return semicolons > commas ? ';' : ',';
}

/**
 * Reads the records of a CSV text. Blank lines are skipped (a spreadsheet often leaves some at the
 * end); row numbers still count them, so that they match what the spreadsheet shows.
 */
export function readCsv(text: string, delimiter: CsvDelimiter = detectDelimiter(text)): CsvRecord[] {
  const source = text.startsWith(BOM) ? text.slice(1) : text;
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let row = 1;
  let startRow = 1;
  let touched = false;

  const endRecord = () => {
    cells.push(cell);
    if (touched) records.push({ row: startRow, cells });
    cells = [];
    cell = '';
    touched = false;
  };

  for (let i = 0; i < source.length; i++) {
    const char = source[i]!;
    if (quoted) {
      if (char === '"' && source[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else {
        // CRLF inside a quoted cell is one line break, as spreadsheets mean it.
        if (char === '\r' && source[i + 1] === '\n') continue;
        cell += char === '\r' ? '\n' : char;
      }
      continue;
    }
    if (char === '"' && cell === '') {
      quoted = true;
      touched = true;
    } else if (char === delimiter) {
      cells.push(cell);
      cell = '';
      touched = true;
    } else if (char === '\r' || char === '\n') {
      if (char === '\r' && source[i + 1] === '\n') i++;
      endRecord();
      row++;
      startRow = row;
    } else {
      cell += char;
      touched = true;
    }
  }
  if (quoted) throw new CsvSyntaxError(startRow);
  endRecord();
  return records;
}
