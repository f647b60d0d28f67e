import { describe, expect, it } from 'vitest';
import { parseBackupArgs } from './backup';
import { parseRestoreArgs } from './restore';

describe('backup arguments', () => {
  it('names the file after the time when no --out is given', () => {
    expect(parseBackupArgs([], new Date('2025-03-04T05:06:07.890Z'))).toEqual({ out: 'indgang-backup-20250304-050607.gz' });
  });

  it('takes --out <file> and --out=<file>, and nothing else', () => {
    expect(parseBackupArgs(['--out', 'a.gz'])).toEqual({ out: 'a.gz' });
    expect(parseBackupArgs(['--out=b.gz'])).toEqual({ out: 'b.gz' });
    for (const bad of [['--out'], ['--out', '--help'], ['--help'], ['a.gz'], ['--out', 'a.gz', 'x']]) expect(parseBackupArgs(bad), bad.join(' ')).toBeUndefined();
  });
});

describe('restore arguments', () => {
  it('takes one file and an optional --reindex', () => {
    expect(parseRestoreArgs(['kopi.gz'])).toEqual({ file: 'kopi.gz', reindex: false });
    expect(parseRestoreArgs(['--reindex', 'kopi.gz'])).toEqual({ file: 'kopi.gz', reindex: true });
    for (const bad of [[], ['a', 'b'], ['kopi.gz', '--yes'], ['--help'], ['kopi.gz', '--reindex', '--reindex']]) expect(parseRestoreArgs(bad), bad.join(' ')).toBeUndefined();
  });
});
