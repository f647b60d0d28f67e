import { beforeAll, describe, expect, it } from 'vitest';
import {
  annualReportPdf,
  displayCell,
  introParagraphs,
  loadReport,
  loadTable,
  type ReportSection,
  type ReportTable,
  reportSections,
  reportYears,
  tableCsv,
} from '../../src/lib/report-pdf';
import { pdfPageCount, pdfText } from '../../src/lib/report-pdf/pdf-text';
import { useTestDatabase } from '../support/database';
import { createReportsWorld, type ReportsWorld } from './reports-fixtures';

/*
 * The annual § 18 report of a known small world (reports-fixtures.ts): the tables it is drawn
 * from, the PDF with the same totals, and the CSV of a table, against a real database.
 */
const t = useTestDatabase();
let world: ReportsWorld;
const NOW = new Date('2026-01-15T10:00:00Z');

beforeAll(async () => {
  world = await createReportsWorld(t.db);
});

const tableIn = (sections: ReportSection[], id: string): ReportTable => sections.flatMap((s) => s.blocks).find((b) => b.table.id === id)!.table;
const shown = (table: ReportTable) =>
  [...table.rows, ...(table.total ? [table.total] : [])].map((row) => row.map((cell, i) => displayCell('da', cell, table.columns[i]!.format)));

describe('the annual report of 2025 for all administrations', () => {
  it('sums the grants of the year per administration and in all, leaving 2024 out', async () => {
    const sections = reportSections(await loadReport(t.db, { year: 2025, administrationId: null }), 'da');
    expect(shown(tableIn(sections, 'tilskud-forvaltning'))).toEqual([
      ['Kultur- og Fritidsforvaltningen', '1', '20.000 kr.'],
      ['Socialforvaltningen', '2', '17.500,50 kr.'],
      ['I alt', '3', '37.500,50 kr.'],
    ]);
    expect(shown(tableIn(sections, 'tilskud-liste')).map((row) => row[0])).toEqual(['Idræt for Alle', 'Natlinjen', 'Valby Besøgstjeneste', 'I alt']);
  });

  it('shows who referred to whom, the share accepted, the median days and the overdue one', async () => {
    const sections = reportSections(await loadReport(t.db, { year: 2025, administrationId: null }), 'da');
    // Rows: senders (administrations by name, the citizen last); columns: first receivers.
    expect(shown(tableIn(sections, 'henvisninger-stroemme'))).toEqual([
      ['Kultur- og Fritidsforvaltningen', '0', '1', '1'],
      ['Socialforvaltningen', '1', '0', '1'],
      ['Borgeren selv', '0', '1', '1'],
      ['I alt', '1', '2', '3'],
    ]);
    expect(tableIn(sections, 'henvisninger-stroemme').columns.map((c) => c.heading)).toEqual(['Fra \\ til', 'Kultur- og Fritidsforvaltningen', 'Socialforvaltningen', 'I alt']);
    expect(shown(tableIn(sections, 'henvisninger-noegletal'))).toEqual([
      ['Henvisninger i alt', '3'],
      ['Besvaret (taget imod, afvist eller sendt videre)', '2'],
      ['Taget imod', '1'],
      ['Andel taget imod af de besvarede', '50\u00a0%'],
      ['Dage til første svar (median)', '1,5'],
      ['Dage til udfald (median)', '–'],
      ['Over svarfristen lige nu', '1'],
    ]);
    expect(shown(tableIn(sections, 'henvisninger-over-fristen'))).toEqual([
      ['Socialforvaltningen', '1'],
      ['I alt', '1'],
    ]);
  });

  it('is a PDF with the same totals, a page for the introduction and each section', async () => {
    const data = await loadReport(t.db, { year: 2025, administrationId: null });
    const pdf = await annualReportPdf(
      { title: '§ 18-redegørelse 2025', intro: introParagraphs(data, 2025, null, 'da', NOW), sections: reportSections(data, 'da') },
      'da',
      { compress: false },
    );
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdfPageCount(pdf)).toBe(6);
    const text = pdfText(pdf);
    expect(text).toContain('§ 18-redegørelse 2025');
    expect(text).toContain('37.500,50 kr.');
    expect(text).toContain('Trænere til seniorholdet');
    expect(text).toContain('Nattesamtaler');
    expect(text).toContain('50\u00a0%');
    // The introduction says the year in words a reader takes in at once.
    expect(text.replace(/\s+/g, ' ')).toContain('I 2025 fik 3 foreninger i alt 37.500,50 kr. i § 18-tilskud.');
  });
});

describe('the report of one administration', () => {
  it('counts only what Socialforvaltningen granted, sent or received', async () => {
    const sections = reportSections(await loadReport(t.db, { year: 2025, administrationId: world.sof }), 'da');
    expect(shown(tableIn(sections, 'tilskud-forvaltning')).at(-1)).toEqual(['I alt', '2', '17.500,50 kr.']);
    expect(shown(tableIn(sections, 'foreninger-forvaltning'))).toEqual([
      ['Socialforvaltningen', '2', '2'],
      ['I alt', '2', '2'],
    ]);
    expect(shown(tableIn(sections, 'henvisninger-noegletal'))[0]).toEqual(['Henvisninger i alt', '3']);
    const kff = reportSections(await loadReport(t.db, { year: 2025, administrationId: world.kff }), 'da');
    expect(shown(tableIn(kff, 'henvisninger-noegletal'))[0]).toEqual(['Henvisninger i alt', '2']);
    expect(shown(tableIn(kff, 'foraeldede-liste'))).toEqual([]);
  });

  it('lists the stale activity under its administration', async () => {
    const sections = reportSections(await loadReport(t.db, { year: 2025, administrationId: world.sof }), 'da');
    expect(shown(tableIn(sections, 'foraeldede-liste'))).toEqual([['Nattesamtaler', 'Aktivitet', 'Natlinjen', 'Socialforvaltningen', '1. juni 2025', 'Aldrig']]);
  });
});

describe('a table as CSV', () => {
  it('reads only its section and writes the same cells as the page', async () => {
    const table = await loadTable(t.db, 'tilskud-liste', { year: 2025, administrationId: null }, 'da');
    const lines = tableCsv(table).replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(lines).toEqual([
      'Forening;Formål;Forvaltning;Beløb (kr.)',
      'Idræt for Alle;Trænere til seniorholdet;Kultur- og Fritidsforvaltningen;20000,00',
      'Natlinjen;Samtaler om natten;Socialforvaltningen;5000,50',
      'Valby Besøgstjeneste;Besøgsvenner i Valby;Socialforvaltningen;12500,00',
      'I alt;;;37500,50',
    ]);
  });
});

describe('the years a report can be chosen for', () => {
  it('are those with grants or referrals, and the current one, newest first', async () => {
    expect(await reportYears(t.db, NOW)).toEqual([2026, 2025, 2024]);
  });
});
