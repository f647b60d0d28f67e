import { describe, expect, it } from 'vitest';
import { barChartLayout, sortBars } from './bars';

const items = [
  { key: 'kff', label: 'Kultur- og Fritidsforvaltningen', value: 3, valueText: '3' },
  { key: 'sof', label: 'Socialforvaltningen', value: 8, valueText: '8' },
  { key: 'suf', label: 'Sundheds- og Omsorgsforvaltningen', value: 3, valueText: '3' },
  { key: 'bif', label: 'Beskæftigelses- og Integrationsforvaltningen', value: 0, valueText: '0' },
];

describe('a horizontal bar chart', () => {
  it('puts the largest first, equal values in Danish alphabetical order', () => {
    expect(sortBars(items).map((i) => i.key)).toEqual(['sof', 'kff', 'suf', 'bif']);
    expect(sortBars([{ key: 'aa', label: 'Ålholm', value: 1, valueText: '1' }, { key: 'z', label: 'Zahle', value: 1, valueText: '1' }]).map((i) => i.key)).toEqual([
      'z',
      'aa',
    ]);
  });

  it('keeps the given order when asked', () => {
    expect(barChartLayout(items, { keepOrder: true }).rows.map((r) => r.key)).toEqual(['kff', 'sof', 'suf', 'bif']);
  });

  it('draws bars in proportion to their values on a round axis', () => {
    const layout = barChartLayout(items, { width: 640, labelWidth: 200, fontSize: 14 });
    expect(layout.axis.ticks).toEqual([0, 2, 4, 6, 8]);
    const [sof, kff, , bif] = layout.rows;
    expect(sof!.barWidth).toBe(layout.plotWidth);
    expect(kff!.barWidth).toBeCloseTo((layout.plotWidth * 3) / 8, 0);
    expect(bif!.barWidth).toBe(0);
    expect(layout.ticks.map((t) => t.x)).toEqual([0, 2, 4, 6, 8].map((v) => Math.round((layout.plotX + (v / 8) * layout.plotWidth) * 10) / 10));
  });

  it('writes each value just after its bar, inside the drawing', () => {
    const layout = barChartLayout([{ key: 'a', label: 'Alle', value: 1_250_000, valueText: '1.250.000 kr.' }], { width: 640 });
    const [row] = layout.rows;
    expect(row!.valueX).toBe(row!.barWidth + layout.plotX + 6);
    // 13 characters at the estimated width still end inside the 640 wide drawing.
    expect(row!.valueX + 13 * 14 * 0.58).toBeLessThanOrEqual(640);
  });

  it('gives each row room for a label wrapped on two lines, and stacks rows without overlap', () => {
    const layout = barChartLayout(items);
    const bif = layout.rows.find((r) => r.key === 'bif')!;
    expect(bif.lines).toEqual(['Beskæftigelses- og', 'Integrationsforvaltningen']);
    for (let i = 1; i < layout.rows.length; i++) {
      const above = layout.rows[i - 1]!;
      expect(layout.rows[i]!.barY).toBeGreaterThan(above.barY + above.barHeight);
    }
    expect(layout.axisY).toBeGreaterThan(layout.rows.at(-1)!.barY + layout.rows.at(-1)!.barHeight);
    expect(layout.height).toBeGreaterThan(layout.tickY);
  });

  it('writes the ticks as asked, e.g. in kroner', () => {
    const layout = barChartLayout([{ key: 'a', label: 'A', value: 7, valueText: '7' }], { formatTick: (v) => `${v} kr.` });
    expect(layout.ticks.map((t) => t.text)).toEqual(['0 kr.', '2 kr.', '4 kr.', '6 kr.', '8 kr.']);
  });

  it('draws an empty chart without dividing by zero', () => {
    const layout = barChartLayout([]);
    expect(layout.rows).toEqual([]);
    expect(layout.ticks.map((t) => t.value)).toEqual([0, 1]);
    expect(Number.isFinite(layout.height)).toBe(true);
  });
});
