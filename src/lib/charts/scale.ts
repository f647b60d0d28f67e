/**
 * Linear scales for charts drawn on the server: a "nice" upper end (1, 2, 2.5 or 5 times a power
 * of ten) and round tick values, so that readers can check a bar against the axis by eye.
 */

/** Steps a reader can count in; 2.5 keeps 0–10 in four steps instead of five. */
const NICE_STEPS = [1, 2, 2.5, 5, 10] as const;

/**
 * The smallest round step so that `max` fits in about `count` steps: 7 in 4 steps → 2, 230 → 100
 * (not 57.5). Whole numbers only when `integer` (counts cannot be 2.5).
 */
export function niceStep(max: number, count: number, integer = true): number {
  if (!(max > 0) || !Number.isFinite(max)) return 1;
  const rough = max / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(rough));
  for (const step of NICE_STEPS) {
    const value = step * power;
    if (integer && !Number.isInteger(value)) continue;
    if (value >= rough) return value;
  }
  return 10 * power;
}

/** The axis of a chart: its ticks from 0 up to and including the first tick at or above `max`. */
export interface Axis {
  /** The value at the end of the axis (the last tick). */
  max: number;
  step: number;
  ticks: number[];
}

/**
 * The axis for values up to `max` with about `count` steps. An empty chart (max 0) still gets an
 * axis 0–1, so that nothing divides by zero and a lone 0 reads as "none".
 */
export function axisFor(max: number, count = 4, integer = true): Axis {
  if (!(max > 0) || !Number.isFinite(max)) max = 0;
  const step = niceStep(max, count, integer);
  const steps = Math.max(1, Math.ceil(max / step - 1e-9));
  const ticks = Array.from({ length: steps + 1 }, (_, i) => round(i * step));
  return { max: round(steps * step), step, ticks };
}

/** The length on screen of `value` on an axis drawn `length` units long; never negative, never past the end. */
export function scaleLength(value: number, axisMax: number, length: number): number {
  if (!(axisMax > 0) || !(value > 0)) return 0;
  return round(Math.min(value, axisMax) / axisMax * length);
}

/** Rounds to one decimal: SVG coordinates need no more, and tests compare them exactly. */
export function round(value: number): number {
  return Math.round(value * 10) / 10;
}
