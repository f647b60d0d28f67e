/**
 * Import of associations and activities from Open Referral HSDS 3.0 JSON and from the documented
 * CSV (src/lib/hsds/csv-columns.ts): read and check every record (read.ts), then plan and apply
 * every write in one transaction (plan.ts, apply.ts). See README "Import".
 */
export { fieldText, type ImportIssue, issueLine, issueText, whereText } from './issues';
export type { Where } from './model';
export { detectFormat, type ImportFormat } from './read';
export { type ImportOptions, type ImportProgress, type ImportResult, runImport } from './run';
export { type Counts, KINDS, type Kind, type Summary } from './writes';
