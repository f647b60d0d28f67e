import { describe, expect, it } from 'vitest';
import { tableCsv, csvFileName } from './csv';
import type { BarChartSpec, FlowChartSpec } from './model';
import { reportSections, sectionOf } from './sections';
import { displayCell, isTableId, type ReportTable, TABLE_IDS } from './table';
import { reportData } from './test-data';

const sections = reportSections(reportData, 'da');
const tableOf = (id: string): ReportTable => sections.flatMap((s) => s.blocks).find((b) => b.table.id === id)!.table;
const chartOf = (id: string) => sections.flatMap((s) => s.blocks).find((b) => b.table.id === id)!.chart;
const shown = (table: ReportTable) => [...table.rows, ...(table.total ? [table.total] : [])].map((row) => row.map((c, i) => displayCell('da', c, table.columns[i]!.format)));

describe('the report model', () => {
  it('has the five sections in order, with every table exactly once', () => {
    expect(sections.map((s) => s.heading)).toEqual(['Foreninger og aktiviteter', '§ 18-tilskud', 'Henvisninger', 'Rådgivningsmøder', 'Forældede opslag']);
    const ids = sections.flatMap((s) => s.blocks.map((b) => b.table.id));
    expect([...ids].sort()).toEqual([...TABLE_IDS].sort());
    for (const id of TABLE_IDS) expect(sections.find((s) => s.id === sectionOf(id))!.blocks.some((b) => b.table.id === id), id).toBe(true);
  });

  it('writes the grants in Danish kroner with their total', () => {
    expect(shown(tableOf('tilskud-forvaltning'))).toEqual([
      ['Socialforvaltningen', '2', '17.500,50 kr.'],
      ['I alt', '2', '17.500,50 kr.'],
    ]);
    expect(shown(tableOf('tilskud-liste')).at(-1)).toEqual(['I alt', '', '', '17.500,50 kr.']);
  });

  it('turns the flow matrix into rows of senders and columns of receivers, with totals both ways', () => {
    const flows = tableOf('henvisninger-stroemme');
    expect(flows.columns.map((c) => c.heading)).toEqual(['Fra \\ til', 'Socialforvaltningen', 'Sundheds- og Omsorgsforvaltningen', 'I alt']);
    expect(flows.columns.map((c) => c.heat ?? false)).toEqual([false, true, true, false]);
    expect(shown(flows)).toEqual([
      ['Socialforvaltningen', '0', '6', '6'],
      ['Borgeren selv', '3', '1', '4'],
      ['I alt', '3', '7', '10'],
    ]);
    const chart = chartOf('henvisninger-stroemme') as FlowChartSpec;
    expect(chart.kind).toBe('flow');
    expect(chart.total).toBe(10);
  });

  it('writes key figures each in its own format, and "–" where there is no figure', () => {
    expect(shown(tableOf('henvisninger-noegletal'))).toEqual([
      ['Henvisninger i alt', '10'],
      ['Besvaret (taget imod, afvist eller sendt videre)', '9'],
      ['Taget imod', '6'],
      ['Andel taget imod af de besvarede', '67\u00a0%'],
      ['Dage til første svar (median)', '1,3'],
      ['Dage til udfald (median)', '–'],
      ['Over svarfristen lige nu', '1'],
    ]);
  });

  it('draws each chart from its table: the same labels, values and texts, without all-zero charts', () => {
    const chart = chartOf('foreninger-forvaltning') as BarChartSpec;
    expect(chart.items.map((i) => [i.label, i.value, i.valueText])).toEqual([
      ['Socialforvaltningen', 5, '5'],
      ['Sundheds- og Omsorgsforvaltningen', 2, '2'],
    ]);
    const grants = chartOf('tilskud-forvaltning') as BarChartSpec;
    expect(grants.kroner).toBe(true);
    expect(grants.items[0]).toMatchObject({ value: 17500.5, valueText: '17.500,50 kr.' });
    // Stale: associations and activities together.
    expect((chartOf('foraeldede-forvaltning') as BarChartSpec).items[0]!.value).toBe(1);
    expect(chartOf('henvisninger-videresendt')).toBeNull();
    expect((chartOf('aktiviteter-type') as BarChartSpec).keepOrder).toBe(true);
  });

  it('writes stale listings with their date in Copenhagen, and "Aldrig" when never confirmed', () => {
    expect(shown(tableOf('foraeldede-liste'))).toEqual([['Sorggruppe', 'Aktivitet', 'Amager Sorg', 'Sundheds- og Omsorgsforvaltningen', '1. februar 2026', 'Aldrig']]);
  });

  it('is written in English on English pages', () => {
    const en = reportSections(reportData, 'en');
    expect(en[1]!.heading).toBe('§ 18 grants');
    const grants = en[1]!.blocks[0]!.table;
    expect(displayCell('en', grants.total![2]!, 'kroner')).toBe('DKK 17,500.50');
  });
});

describe('report tables as CSV', () => {
  it('writes headings with units, amounts in kroner with comma decimals, and the totals row', () => {
    const csv = tableCsv(tableOf('tilskud-liste'));
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines).toEqual([
      'Forening;Formål;Forvaltning;Beløb (kr.)',
      'Valby Besøgstjeneste;"Besøgsvenner; kaffe";Socialforvaltningen;12500,00',
      'Natlinjen;Samtaler om natten;Socialforvaltningen;5000,50',
      'I alt;;;17500,50',
    ]);
  });

  it('writes shares as percentages, days with a comma, missing figures empty, dates as YYYY-MM-DD', () => {
    const figures = tableCsv(tableOf('henvisninger-noegletal')).slice(1).split('\r\n');
    expect(figures).toContain('Andel taget imod af de besvarede;67 %');
    expect(figures).toContain('Dage til første svar (median);1,3');
    expect(figures).toContain('Dage til udfald (median);');
    expect(tableCsv(tableOf('foraeldede-liste'))).toContain(';2026-02-01;Aldrig');
  });

  it('names the file by table, administration and year in plain letters', () => {
    expect(csvFileName('tilskud-liste', 2026, null)).toBe('tilskud-liste-2026.csv');
    expect(csvFileName('tilskud-liste', 2026, 'ØKF')).toBe('tilskud-liste-oekf-2026.csv');
  });

  it('knows its tables and nothing else', () => {
    expect(isTableId('tilskud-liste')).toBe(true);
    expect(isTableId('brugere')).toBe(false);
    expect(isTableId('constructor')).toBe(false);
  });
});
