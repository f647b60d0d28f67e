import { describe, expect, it } from 'vitest';
import { introParagraphs } from './intro';
import { annualReportPdf } from './pdf';
import { pdfPageCount, pdfText } from './pdf-text';
import { reportSections } from './sections';
import { reportData } from './test-data';

const now = new Date('2026-03-10T10:00:00Z');
const content = (locale: 'da' | 'en' = 'da') => ({
  title: locale === 'da' ? '§ 18-redegørelse 2026' : '§ 18 report 2026',
  intro: introParagraphs(reportData, 2026, null, locale, now),
  sections: reportSections(reportData, locale),
});

describe('the annual report as PDF', () => {
  it('is a PDF with the title, the introduction and a page per section', async () => {
    const pdf = await annualReportPdf(content(), 'da', { compress: false });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // The title page with the introduction, then one page for each of the five small sections.
    expect(pdfPageCount(pdf)).toBe(6);
    const text = pdfText(pdf);
    expect(text).toContain('§ 18-redegørelse 2026');
    expect(text).toContain('Side 1 af 6');
    expect(text).toContain('Side 6 af 6');
    for (const heading of ['Foreninger og aktiviteter', '§ 18-tilskud', 'Henvisninger', 'Rådgivningsmøder', 'Forældede opslag']) expect(text).toContain(heading);
  });

  it('shows the same numbers as the tables: grants, key figures, attendance', async () => {
    const text = pdfText(await annualReportPdf(content(), 'da', { compress: false }));
    expect(text).toContain('17.500,50 kr.');
    expect(text).toContain('Valby Besøgstjeneste');
    expect(text).toContain('67\u00a0%');
    expect(text).toContain('75\u00a0%');
    expect(text).toContain('Sundheds- og Omsorgsforvaltningen');
  });

  it('repeats the heading row when a long table runs onto the next page', async () => {
    const many = structuredClone(reportData);
    many.grants.grants = Array.from({ length: 120 }, (_, i) => ({ ...reportData.grants.grants[0]!, id: `g${i}`, associationName: `Forening nummer ${i + 1}` }));
    const pdf = await annualReportPdf({ ...content(), sections: reportSections(many, 'da') }, 'da', { compress: false });
    expect(pdfPageCount(pdf)).toBeGreaterThan(6);
    const text = pdfText(pdf);
    expect(text).toContain('Forening nummer 120');
    // The list's heading row ("Formål" is only in it) on each of its pages.
    expect(text.split('\n').filter((line) => line === 'Formål').length).toBeGreaterThan(1);
  });

  it('fits a matrix of seven administrations on the page, breaking long names only before "forvaltningen"', async () => {
    const names = [
      'Beskæftigelses- og Integrationsforvaltningen',
      'Børne- og Ungdomsforvaltningen',
      'Kultur- og Fritidsforvaltningen',
      'Socialforvaltningen',
      'Sundheds- og Omsorgsforvaltningen',
      'Teknik- og Miljøforvaltningen',
      'Økonomiforvaltningen',
    ];
    const wide = structuredClone(reportData);
    const parties = (prefix: string) => names.map((n, i) => ({ key: `${prefix}${i}`, label: { da: n, en: n } }));
    wide.referrals.flows = {
      senders: parties('s'),
      receivers: parties('r'),
      cells: names.flatMap((_, i) => names.map((__, j) => ({ from: `s${i}`, to: `r${j}`, count: (i + j) % 4 }))),
      total: 0,
    };
    const pdf = await annualReportPdf({ ...content(), sections: reportSections(wide, 'da') }, 'da', { compress: false });
    // The same number of pages: the wide table fits its section's page.
    expect(pdfPageCount(pdf)).toBe(6);
    const lines = pdfText(pdf).split('\n').map((l) => l.trim());
    expect(lines).toContain('og Integrations-');
    // Every piece of a name is a whole word, or a compound cut before "forvaltningen" with a hyphen.
    for (const line of lines.filter((l) => /forvaltn/.test(l))) expect(line, line).toMatch(/forvaltning/);
    // No line starts inside a word of a name, except at "forvaltningen".
    const words = names.flatMap((n) => n.split(/\s+/)).map((w) => w.replace(/-$/, ''));
    const fragments = new Set(words.flatMap((w) => [...w].map((_, i) => w.slice(i)).slice(1).filter((f) => f.length > 1 && f !== 'forvaltningen')));
    expect(lines.filter((l) => fragments.has(l))).toEqual([]);
  });

  it('is written in English for English readers', async () => {
    const text = pdfText(await annualReportPdf(content('en'), 'en', { compress: false }));
    expect(text).toContain('DKK 17,500.50');
    expect(text).toContain('Page 1 of 6');
  });
});

describe('the introduction of the annual report', () => {
  it('says in plain words what the year came to, with its figures', () => {
    const [purpose, facts, responsibility, method] = introParagraphs(reportData, 2026, null, 'da', now);
    expect(purpose).toContain('servicelovens § 18');
    expect(purpose).toContain('i 2026.');
    expect(facts).toBe(
      'Indgang viser i dag 4 foreninger med 7 aktiviteter og frivilligjob, som borgerne kan finde ét sted. I 2026 fik 2 foreninger i alt 17.500,50 kr. i § 18-tilskud. Kommunens medarbejdere og borgerne selv sendte 10 henvisninger mellem forvaltningerne og til foreningerne. Forvaltningerne og foreningerne holdt 3 fælles rådgivningsmøder med 12 bookinger.',
    );
    expect(responsibility).toContain('Socialforvaltningen står for den socialfaglige vurdering');
    expect(method).toContain('10. marts 2026');
  });

  it('names the administration when the report is for one', () => {
    expect(introParagraphs(reportData, 2026, 'Socialforvaltningen', 'da', now)[1]).toBe('Redegørelsen gælder Socialforvaltningen.');
  });
});
