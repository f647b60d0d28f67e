import { describe, expect, it } from 'vitest';
import { linkify } from './linkify';

describe('linkify', () => {
  it('finds the link on its own line in a mail', () => {
    expect(linkify('Åbn linket:\nhttp://localhost:4321/nulstil-kode/abc_-1\n\nHilsen')).toEqual([
      { text: 'Åbn linket:\n' },
      { href: 'http://localhost:4321/nulstil-kode/abc_-1' },
      { text: '\n\nHilsen' },
    ]);
  });

  it('leaves a full stop after a link out of it', () => {
    expect(linkify('Se https://indgang.example.dk/konto.')).toEqual([
      { text: 'Se ' },
      { href: 'https://indgang.example.dk/konto' },
      { text: '.' },
    ]);
  });

  it('returns text without links as one piece, and nothing for nothing', () => {
    expect(linkify('Hej javascript:alert(1)')).toEqual([{ text: 'Hej javascript:alert(1)' }]);
    expect(linkify('')).toEqual([]);
  });
});
