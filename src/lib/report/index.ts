/**
 * "Report a problem": a reader says what is wrong with a public listing, without an account; the
 * association and the responsible administration hear of it at once, and the administration
 * closes the report with a note (which erases the reader's e-mail).
 */
export { createProblemReport } from './create';
export { openReportsForAdministration, openReportsForAssociation, type OpenReport } from './open-reports';
export { PROBLEM_REASONS, type ProblemReason, reasonKey } from './reasons';
export { findProblemReport, resolveProblemReport } from './resolve';
export { HONEYPOT_FIELD, MESSAGE_MAX, type ReportInput, reportSchema, resolutionSchema } from './schema';
export { REPORT_LIMIT, REPORT_WINDOW_SECONDS, reportRateKey } from './rate';
