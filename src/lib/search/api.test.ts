import { describe, expect, it } from 'vitest';
import { apiLocale } from './api';

const url = (query = '') => new URL(`http://x/api/search${query}`);

describe('apiLocale', () => {
  it('answers in Danish unless asked otherwise', () => {
    expect(apiLocale(url(), null)).toBe('da');
    expect(apiLocale(url(), 'de-DE,fr;q=0.5')).toBe('da');
  });

  it('answers in the language the client prefers of Danish and English', () => {
    expect(apiLocale(url(), 'en-GB,en;q=0.9')).toBe('en');
    expect(apiLocale(url(), 'da;q=0.8,en;q=0.9')).toBe('en');
    expect(apiLocale(url(), 'da,en;q=0.9')).toBe('da');
    expect(apiLocale(url(), 'en;q=0')).toBe('da');
  });

  it('lets locale= in the URL decide', () => {
    expect(apiLocale(url('?locale=en'), 'da')).toBe('en');
    expect(apiLocale(url('?locale=da'), 'en')).toBe('da');
  });
});
