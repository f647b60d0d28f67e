/**
 * The colours of the charts, and the WCAG contrast arithmetic that proves them: bars must stand
 * out at least 3:1 against the white page (WCAG 2.1, 1.4.11 non-text contrast), and a number
 * written on a shaded cell at least 4.5:1 (1.4.3). Colour never carries meaning alone: every
 * bar has its value written beside it, every cell its number.
 */

/** The chart background: the page's white. */
export const BACKGROUND = '#ffffff';
/** Bars: borger.dk's dark green (dkfds `borgerdk-200`). */
export const BAR = '#3c5c22';
/** Text, axes and grid lines. */
export const INK = '#1a1a1a';
/**
 * Bands of the flow chart: the bar green, see-through so that crossing bands stay visible. Where
 * one band lies on the white page it still stands out at least 3:1 (tested with `blend`).
 */
export const FLOW_BAND = BAR;
export const FLOW_BAND_OPACITY = 0.65;
/** Grid lines behind the bars: decoration only, so they may be light. */
export const GRID = '#c7c7c7';

/**
 * The shades of a heat-map cell, from none to most: light greens up to borger.dk's darkest. Text
 * on each is black or white, whichever contrasts more (see `textOn`).
 */
export const HEAT_SHADES = ['#ffffff', '#e6f0df', '#c4dcb2', '#8fbd6f', '#44831e', '#233614'] as const;

/** The relative luminance of a `#rrggbb` colour (WCAG 2.1 definition). */
export function luminance(hex: string): number {
  const match = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) throw new Error(`Not a #rrggbb colour: ${hex}`);
  const [r, g, b] = match.slice(1, 4).map((part) => {
    const c = parseInt(part, 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The contrast ratio of two colours, 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** The colour `hex` at `opacity` over `background`, as the eye sees it. */
export function blend(hex: string, opacity: number, background = BACKGROUND): string {
  const channels = (c: string) => [1, 3, 5].map((i) => parseInt(c.replace('#', '').padStart(6, '0').slice(i - 1, i + 1), 16));
  const [front, back] = [channels(hex), channels(background)];
  return `#${front.map((f, i) => Math.round(f * opacity + back[i]! * (1 - opacity)).toString(16).padStart(2, '0')).join('')}`;
}

/** Black or white text, whichever reads better on `background`. */
export function textOn(background: string): '#000000' | '#ffffff' {
  return contrastRatio(background, '#000000') >= contrastRatio(background, '#ffffff') ? '#000000' : '#ffffff';
}

/**
 * Which shade a cell with `count` gets when the largest cell holds `max`: 0 for nothing, else 1
 * to the darkest in equal steps, so that any count above zero is visibly shaded.
 */
export function heatStep(count: number, max: number, steps = HEAT_SHADES.length - 1): number {
  if (!(count > 0) || !(max > 0)) return 0;
  return Math.min(steps, Math.max(1, Math.ceil((count / max) * steps)));
}

/** The background and text colour of a heat-map cell. */
export function heatColours(count: number, max: number): { background: string; text: string; step: number } {
  const step = heatStep(count, max);
  const background = HEAT_SHADES[step] ?? BACKGROUND;
  return { background, text: textOn(background), step };
}
