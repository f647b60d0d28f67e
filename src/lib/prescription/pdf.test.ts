import { describe, expect, it } from 'vitest';
import type { PrescriptionData } from './data';
import { contactLines, prescriptionPdf } from './pdf';

const data: PrescriptionData = {
  reference: 'K7M-4QX-9TD',
  issuedAt: new Date('2026-03-10T10:00:00Z'),
  activityName: 'Besøgsven i Valby',
  summary: 'En frivillig besøger dig hjemme. I får en snak og en kop kaffe.',
  associationName: 'Valby Besøgstjeneste',
  when: ['Mandag og onsdag kl. 10.00–12.00'],
  places: [{ name: 'Valby Kulturhus', address: 'Valgårdsvej 4', postalCode: '2500', city: 'Valby' }],
  contacts: [{ id: 'c1', name: 'Hanne Østergaard', title: 'Koordinator', phone: '20 00 00 01', email: 'hanne@example.dk' }],
  email: null,
  phone: null,
};

/**
 * The text a PDF shows, roughly: pdfkit writes each line of a standard font as hex strings of
 * WinAnsi codes in TJ arrays (split where kerning applies), which Latin-1 reads back for Danish letters.
 */
function shownText(pdf: Buffer): string {
  const source = pdf.toString('latin1');
  const lines = [...source.matchAll(/\[([^\]]*)\]\s*TJ/g)].map((m) =>
    [...m[1]!.matchAll(/<([0-9a-fA-F]+)>/g)].map((h) => Buffer.from(h[1]!, 'hex').toString('latin1')).join(''),
  );
  return lines.join('\n');
}

describe('the prescription as PDF', () => {
  it('is a one-page PDF with the activity, the reference and Danish letters intact', async () => {
    const pdf = await prescriptionPdf(data, 'da', { compress: false });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.toString('latin1').match(/\/Type \/Page\b/g)).toHaveLength(1);
    const text = shownText(pdf);
    expect(text).toContain('Recept på fællesskab');
    expect(text).toContain('Besøgsven i Valby');
    expect(text).toContain('K7M-4QX-9TD');
    expect(text).toContain('Valgårdsvej 4, 2500 Valby');
    expect(text).toContain('Hanne Østergaard (Koordinator), telefon 20 00 00 01');
  });

  it('stays on one page however many times and contacts there are', async () => {
    const long = { ...data, when: Array.from({ length: 40 }, (_, i) => `Tid nummer ${i + 1}`), contacts: [...data.contacts, ...data.contacts, ...data.contacts] };
    const pdf = await prescriptionPdf(long, 'da', { compress: false });
    expect(pdf.toString('latin1').match(/\/Type \/Page\b/g)).toHaveLength(1);
    expect(shownText(pdf)).toContain('K7M-4QX-9TD');
  });

  it('is written in English on English pages', async () => {
    const text = shownText(await prescriptionPdf(data, 'en', { compress: false }));
    expect(text).toContain('Prescription for community');
  });
});

describe('whom to contact on a prescription', () => {
  it('names the contacts, else the association\'s own phone and e-mail', () => {
    expect(contactLines(data, 'da')).toEqual(['Hanne Østergaard (Koordinator), telefon 20 00 00 01, e-mail hanne@example.dk']);
    expect(contactLines({ contacts: [], phone: '33 00 00 00', email: 'info@example.dk' }, 'da')).toEqual(['telefon 33 00 00 00', 'e-mail info@example.dk']);
    expect(contactLines({ contacts: [], phone: null, email: null }, 'da')[0]).toMatch(/ingen kontaktperson/);
  });
});
