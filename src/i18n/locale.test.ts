import { describe, expect, it } from 'vitest';
import { basePath, isLocale, localeFromPath, localePath, switchLocalePath } from './locale';

describe('localeFromPath', () => {
  it('reads /en and /en/... as English', () => {
    expect(localeFromPath('/en')).toBe('en');
    expect(localeFromPath('/en/')).toBe('en');
    expect(localeFromPath('/en/foreninger')).toBe('en');
  });

  it('reads every other path as Danish', () => {
    expect(localeFromPath('/')).toBe('da');
    expect(localeFromPath('/foreninger')).toBe('da');
    expect(localeFromPath('/english')).toBe('da');
    expect(localeFromPath('/enhed/en')).toBe('da');
  });
});

describe('localePath', () => {
  it('leaves Danish paths without a prefix', () => {
    expect(localePath('da', '/foreninger')).toBe('/foreninger');
    expect(localePath('da', '/')).toBe('/');
  });

  it('puts English paths under /en', () => {
    expect(localePath('en', '/foreninger')).toBe('/en/foreninger');
    expect(localePath('en', '/')).toBe('/en/');
  });

  it('accepts a path without its leading slash', () => {
    expect(localePath('en', 'foreninger')).toBe('/en/foreninger');
  });
});

describe('basePath', () => {
  it('removes the English prefix', () => {
    expect(basePath('/en/foreninger')).toBe('/foreninger');
    expect(basePath('/en/')).toBe('/');
    expect(basePath('/en')).toBe('/');
  });

  it('keeps Danish paths as they are', () => {
    expect(basePath('/foreninger')).toBe('/foreninger');
    expect(basePath('/english')).toBe('/english');
  });
});

describe('switchLocalePath', () => {
  it('gives the same page in the other language', () => {
    expect(switchLocalePath(new URL('http://x/foreninger'), 'en')).toBe('/en/foreninger');
    expect(switchLocalePath(new URL('http://x/en/foreninger'), 'da')).toBe('/foreninger');
    expect(switchLocalePath(new URL('http://x/'), 'en')).toBe('/en/');
    expect(switchLocalePath(new URL('http://x/en'), 'da')).toBe('/');
  });

  it('keeps the query string', () => {
    expect(switchLocalePath(new URL('http://x/soeg?q=besøgsven'), 'en')).toBe('/en/soeg?q=bes%C3%B8gsven');
  });

  it('gives the same page when the language is already chosen', () => {
    expect(switchLocalePath(new URL('http://x/en/foreninger'), 'en')).toBe('/en/foreninger');
  });
});

describe('isLocale', () => {
  it('accepts only the portal languages', () => {
    expect(isLocale('da')).toBe(true);
    expect(isLocale('en')).toBe(true);
    expect(isLocale('de')).toBe(false);
    expect(isLocale('EN')).toBe(false);
  });
});
