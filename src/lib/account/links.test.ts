import { describe, expect, it } from 'vitest';
import { backOfficeLinks } from './links';

const hrefs = (role: 'admin' | 'coordinator' | 'staff' | 'member', associations: { id: string; name: string }[] = []) =>
  backOfficeLinks({ role }, associations, 'da').map((l) => l.href);

describe('backOfficeLinks', () => {
  it('gives a member the dashboard, the referrals and the members page of each of their associations', () => {
    const links = backOfficeLinks({ role: 'member' }, [{ id: 'a1', name: 'Natlinjen' }], 'da');
    expect(links).toEqual([
      { href: '/konto', text: 'Din konto' },
      { href: '/forening', text: 'Foreningens oversigt' },
      { href: '/henvisninger', text: 'Henvisninger' },
      { href: '/vaert', text: 'Mine rådgivningsmøder' },
      { href: '/forening/a1/medlemmer', text: 'Medlemmer af Natlinjen' },
    ]);
  });

  it('gives a member without associations only the account page', () => {
    expect(hrefs('member')).toEqual(['/konto']);
  });

  it('gives staff the referrals, the review, report and stale lists but not the coordinator pages', () => {
    expect(hrefs('staff')).toEqual(['/konto', '/henvisninger', '/vaert', '/forvaltning/godkendelser', '/forvaltning/fejlmeldinger', '/forvaltning/foraeldede']);
  });

  it('gives a coordinator the staff pages plus inviting, the review settings and the citizen data pages', () => {
    expect(hrefs('coordinator')).toEqual([
      '/konto',
      '/henvisninger',
      '/vaert',
      '/forvaltning/godkendelser',
      '/forvaltning/fejlmeldinger',
      '/forvaltning/foraeldede',
      '/forvaltning/raadgivning',
      '/forvaltning/inviter',
      '/forvaltning/indstillinger',
      '/forvaltning/borgerdata',
      '/forvaltning/adgangslog',
      '/rapporter',
      '/rapporter/tilskud',
    ]);
  });

  it('gives an admin the administration pages and no listing work', () => {
    expect(hrefs('admin')).toEqual(['/konto', '/admin', '/rapporter', '/rapporter/tilskud']);
  });

  it('writes the texts in English on English pages', () => {
    expect(backOfficeLinks({ role: 'admin' }, [], 'en').map((l) => l.text)).toEqual(['Your account', 'Administration of Indgang', 'Reports', '§ 18 grants']);
  });
});
