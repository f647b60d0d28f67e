/**
 * The sections about cooperation between administrations: referrals (key figures, who refers to
 * whom, forwards, overdue now) and joint advisory sessions (bookings and attendance).
 */
import { type Locale, type PlainMessageKey, translator } from '../../i18n';
import { cellCount, type FlowMatrix, type ReferralFigures, type SessionCounts, type SessionFigures } from '../statistics';
import { barChart, column, type FlowChartSpec, type ReportSection, table } from './model';
import type { Cell, ReportTable, TableId } from './table';

/** A flow matrix as a table: senders in rows, receivers in columns (shaded by count), totals last. */
export function matrixTable(id: TableId, caption: string, note: string, matrix: FlowMatrix, locale: Locale): ReportTable {
  const tr = translator(locale);
  const rowTotal = (from: string) => matrix.receivers.reduce((n, r) => n + cellCount(matrix, from, r.key), 0);
  const columnTotal = (to: string) => matrix.senders.reduce((n, s) => n + cellCount(matrix, s.key, to), 0);
  return table(
    id,
    caption,
    [
      column(tr('reports.referrals.fromTo'), 'text'),
      ...matrix.receivers.map((r) => column(r.label[locale], 'count', true)),
      column(tr('reports.total'), 'count'),
    ],
    matrix.senders.map((s) => [s.label[locale], ...matrix.receivers.map((r) => cellCount(matrix, s.key, r.key)), rowTotal(s.key)]),
    [tr('reports.total'), ...matrix.receivers.map((r) => columnTotal(r.key)), matrix.total],
    note,
  );
}

/** "Henvisninger": key figures, the flow chart with its matrix, forwards, and overdue by receiver. */
export function referralSection(f: ReferralFigures, locale: Locale): ReportSection {
  const tr = translator(locale);
  const figure = (key: PlainMessageKey, value: number | null, format: 'count' | 'percent' | 'days'): Cell[] => [tr(key), { value, format }];
  const keyFigures = table(
    'henvisninger-noegletal',
    tr('reports.referrals.keyFigures'),
    [column(tr('reports.figure.figure'), 'text'), column(tr('reports.figure.value'), 'count')],
    [
      figure('reports.figure.total', f.total, 'count'),
      figure('reports.figure.answered', f.answered, 'count'),
      figure('reports.figure.accepted', f.accepted, 'count'),
      figure('reports.figure.acceptedShare', f.acceptedShare, 'percent'),
      figure('reports.figure.daysToFirstResponse', f.medianDaysToFirstResponse, 'days'),
      figure('reports.figure.daysToOutcome', f.medianDaysToOutcome, 'days'),
      figure('reports.figure.overdue', f.overdue, 'count'),
    ],
  );
  const flows = matrixTable('henvisninger-stroemme', tr('reports.referrals.flows'), tr('reports.referrals.flowsNote'), f.flows, locale);
  const forwards = matrixTable('henvisninger-videresendt', tr('reports.referrals.forwards'), tr('reports.referrals.forwardsNote'), f.forwards, locale);
  const overdue = table(
    'henvisninger-over-fristen',
    tr('reports.referrals.overdue'),
    [column(tr('reports.column.administration'), 'text'), column(tr('reports.column.overdue'), 'count')],
    f.overdueByReceiver.map((r) => [r.label[locale], r.count]),
    [tr('reports.total'), f.overdue],
  );
  const flowChart: FlowChartSpec | null =
    f.flows.total > 0
      ? {
          kind: 'flow',
          id: 'chart-referral-flows',
          title: tr('reports.referrals.flows'),
          total: f.flows.total,
          input: {
            senders: f.flows.senders.map((p) => ({ key: p.key, label: p.label[locale] })),
            receivers: f.flows.receivers.map((p) => ({ key: p.key, label: p.label[locale] })),
            cells: f.flows.cells,
          },
        }
      : null;
  return {
    id: 'referrals',
    heading: tr('reports.referrals.heading'),
    note: tr('reports.referrals.note'),
    blocks: [
      { chart: null, table: keyFigures },
      { chart: flowChart, table: flows },
      { chart: null, table: forwards },
      { chart: barChart('chart-referrals-overdue', tr('reports.referrals.overdue'), overdue, [1], locale), table: overdue },
    ],
  };
}

/** One row of the sessions table from its counts. */
function sessionCells(label: string, c: SessionCounts): Cell[] {
  return [label, c.sessions, c.held, c.seats, c.confirmed, c.waiting, c.attendanceRecorded, c.attended, { value: c.attendanceRate, format: 'percent' }];
}

/** "Rådgivningsmøder": per owning administration with the total; the chart shows bookings. */
export function sessionSection(f: SessionFigures, locale: Locale): ReportSection {
  const tr = translator(locale);
  const count = (key: PlainMessageKey) => column(tr(key), 'count');
  const sessions = table(
    'raadgivningsmoeder',
    tr('reports.sessions.table'),
    [
      column(tr('reports.column.administration'), 'text'),
      count('reports.column.sessions'),
      count('reports.column.held'),
      count('reports.column.seats'),
      count('reports.column.confirmed'),
      count('reports.column.waiting'),
      count('reports.column.attendanceRecorded'),
      count('reports.column.attended'),
      column(tr('reports.column.attendanceRate'), 'percent'),
    ],
    f.byAdministration.map((r) => sessionCells(r.label[locale], r)),
    sessionCells(tr('reports.total'), f.total),
  );
  return {
    id: 'sessions',
    heading: tr('reports.sessions.heading'),
    note: tr('reports.sessions.note'),
    blocks: [{ chart: barChart('chart-sessions-bookings', tr('reports.sessions.chart'), sessions, [4], locale), table: sessions }],
  };
}
