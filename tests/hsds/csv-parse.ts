/**
 * A small RFC 4180 reader for the tests, written apart from the export (and from the import) so
 * that a test of the CSV does not read it with the code that wrote it. Returns header and rows.
 */
export function parseCsv(text: string): { header: string[]; rows: Record<string, string>[] } {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const records: string[][] = [];
  let record: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (quoted) {
      if (c === '"' && body[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') {
      if (cell !== '') throw new Error(`A quote inside an unquoted cell at ${i}`);
      quoted = true;
    } else if (c === ',') {
      record.push(cell);
      cell = '';
    } else if (c === '\r' && body[i + 1] === '\n') {
      record.push(cell);
      records.push(record);
      record = [];
      cell = '';
      i++;
    } else if (c === '\n' || c === '\r') {
      throw new Error(`A bare line break outside quotes at ${i}: rows must end with CRLF`);
    } else cell += c;
  }
  if (quoted) throw new Error('The file ends inside a quoted cell');
  if (cell !== '' || record.length > 0) throw new Error('The last row does not end with CRLF');
  const [header = [], ...rest] = records;
  return {
    header,
    rows: rest.map((r, n) => {
      if (r.length !== header.length) throw new Error(`Row ${n + 2} has ${r.length} cells, the header ${header.length}`);
      return Object.fromEntries(header.map((h, j) => [h, r[j]!]));
    }),
  };
}
