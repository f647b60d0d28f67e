/**
 * Charts drawn on the server as accessible SVG (issue 7): scales, bar and flow geometry, label
 * fitting and colours with proven contrast. Pure functions; the SVG is in components/charts.
 */
export { type BarChartLayout, type BarChartOptions, type BarDatum, type BarRow, type BarTick, barChartLayout, sortBars } from './bars';
export { BACKGROUND, BAR, blend, contrastRatio, FLOW_BAND, FLOW_BAND_OPACITY, GRID, HEAT_SHADES, heatColours, heatStep, INK, luminance, textOn } from './colours';
export { bandPath, type FlowInput, type FlowLayout, type FlowLink, type FlowNode, type FlowOptions, flowLayout } from './flow';
export { charsThatFit, textWidth, truncateLabel, wrapLabel } from './labels';
export { type Axis, axisFor, niceStep, round, scaleLength } from './scale';
