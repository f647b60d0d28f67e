/**
 * The words that describe a chart to someone who cannot see it (and summarise it for everyone):
 * what it shows, how many bars, which is largest. The numbers themselves are in the table.
 */
import { type Locale, translator } from '../../i18n';
import { sortBars } from '../../lib/charts';
import type { BarChartSpec, FlowChartSpec } from '../../lib/report-pdf';

/** "Aktiviteter pr. forvaltning. Søjlediagram med 7 søjler. Størst er Socialforvaltningen (12). …" */
export function chartSummary(spec: BarChartSpec, locale: Locale): string {
  const top = sortBars(spec.items)[0];
  return translator(locale)('reports.chart.summary', { title: spec.title, count: spec.items.length, top: top?.label ?? '', value: top?.valueText ?? '' });
}

/** "Hvem henviser til hvem. Strømdiagram over 24 henvisninger. Flest gik fra … til … (6). …" */
export function flowSummary(spec: FlowChartSpec, locale: Locale): string {
  const largest = [...spec.input.cells].sort((a, b) => b.count - a.count)[0];
  const name = (parties: FlowChartSpec['input']['senders'], key: string | undefined) => parties.find((p) => p.key === key)?.label ?? '';
  return translator(locale)('reports.chart.flowSummary', {
    title: spec.title,
    count: spec.total,
    from: name(spec.input.senders, largest?.from),
    to: name(spec.input.receivers, largest?.to),
    value: largest?.count ?? 0,
  });
}
