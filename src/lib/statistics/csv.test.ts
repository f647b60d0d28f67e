import { describe, expect, it } from 'vitest';
import { csvField, csvResponse, decimalCell, kronerCell, toCsv } from './csv';

const BOM = '\uFEFF';

describe('CSV for Danish Excel', () => {
  it('starts with a UTF-8 byte order mark, separates with semicolons and ends lines in CRLF', () => {
    const csv = toCsv([{ heading: 'Forvaltning', value: (r: { n: string; c: number }) => r.n }, { heading: 'Antal', value: (r) => r.c }], [
      { n: 'Socialforvaltningen', c: 12 },
      { n: 'Økonomiforvaltningen', c: 0 },
    ]);
    expect(csv).toBe(`${BOM}Forvaltning;Antal\r\nSocialforvaltningen;12\r\nØkonomiforvaltningen;0\r\n`);
  });

  it('keeps æ, ø and å as they are (UTF-8), without quoting', () => {
    expect(csvField('Besøgsvenner på Østerbro og Ærø')).toBe('Besøgsvenner på Østerbro og Ærø');
    expect(new TextEncoder().encode(toCsv([{ heading: 'å', value: () => 'x' }], [])).slice(0, 5)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf, 0xc3, 0xa5]));
  });

  it('quotes fields with semicolons, quotes and line breaks, doubling the quotes (RFC 4180)', () => {
    expect(csvField('Mad; drikke')).toBe('"Mad; drikke"');
    expect(csvField('Foreningen "Hjertet"')).toBe('"Foreningen ""Hjertet"""');
    expect(csvField('Linje 1\nLinje 2')).toBe('"Linje 1\nLinje 2"');
    expect(csvField('Linje 1\r\nLinje 2')).toBe('"Linje 1\r\nLinje 2"');
    expect(csvField(' mellemrum ')).toBe('" mellemrum "');
    expect(csvField('Komma, ikke semikolon')).toBe('Komma, ikke semikolon');
  });

  it('keeps a quoted line break inside one record', () => {
    const csv = toCsv([{ heading: 'Formål', value: (r: string) => r }, { heading: 'Nr', value: () => 1 }], ['To\nlinjer; og "citat"']);
    expect(csv).toBe(`${BOM}Formål;Nr\r\n"To\nlinjer; og ""citat""";1\r\n`);
  });

  it('leaves empty cells empty and writes whole numbers plainly, decimals with a comma', () => {
    expect(csvField(null)).toBe('');
    expect(csvField(undefined)).toBe('');
    expect(csvField(1234567)).toBe('1234567');
    expect(csvField(0.75)).toBe('0,75');
    expect(decimalCell(2 / 3, 2)).toBe('0,67');
    expect(decimalCell(4, 1)).toBe('4,0');
  });

  it('writes øre as kroner with two decimals and no grouping', () => {
    expect(kronerCell(1_250_000)).toBe('12500,00');
    expect(kronerCell(1_250_050)).toBe('12500,50');
    expect(kronerCell(5)).toBe('0,05');
    expect(kronerCell(0)).toBe('0,00');
  });

  it('defuses text that a spreadsheet would run as a formula', () => {
    expect(csvField('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvField('+45 12 34 56 78')).toBe("'+45 12 34 56 78");
    expect(csvField('@sum')).toBe("'@sum");
    expect(csvField(-5)).toBe('-5');
  });

  it('answers as a CSV download that no shared cache keeps', async () => {
    const response = csvResponse(toCsv([{ heading: 'a', value: () => 1 }], [{}]), 'tilskud 2025/æ.csv');
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="tilskud-2025--.csv"');
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    // text() would drop the BOM while decoding; the bytes on the wire must keep it.
    expect([...new Uint8Array(await response.arrayBuffer())]).toEqual([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('a\r\n1\r\n')]);
  });
});
