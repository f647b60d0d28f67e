/**
 * The geometry of a horizontal bar chart: one row per item, largest first, the label at the left
 * (wrapped onto two lines when long), the bar, and the value written just after the bar, so that
 * no one has to read a length against the axis. Pure numbers; components/charts/BarChart.astro
 * draws them as SVG.
 */
import { compareDanish } from '../directory/danish-order';
import { charsThatFit, textWidth, wrapLabel } from './labels';
import { type Axis, axisFor, round, scaleLength } from './scale';

/** One bar: what it is, its value, and the value as the reader sees it ("12.500 kr."). */
export interface BarDatum {
  key: string;
  label: string;
  value: number;
  valueText: string;
}

export interface BarChartOptions {
  /** Width of the drawing (the SVG's viewBox); it scales to the page. */
  width?: number;
  fontSize?: number;
  /** Room for the labels at the left. */
  labelWidth?: number;
  /** About how many steps the axis has. */
  ticks?: number;
  /** Values are counts (whole-number ticks); false for amounts that may be fractions. */
  integer?: boolean;
  /** How a tick value is written under the axis; plain by default. */
  formatTick?: (value: number) => string;
  /** Keep the given order instead of largest first (e.g. offer before volunteer role). */
  keepOrder?: boolean;
}

export interface BarRow extends BarDatum {
  /** The label in lines that fit (the full label is in `label`). */
  lines: string[];
  /** Baseline of the first label line. */
  labelY: number;
  barY: number;
  barHeight: number;
  barWidth: number;
  /** Where the value is written (start of the text) and its baseline. */
  valueX: number;
  valueY: number;
}

export interface BarTick {
  value: number;
  x: number;
  text: string;
}

export interface BarChartLayout {
  width: number;
  height: number;
  fontSize: number;
  lineHeight: number;
  /** Where the bars start, and the right edge of the labels. */
  plotX: number;
  plotWidth: number;
  labelX: number;
  /** The axis line's y, with the tick labels below it. */
  axisY: number;
  tickY: number;
  axis: Axis;
  rows: BarRow[];
  ticks: BarTick[];
}

const PADDING_TOP = 8;
const GAP = 8;

/** Items largest first; equal values in Danish alphabetical order, so the order is stable. */
export function sortBars(items: readonly BarDatum[]): BarDatum[] {
  return [...items].sort((a, b) => b.value - a.value || compareDanish(a.label, b.label));
}

/** Lays out a bar chart of `items`. */
export function barChartLayout(items: readonly BarDatum[], options: BarChartOptions = {}): BarChartLayout {
  const width = options.width ?? 640;
  const fontSize = options.fontSize ?? 14;
  const labelWidth = options.labelWidth ?? 220;
  const lineHeight = round(fontSize * 1.2);
  const format = options.formatTick ?? ((value: number) => String(value));
  const sorted = options.keepOrder ? [...items] : sortBars(items);

  const chars = charsThatFit(labelWidth, fontSize);
  const wrapped = sorted.map((item) => wrapLabel(item.label, chars, 2));
  const twoLines = wrapped.some((lines) => lines.length > 1);
  const rowHeight = twoLines ? round(2 * lineHeight + 12) : round(lineHeight + 16);
  const barHeight = Math.min(22, rowHeight - 8);

  // The widest value decides how much room is kept at the right, so the longest bar's value fits.
  const valueRoom = Math.max(0, ...sorted.map((item) => textWidth(item.valueText, fontSize))) + GAP;
  const plotX = labelWidth + GAP;
  const plotWidth = round(Math.max(40, width - plotX - valueRoom));
  const axis = axisFor(Math.max(0, ...sorted.map((item) => item.value)), options.ticks ?? 4, options.integer ?? true);

  const rows: BarRow[] = sorted.map((item, i) => {
    const top = PADDING_TOP + i * rowHeight;
    const middle = top + rowHeight / 2;
    const lines = wrapped[i]!;
    const barWidth = scaleLength(item.value, axis.max, plotWidth);
    return {
      ...item,
      lines,
      // Lines centred on the row; 0.35 em lowers a baseline to centre the letters.
      labelY: round(middle - ((lines.length - 1) * lineHeight) / 2 + fontSize * 0.35),
      barY: round(middle - barHeight / 2),
      barHeight,
      barWidth,
      valueX: round(plotX + barWidth + 6),
      valueY: round(middle + fontSize * 0.35),
    };
  });
  const axisY = round(PADDING_TOP + rows.length * rowHeight);
  return {
    width,
    height: round(axisY + fontSize + 14),
    fontSize,
    lineHeight,
    plotX,
    plotWidth,
    labelX: labelWidth,
    axisY,
    tickY: round(axisY + fontSize + 4),
    axis,
    rows,
    ticks: axis.ticks.map((value) => ({ value, x: round(plotX + scaleLength(value, axis.max, plotWidth)), text: format(value) })),
  };
}
