/**
 * Open Referral HSDS 3.0: our public directory as HSDS organizations and services (export, the
 * read-only API) and the documented CSV. See README "Open Referral (HSDS 3.0)" for the mapping.
 */
export { CSV_COLUMNS, CSV_LINE_SEPARATOR, CSV_LIST_SEPARATOR, CSV_NO, CSV_YES, type CsvColumn, type CsvRow } from './csv-columns';
export { exportCsv, csvRowsOf, formatCsv } from './csv';
export { exportDataset } from './dataset';
export { HSDS_VERSION, hsdsMetadata } from './metadata';
export * from './types';
