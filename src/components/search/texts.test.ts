import { describe, expect, it } from 'vitest';
import { searchTexts } from './pick-texts';
import { formatKm, formatter } from './texts';

describe('the search page texts in the browser', () => {
  const da = formatter('da', searchTexts('da'));
  const en = formatter('en', searchTexts('en'));

  it('count results in the right number and style', () => {
    expect(da('search.results.count', { count: 1 })).toBe('1 resultat');
    expect(da('search.results.count', { count: 1234 })).toBe('1.234 resultater');
    expect(en('search.results.count', { count: 1234 })).toBe('1,234 results');
  });

  it('quote the query in the heading', () => {
    expect(da('search.results.countFor', { count: 23, query: 'ensom' })).toBe('23 resultater for ”ensom”');
  });

  it('carry only the search texts, not the whole catalogue', () => {
    expect(Object.keys(searchTexts('da')).every((key) => key.startsWith('search.'))).toBe(true);
  });

  it('write distances with a decimal comma in Danish', () => {
    expect(formatKm('da', 1.25)).toBe('1,3');
    expect(formatKm('en', 0.4)).toBe('0.4');
    expect(formatKm('da', 12.4)).toBe('12');
  });
});
