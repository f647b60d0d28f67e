import { describe, expect, it } from 'vitest';
import { parseExportArgs } from './export';

describe('export arguments', () => {
  it('takes --format hsds|csv and an optional --out, also written with =', () => {
    expect(parseExportArgs(['--format', 'hsds'])).toEqual({ format: 'hsds', out: undefined });
    expect(parseExportArgs(['--format=csv', '--out', 'a.csv'])).toEqual({ format: 'csv', out: 'a.csv' });
    expect(parseExportArgs(['--out=x=y.json', '--format', 'hsds'])).toEqual({ format: 'hsds', out: 'x=y.json' });
  });

  it('refuses anything else', () => {
    for (const args of [[], ['--format'], ['--format', 'xml'], ['--format='], ['--out', 'a'], ['--format', 'csv', '--out'], ['--format', 'csv', '--out', '--format'], ['--format', 'csv', 'extra'], ['--format', 'csv', '--format', 'csv']]) {
      expect(parseExportArgs(args), args.join(' ')).toBeNull();
    }
  });
});
