import { describe, expect, it } from 'vitest';
import { pageLinks } from './meta';

describe('pageLinks', () => {
  it('gives the page and its language versions as absolute addresses', () => {
    const links = pageLinks(new URL('http://localhost:4321/en/foreninger?x=1'), 'en');
    expect(links.canonical).toBe('http://localhost:4321/en/foreninger');
    expect(links.alternates).toEqual([
      { hreflang: 'da', href: 'http://localhost:4321/foreninger' },
      { hreflang: 'en', href: 'http://localhost:4321/en/foreninger' },
      { hreflang: 'x-default', href: 'http://localhost:4321/foreninger' },
    ]);
  });

  it('prefers the configured public address to the request host', () => {
    const links = pageLinks(new URL('http://10.0.0.5:4321/'), 'da', 'https://indgang.example.dk');
    expect(links.canonical).toBe('https://indgang.example.dk/');
    expect(links.alternates[1]).toEqual({ hreflang: 'en', href: 'https://indgang.example.dk/en/' });
  });
});
