import { describe, expect, it } from 'vitest';
import { filterQuery, mayReport, parseFilter, parseYear } from './filter';

const SOF = '11111111-1111-4111-8111-111111111111';
const SUF = '22222222-2222-4222-8222-222222222222';
const coordinator = { role: 'coordinator' as const, administrationId: SOF };
const admin = { role: 'admin' as const, administrationId: null };
const context = (user: typeof coordinator | typeof admin) => ({
  user,
  administrationIds: [SOF, SUF],
  currentYear: 2026,
  messages: { year: 'Vælg et år fra listen.', administration: 'Vælg en forvaltning fra listen.' },
});
const parse = (query: string, user: typeof coordinator | typeof admin = coordinator) => parseFilter(new URLSearchParams(query), context(user));

describe('the report filter', () => {
  it('shows a coordinator their own administration this year by default, the admin all', () => {
    expect(parse('')).toEqual({ ok: true, filter: { year: 2026, administrationId: SOF } });
    expect(parse('', admin)).toEqual({ ok: true, filter: { year: 2026, administrationId: null } });
  });

  it('lets a coordinator choose all administrations, but not another one alone', () => {
    expect(parse('aar=2025&forvaltning=alle')).toEqual({ ok: true, filter: { year: 2025, administrationId: null } });
    expect(parse(`forvaltning=${SOF}`)).toEqual({ ok: true, filter: { year: 2026, administrationId: SOF } });
    expect(parse(`forvaltning=${SUF}`)).toEqual({ ok: false, status: 403 });
  });

  it('lets the admin choose any administration', () => {
    expect(parse(`aar=2024&forvaltning=${SUF}`, admin)).toEqual({ ok: true, filter: { year: 2024, administrationId: SUF } });
  });

  it('refuses a year or administration that is not one, beside its field', () => {
    expect(parse('aar=abc')).toEqual({ ok: false, status: 400, errors: { aar: 'Vælg et år fra listen.' } });
    expect(parse('aar=1999&forvaltning=ingen', admin)).toEqual({
      ok: false,
      status: 400,
      errors: { aar: 'Vælg et år fra listen.', forvaltning: 'Vælg en forvaltning fra listen.' },
    });
  });

  it('reads years of four digits from 2000 to 2100 only', () => {
    expect(parseYear('2026')).toBe(2026);
    expect([parseYear('2101'), parseYear('1999'), parseYear('20 26'), parseYear('2026.5'), parseYear(''), parseYear(null)]).toEqual([null, null, null, null, null, null]);
  });

  it('writes both values into links', () => {
    expect(filterQuery({ year: 2026, administrationId: null })).toBe('?aar=2026&forvaltning=alle');
    expect(filterQuery({ year: 2026, administrationId: SOF })).toBe(`?aar=2026&forvaltning=${SOF}`);
  });

  it('lets coordinators and the admin read reports, not staff or members', () => {
    expect(mayReport(coordinator)).toBe(true);
    expect(mayReport(admin)).toBe(true);
    expect(mayReport({ role: 'staff', administrationId: SOF })).toBe(false);
    expect(mayReport({ role: 'member', administrationId: null })).toBe(false);
    expect(mayReport({ role: 'coordinator', administrationId: null })).toBe(false);
  });
});
