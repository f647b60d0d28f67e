import { describe, expect, it } from 'vitest';
import { hsdsPage } from './respond';
import { parseListParams } from './params';

const parse = (query: string) => parseListParams(new URLSearchParams(query));

describe('HSDS list parameters', () => {
  it('defaults to page 1 of 50 with no filters', () => {
    expect(parse('')).toEqual({ ok: true, params: { page: 1, perPage: 50, search: undefined, modifiedAfter: undefined } });
  });

  it('takes per_page from 1 to 100 and page from 1', () => {
    expect(parse('per_page=1&page=3')).toMatchObject({ ok: true, params: { page: 3, perPage: 1 } });
    expect(parse('per_page=100')).toMatchObject({ ok: true, params: { perPage: 100 } });
    for (const [query, parameter] of [
      ['per_page=0', 'per_page'],
      ['per_page=101', 'per_page'],
      ['per_page=1e2', 'per_page'],
      ['page=0', 'page'],
      ['page=%2B2', 'page'],
      ['page=1&page=1', 'page'],
    ]) {
      expect(parse(query!), query).toMatchObject({ ok: false, problem: { parameter } });
    }
  });

  it('reads modified_after as a date-time with a zone, or a date at midnight in Copenhagen', () => {
    expect(parse('modified_after=2026-03-01T12:00:00Z')).toMatchObject({ params: { modifiedAfter: new Date('2026-03-01T12:00:00Z') } });
    expect(parse('modified_after=2026-03-01T12:00:00.5%2B01:00')).toMatchObject({ params: { modifiedAfter: new Date('2026-03-01T11:00:00.500Z') } });
    expect(parse('modified_after=2026-01-15')).toMatchObject({ params: { modifiedAfter: new Date('2026-01-14T23:00:00Z') } });
    expect(parse('modified_after=2026-07-15')).toMatchObject({ params: { modifiedAfter: new Date('2026-07-14T22:00:00Z') } });
    for (const bad of ['2026-02-30', '2026-02-30T10:00:00Z', '2026-03-01T12:00:00', 'yesterday', '1714000000']) {
      const result = parse(`modified_after=${bad}`);
      expect(result, bad).toMatchObject({ ok: false, problem: { parameter: 'modified_after' } });
      if (!result.ok) expect(result.problem.message.da).toContain(bad);
    }
  });

  it('tidies the search text and refuses one too long', () => {
    expect(parse('search=%20bes%C3%B8g%20%20ven%20')).toMatchObject({ params: { search: 'besøg ven' } });
    expect(parse('search=')).toMatchObject({ params: { search: undefined } });
    expect(parse(`search=${'a'.repeat(201)}`)).toMatchObject({ ok: false, problem: { parameter: 'search' } });
  });
});

describe('HSDS paging fields', () => {
  it('counts pages and marks the first, the last and an empty page', () => {
    expect(hsdsPage({ page: 1, perPage: 50 }, 120, new Array(50).fill(0))).toMatchObject({
      total_items: 120,
      total_pages: 3,
      page_number: 1,
      size: 50,
      first_page: true,
      last_page: false,
      empty: false,
    });
    expect(hsdsPage({ page: 3, perPage: 50 }, 120, new Array(20).fill(0))).toMatchObject({ size: 20, first_page: false, last_page: true, empty: false });
    expect(hsdsPage({ page: 4, perPage: 50 }, 120, [])).toMatchObject({ size: 0, last_page: true, empty: true });
    expect(hsdsPage({ page: 1, perPage: 50 }, 0, [])).toMatchObject({ total_pages: 0, size: 0, first_page: true, last_page: true, empty: true });
  });
});
