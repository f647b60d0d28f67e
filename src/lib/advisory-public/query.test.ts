import { describe, expect, it } from 'vitest';
import { addMonths, hasFilters, listQueryString, parseListQuery, parseMonth, sessionFilters, splitHost } from './query';

const parse = (query: string) => parseListQuery(new URLSearchParams(query));

describe('the address of the advisory list', () => {
  it('shows the list of all coming sessions when nothing is chosen', () => {
    expect(parse('')).toEqual({ view: 'list', month: null, topic: null, district: null, host: null, audience: null });
    expect(listQueryString(parse(''))).toBe('');
  });

  it('reads the calendar view, its month and every filter, and writes them back the same', () => {
    const query = parse('visning=kalender&maaned=2026-12&emne=oekonomi&bydel=valby&vaert=association:valby-besoegstjeneste&for=borgere');
    expect(query).toEqual({
      view: 'calendar',
      month: { year: 2026, month: 12 },
      topic: 'oekonomi',
      district: 'valby',
      host: 'association:valby-besoegstjeneste',
      audience: 'citizens',
    });
    expect(parse(listQueryString(query).slice(1))).toEqual(query);
  });

  it('leaves out what it cannot read instead of refusing the page', () => {
    expect(parse('visning=tabel&maaned=2026-13&vaert=sof&for=alle&emne=%20%20')).toEqual({
      view: 'list',
      month: null,
      topic: null,
      district: null,
      host: null,
      audience: null,
    });
    expect(parseMonth('1999-12')).toBeNull();
    expect(parseMonth('2026-1')).toBeNull();
  });

  it('keeps no month in the list view, where it means nothing', () => {
    expect(listQueryString({ ...parse('emne=job'), month: { year: 2026, month: 5 } })).toBe('?emne=job');
  });

  it('counts months across the turn of the year', () => {
    expect(addMonths({ year: 2026, month: 12 }, 1)).toEqual({ year: 2027, month: 1 });
    expect(addMonths({ year: 2026, month: 1 }, -1)).toEqual({ year: 2025, month: 12 });
    expect(addMonths({ year: 2026, month: 6 }, -18)).toEqual({ year: 2024, month: 12 });
  });

  it('tells a filtered list from the whole list', () => {
    expect(hasFilters(parse('visning=kalender&maaned=2026-12'))).toBe(false);
    expect(hasFilters(parse('for=foreninger'))).toBe(true);
  });

  it('gives the core one value per chosen filter and empty lists for the rest', () => {
    const window = { from: new Date('2026-12-01T00:00:00Z'), to: new Date('2027-01-01T00:00:00Z') };
    expect(sessionFilters(parse('emne=job&for=foreninger'), window)).toEqual({ ...window, topics: ['job'], districts: [], hosts: [], audience: 'associations' });
  });

  it('splits a host into its kind and slug', () => {
    expect(splitHost('administration:sof')).toEqual({ kind: 'administration', slug: 'sof' });
    expect(splitHost('forening:x')).toBeNull();
  });
});
