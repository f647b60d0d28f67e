import { describe, expect, it } from 'vitest';
import { axisFor, niceStep, scaleLength } from './scale';

describe('chart scales', () => {
  it('picks round steps a reader can count in', () => {
    expect(niceStep(7, 4)).toBe(2);
    expect(niceStep(230, 4)).toBe(100);
    expect(niceStep(10, 4)).toBe(5);
    expect(niceStep(40, 4)).toBe(10);
    expect(niceStep(1_250_000, 4)).toBe(500_000);
    // Counts never get a step of 2.5; amounts may.
    expect(niceStep(9, 4)).toBe(5);
    expect(niceStep(9, 4, false)).toBe(2.5);
  });

  it('ends the axis at the first tick at or above the largest value', () => {
    expect(axisFor(7)).toEqual({ max: 8, step: 2, ticks: [0, 2, 4, 6, 8] });
    expect(axisFor(8)).toEqual({ max: 8, step: 2, ticks: [0, 2, 4, 6, 8] });
    expect(axisFor(230)).toEqual({ max: 300, step: 100, ticks: [0, 100, 200, 300] });
    expect(axisFor(1)).toEqual({ max: 1, step: 1, ticks: [0, 1] });
  });

  it('gives an empty chart an axis from 0 to 1', () => {
    expect(axisFor(0)).toEqual({ max: 1, step: 1, ticks: [0, 1] });
    expect(axisFor(Number.NaN).ticks).toEqual([0, 1]);
  });

  it('scales lengths in proportion, never below zero or past the end', () => {
    expect(scaleLength(4, 8, 400)).toBe(200);
    expect(scaleLength(1, 3, 100)).toBe(33.3);
    expect(scaleLength(0, 8, 400)).toBe(0);
    expect(scaleLength(-2, 8, 400)).toBe(0);
    expect(scaleLength(12, 8, 400)).toBe(400);
    expect(scaleLength(3, 0, 400)).toBe(0);
  });
});
