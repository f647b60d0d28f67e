import { describe, expect, it } from 'vitest';
import { currentYear, listFilter, listHref } from './guard';

const SOF = '5a1c7d2e-0000-4000-8000-000000000001';
const KFF = '5a1c7d2e-0000-4000-8000-000000000002';

describe('the grants list filter', () => {
  it('takes the year in Copenhagen: at 23:30 UTC on New Year\'s Eve it is already the new year there', () => {
    expect(currentYear(new Date('2025-12-31T22:59:00Z'))).toBe(2025);
    expect(currentYear(new Date('2025-12-31T23:30:00Z'))).toBe(2026);
  });

  it('shows a coordinator their own administration, whatever the link asks for', () => {
    const url = new URL(`http://x/rapporter/tilskud?aar=2024&forvaltning=${KFF}`);
    expect(listFilter(url, { role: 'coordinator', administrationId: SOF })).toEqual({ year: 2024, administrationId: SOF });
  });

  it('lets the admin choose an administration or all, and ignores what is not a year or an id', () => {
    expect(listFilter(new URL(`http://x/?aar=2023&forvaltning=${KFF}`), { role: 'admin', administrationId: null })).toEqual({ year: 2023, administrationId: KFF });
    const fallback = listFilter(new URL('http://x/?aar=tyve&forvaltning=alle'), { role: 'admin', administrationId: null });
    expect(fallback).toEqual({ year: currentYear(), administrationId: null });
    expect(listFilter(new URL('http://x/?aar=1999'), { role: 'admin', administrationId: null }).year).toBe(currentYear());
  });

  it('links back to the list of a year, with the notice to show', () => {
    expect(listHref({ year: 2025 }, 'oprettet')).toBe('/rapporter/tilskud?aar=2025&oprettet=1');
    expect(listHref({ year: 2025, administrationId: SOF })).toBe(`/rapporter/tilskud?aar=2025&forvaltning=${SOF}`);
  });
});
