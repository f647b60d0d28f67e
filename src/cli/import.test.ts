import { describe, expect, it } from 'vitest';
import { parseImportArgs } from './import';

describe('parseImportArgs', () => {
  it('reads the file and the options, in any order and in both spellings', () => {
    expect(parseImportArgs(['fil.csv'])).toEqual({ file: 'fil.csv', dryRun: false, administration: null, locale: 'da' });
    expect(parseImportArgs(['--dry-run', '--administration', 'sof', 'fil.json', '--lang=en'])).toEqual({
      file: 'fil.json',
      dryRun: true,
      administration: 'sof',
      locale: 'en',
    });
    expect(parseImportArgs(['fil.csv', '--administration=socialforvaltningen'])?.administration).toBe('socialforvaltningen');
  });

  it('refuses bad use', () => {
    for (const args of [
      [],
      ['a.csv', 'b.csv'],
      ['a.csv', '--lang', 'fr'],
      ['a.csv', '--administration'],
      ['a.csv', '--administration', '--dry-run'],
      ['a.csv', '--dry-run', '--dry-run'],
      ['a.csv', '--dry-run=ja'],
      ['a.csv', '--format', 'csv'],
      ['a.csv', '--lang', 'en', '--lang', 'da'],
    ]) {
      expect(parseImportArgs(args), args.join(' ')).toBeNull();
    }
  });
});
