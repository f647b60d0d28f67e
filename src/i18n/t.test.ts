import { describe, expect, it } from 'vitest';
import { formatNumber, localized, t, translator } from './t';

describe('t', () => {
  it('gives the text in the asked language', () => {
    expect(t('da', 'nav.associations')).toBe('Foreninger');
    expect(t('en', 'nav.associations')).toBe('Associations');
  });

  it('fills in placeholders', () => {
    expect(t('da', 'meta.title', { page: 'Foreninger' })).toBe('Foreninger – Indgang, Demo Kommune');
  });

  it('chooses singular or plural by count', () => {
    expect(t('da', 'associations.count', { count: 1 })).toBe('1 forening');
    expect(t('da', 'associations.count', { count: 0 })).toBe('0 foreninger');
    expect(t('da', 'associations.count', { count: 2 })).toBe('2 foreninger');
    expect(t('en', 'associations.count', { count: 1 })).toBe('1 association');
    expect(t('en', 'associations.count', { count: 12 })).toBe('12 associations');
  });

  it('writes numbers the way the language does', () => {
    expect(t('da', 'associations.count', { count: 1234 })).toBe('1.234 foreninger');
    expect(t('en', 'associations.count', { count: 1234 })).toBe('1,234 associations');
  });

  it('rejects a missing parameter at compile time', () => {
    // @ts-expect-error: associations.count needs a count
    expect(t('da', 'associations.count')).toBe('{count} foreninger');
    // @ts-expect-error: nav.home takes no parameters
    t('da', 'nav.home', { count: 1 });
  });
});

describe('translator', () => {
  it('binds t to one language', () => {
    const tr = translator('en');
    expect(tr('nav.home')).toBe('Home');
    expect(tr('figures.associations', { count: 1 })).toBe('association');
  });
});

describe('formatNumber', () => {
  it('groups thousands per language', () => {
    expect(formatNumber('da', 25000)).toBe('25.000');
    expect(formatNumber('en', 25000)).toBe('25,000');
  });
});

describe('localized', () => {
  it('picks the stored text of the language', () => {
    const name = { da: 'Socialforvaltningen', en: 'Social Services Administration' };
    expect(localized('da', name)).toBe('Socialforvaltningen');
    expect(localized('en', name)).toBe('Social Services Administration');
  });
});
