/**
 * The reports as sections of charts and tables, built from the figures (src/lib/statistics) in
 * one language. The dashboard, the annual report page, its PDF and the CSV downloads all read
 * this model, so that the same figure is the same number everywhere. A chart is drawn from its
 * table's rows, so the chart and the table beside it cannot disagree either.
 */
import type { Locale } from '../../i18n';
import type { BarDatum, FlowInput } from '../charts';
import type { GrantFigures, ListingFigures, ReferralFigures, SessionFigures, StaleFigures } from '../statistics';
import { type Cell, type CellFormat, displayCell, labelOf, numberOf, type ReportColumn, type ReportTable, type TableId } from './table';

/** The sections of the dashboard and the annual report, in their order. */
export const SECTION_IDS = ['listings', 'grants', 'referrals', 'sessions', 'stale'] as const;
export type SectionId = (typeof SECTION_IDS)[number];

/** Every figure of one year and administration. */
export interface ReportData {
  listings: ListingFigures;
  grants: GrantFigures;
  referrals: ReferralFigures;
  sessions: SessionFigures;
  stale: StaleFigures;
}

/** A horizontal bar chart of some of a table's rows. */
export interface BarChartSpec {
  kind: 'bar';
  /** Unique on the page: the SVG's ids derive from it. */
  id: string;
  title: string;
  items: BarDatum[];
  /** Amounts: ticks in kroner. */
  kroner?: boolean;
  /** Keep the table's order (kinds) instead of largest first. */
  keepOrder?: boolean;
}

/** The flow chart of who refers to whom. */
export interface FlowChartSpec {
  kind: 'flow';
  id: string;
  title: string;
  input: FlowInput;
  total: number;
}

/** A table, with the chart drawn from it when there is anything to draw. */
export interface ReportBlock {
  chart: BarChartSpec | FlowChartSpec | null;
  table: ReportTable;
}

export interface ReportSection {
  id: SectionId;
  heading: string;
  note: string;
  blocks: ReportBlock[];
}

/** A column, briefly. */
export const column = (heading: string, format: CellFormat, heat?: boolean): ReportColumn => (heat ? { heading, format, heat } : { heading, format });

/** A table, briefly; `total` only when given. */
export function table(id: TableId, caption: string, columns: ReportColumn[], rows: Cell[][], total?: Cell[], note?: string): ReportTable {
  return { id, caption, columns, rows, ...(total ? { total } : {}), ...(note ? { note } : {}) };
}

/**
 * The bars of a chart from a table: one per row, its value the sum of `columns` (amounts in
 * kroner, so the axis reads in kroner), its text as the table writes it. Null when every value
 * is zero: a chart of nothing tells nothing, and the table says it.
 */
export function barChart(id: string, title: string, source: ReportTable, columns: number[], locale: Locale, options: Pick<BarChartSpec, 'keepOrder'> = {}): BarChartSpec | null {
  const format = source.columns[columns[0]!]?.format ?? 'count';
  const items = source.rows.map((row, i) => {
    const raw = columns.reduce((sum, c) => sum + (numberOf(row[c]) ?? 0), 0);
    return {
      key: `${i}`,
      label: labelOf(row),
      value: format === 'kroner' ? raw / 100 : raw,
      valueText: displayCell(locale, raw, format),
    };
  });
  if (!items.some((item) => item.value > 0)) return null;
  return { kind: 'bar', id, title, items, ...(format === 'kroner' ? { kroner: true } : {}), ...options };
}
