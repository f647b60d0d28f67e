import { describe, expect, it } from 'vitest';
import { BACKGROUND, BAR, blend, contrastRatio, FLOW_BAND, FLOW_BAND_OPACITY, HEAT_SHADES, heatColours, heatStep, INK, luminance, textOn } from './colours';

describe('chart colours', () => {
  it('computes WCAG contrast ratios', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#ffffff')).toBe(1);
    // The well-known mid grey on white: 4.54:1.
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(luminance('#FFFFFF')).toBe(1);
    expect(() => luminance('green')).toThrow(/rrggbb/);
  });

  it('draws bars that stand out at least 3:1 from the page, and text at least 4.5:1', () => {
    expect(contrastRatio(BAR, BACKGROUND)).toBeGreaterThanOrEqual(3);
    expect(contrastRatio(INK, BACKGROUND)).toBeGreaterThanOrEqual(4.5);
  });

  it('keeps a see-through flow band at least 3:1 against the page', () => {
    expect(blend('#000000', 0.5)).toBe('#808080');
    expect(blend('#3c5c22', 1)).toBe('#3c5c22');
    expect(contrastRatio(blend(FLOW_BAND, FLOW_BAND_OPACITY), BACKGROUND)).toBeGreaterThanOrEqual(3);
  });

  it('writes every heat-map number at least 4.5:1 against its shade', () => {
    for (const shade of HEAT_SHADES) expect(contrastRatio(shade, textOn(shade)), shade).toBeGreaterThanOrEqual(4.5);
    expect(textOn('#ffffff')).toBe('#000000');
    expect(textOn('#233614')).toBe('#ffffff');
  });

  it('makes the shades darker step by step', () => {
    const lum = HEAT_SHADES.map(luminance);
    for (let i = 1; i < lum.length; i++) expect(lum[i]!).toBeLessThan(lum[i - 1]!);
  });

  it('shades nothing for zero, something for any count, the darkest for the largest', () => {
    expect(heatStep(0, 10)).toBe(0);
    expect(heatStep(1, 100)).toBe(1);
    expect(heatStep(10, 10)).toBe(HEAT_SHADES.length - 1);
    expect(heatStep(5, 10)).toBe(3);
    expect(heatStep(3, 0)).toBe(0);
    expect(heatColours(10, 10)).toEqual({ background: '#233614', text: '#ffffff', step: 5 });
    expect(heatColours(0, 10)).toEqual({ background: '#ffffff', text: '#000000', step: 0 });
  });
});
