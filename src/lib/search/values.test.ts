import { describe, expect, it } from 'vitest';
import { listValues, parseBoolean, parseInteger, parseKind, parseLanguages, parseNumber, parseWeekdays } from './values';

const url = (query: string) => new URLSearchParams(query);

describe('listValues', () => {
  it('reads repeated and comma-separated values alike', () => {
    expect(listValues(url('district=valby&district=amager-oest'), 'district')).toEqual(['valby', 'amager-oest']);
    expect(listValues(url('district=valby,amager-oest'), 'district')).toEqual(['valby', 'amager-oest']);
  });

  it('drops the empty value an unchosen select sends, and duplicates', () => {
    expect(listValues(url('district=&district=valby,valby, '), 'district')).toEqual(['valby']);
  });
});

describe('parseKind', () => {
  it('accepts the kinds and their Danish words', () => {
    expect(parseKind(['offer'])).toEqual({ ok: true, value: 'offer' });
    expect(parseKind(['hjælp'])).toEqual({ ok: true, value: 'offer' });
    expect(parseKind(['Hjaelp'])).toEqual({ ok: true, value: 'offer' });
    expect(parseKind(['frivillig'])).toEqual({ ok: true, value: 'volunteer_role' });
  });

  it('treats both kinds at once as no filter', () => {
    expect(parseKind(['offer', 'frivillig'])).toEqual({ ok: true, value: undefined });
  });

  it('refuses anything else, naming the parameter in both languages', () => {
    const parsed = parseKind(['gratis']);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problem.parameter).toBe('kind');
    expect(parsed.problem.message.da).toMatch(/^kind: ukendt værdi 'gratis'/);
    expect(parsed.problem.message.en).toMatch(/^kind: unknown value 'gratis'/);
  });
});

describe('parseWeekdays', () => {
  it('accepts codes and Danish and English names in any case', () => {
    expect(parseWeekdays(['MO', 'tirsdag', 'Wednesday', 'lørdag', 'soendag'])).toEqual({ ok: true, value: ['MO', 'TU', 'WE', 'SA', 'SU'] });
  });

  it('refuses an unknown day', () => {
    expect(parseWeekdays(['mondag']).ok).toBe(false);
  });
});

describe('parseBoolean', () => {
  it('reads yes and no in the ways forms and people write them', () => {
    for (const yes of ['true', '1', 'ja', 'JA', 'on']) expect(parseBoolean('free', yes)).toEqual({ ok: true, value: true });
    for (const no of ['false', '0', 'nej']) expect(parseBoolean('free', no)).toEqual({ ok: true, value: false });
    expect(parseBoolean('free', undefined)).toEqual({ ok: true, value: undefined });
  });

  it('refuses other words', () => {
    expect(parseBoolean('wheelchair', 'måske').ok).toBe(false);
  });
});

describe('parseLanguages', () => {
  it('accepts two-letter codes of real languages, lower-cased', () => {
    expect(parseLanguages(['da', 'EN', 'ar'])).toEqual({ ok: true, value: ['da', 'en', 'ar'] });
  });

  it('refuses codes that are not ISO 639-1', () => {
    expect(parseLanguages(['dan']).ok).toBe(false);
    expect(parseLanguages(['qq']).ok).toBe(false);
  });
});

describe('parseNumber and parseInteger', () => {
  it('accept numbers in range, with a Danish decimal comma', () => {
    expect(parseNumber('radiusKm', '2,5', 0.1, 50)).toEqual({ ok: true, value: 2.5 });
    expect(parseInteger('page', '3', 1, 1000)).toEqual({ ok: true, value: 3 });
  });

  it('refuse numbers out of range and words', () => {
    expect(parseNumber('radiusKm', '51', 0.1, 50).ok).toBe(false);
    expect(parseNumber('lat', 'nord', -90, 90).ok).toBe(false);
    expect(parseInteger('page', '0', 1, 1000).ok).toBe(false);
    expect(parseInteger('page', '1.5', 1, 1000).ok).toBe(false);
  });
});
