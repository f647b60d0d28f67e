import { describe, expect, it } from 'vitest';
import { CsvSyntaxError, detectDelimiter, readCsv } from './csv-reader';

describe('readCsv', () => {
  it('reads plain comma-separated records with their spreadsheet row numbers', () => {
    expect(readCsv('a,b\r\n1,2\r\n3,4\r\n')).toEqual([
      { row: 1, cells: ['a', 'b'] },
      { row: 2, cells: ['1', '2'] },
      { row: 3, cells: ['3', '4'] },
    ]);
  });

  it('reads quoted cells with quotes, delimiters and line breaks inside', () => {
    const records = readCsv('navn,note\n"Ta\'fat, Vesterbro","Sig ""hej""\r\nog kom"\nx,y');
    expect(records).toEqual([
      { row: 1, cells: ['navn', 'note'] },
      { row: 2, cells: ["Ta'fat, Vesterbro", 'Sig "hej"\nog kom'] },
      { row: 3, cells: ['x', 'y'] },
    ]);
  });

  it('skips a byte order mark and blank lines, but counts the blank lines as rows', () => {
    expect(readCsv('\uFEFFa;b\n\n1;2\n\n')).toEqual([
      { row: 1, cells: ['a', 'b'] },
      { row: 3, cells: ['1', '2'] },
    ]);
  });

  it('keeps empty cells, also the last one of a line', () => {
    expect(readCsv('a,b,c\n,,\n')).toEqual([
      { row: 1, cells: ['a', 'b', 'c'] },
      { row: 2, cells: ['', '', ''] },
    ]);
  });

  it('keeps a quoted empty cell as a record', () => {
    expect(readCsv('a\n""\n')).toEqual([
      { row: 1, cells: ['a'] },
      { row: 2, cells: [''] },
    ]);
  });

  it('refuses a quote that never closes, naming the row it starts in', () => {
    expect(() => readCsv('a,b\n1,"open\n2,3')).toThrow(CsvSyntaxError);
    try {
      readCsv('a,b\n1,"open\n2,3');
    } catch (error) {
      expect((error as CsvSyntaxError).row).toBe(2);
    }
  });
});

describe('detectDelimiter', () => {
  it('takes the semicolon of a Danish spreadsheet', () => {
    expect(detectDelimiter('\uFEFFnavn;beløb;note\n"a,b";1,5;x')).toBe(';');
  });

  it('takes the comma otherwise, ignoring semicolons inside quotes', () => {
    expect(detectDelimiter('"a;b;c",d,e\n')).toBe(',');
    expect(detectDelimiter('organization_id,service_target_groups\n')).toBe(',');
  });
});
