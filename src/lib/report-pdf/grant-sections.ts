/** The section about § 18 grants of the year: per administration with the total, and every grant. */
import { type Locale, translator } from '../../i18n';
import type { GrantFigures } from '../statistics';
import { barChart, column, type ReportSection, table } from './model';

/** "§ 18-tilskud": sums per administration (chart in kroner) and the list with its total. */
export function grantSection(f: GrantFigures, locale: Locale): ReportSection {
  const tr = translator(locale);
  const amount = column(tr('reports.column.amount'), 'kroner');
  const administration = column(tr('reports.column.administration'), 'text');
  const byAdministration = table(
    'tilskud-forvaltning',
    tr('reports.grants.byAdministration'),
    [administration, column(tr('reports.column.grants'), 'count'), amount],
    f.byAdministration.map((r) => [r.label[locale], r.count, r.amountOre]),
    [tr('reports.total'), f.total.count, f.total.amountOre],
  );
  const list = table(
    'tilskud-liste',
    tr('reports.grants.list'),
    [column(tr('reports.column.association'), 'text'), column(tr('reports.column.purpose'), 'text'), administration, amount],
    f.grants.map((g) => [g.associationName, g.purpose, g.administration[locale], g.amountOre]),
    [tr('reports.total'), '', '', f.total.amountOre],
  );
  return {
    id: 'grants',
    heading: tr('reports.grants.heading'),
    note: tr('reports.grants.note'),
    blocks: [
      { chart: barChart('chart-grants-administration', tr('reports.grants.byAdministration'), byAdministration, [2], locale), table: byAdministration },
      { chart: null, table: list },
    ],
  };
}
