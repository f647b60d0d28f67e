/**
 * The figures behind the § 18 reports (issue 7): named queries over anonymous facts, one per
 * table of the dashboard, each with labels in Danish and English. See ./types.ts for what each
 * figure means.
 */
export * from './types';
export { listingFigures } from './listings';
export { grantFigures } from './grants';
export { referralFigures } from './referrals';
export { sessionFigures } from './sessions';
export { staleFigures } from './stale';
export { type CsvColumn, csvField, csvResponse, decimalCell, kronerCell, toCsv } from './csv';
export { CITIZEN, cellCount } from './flows';
export { CITY_WIDE_LABEL, KIND_LABELS } from './listings';
export { formatKroner } from '../grants/money';
