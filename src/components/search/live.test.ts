import { describe, expect, it } from 'vitest';
import { apiQuery, refusal } from './live';

describe('asking the search API while the reader types', () => {
  it("always names the page's language, so labels match the page", () => {
    expect(apiQuery(new URLSearchParams('q=ensom'), 'da').toString()).toBe('q=ensom&locale=da');
    expect(apiQuery(new URLSearchParams('q=lonely'), 'en').get('locale')).toBe('en');
  });

  it("reads the API's refusal of a parameter", () => {
    expect(refusal({ error: { parameter: 'postalCode', message: 'postalCode: skal være …' } })).toEqual({
      parameter: 'postalCode',
      message: 'postalCode: skal være …',
    });
  });

  it('ignores an answer that names no parameter', () => {
    expect(refusal({ error: { message: 'Søgningen virker ikke lige nu.' } })).toBeNull();
    expect(refusal(null)).toBeNull();
  });
});
