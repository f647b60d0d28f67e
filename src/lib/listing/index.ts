/**
 * The listing engine: what associations edit (values), how an edit is saved (at once, or as a
 * revision for the responsible administration to review), the decisions, status changes and the
 * history of every listing. Pages call these functions and map the typed errors to messages.
 */
export { approveRevision, MAX_COMMENT, rejectRevision } from './decide';
export * from './errors';
export { allExemptKeys, changedFields, exemptKey, fieldKeys, fieldValue, sameValue } from './fields';
export { type HistoryInput, listHistory, recordHistory } from './history';
export { fieldLabel, fieldLabelKey, fieldLabels } from './labels';
export { loadActivityValues, loadAssociationValues } from './load';
export { getRevision, listAssociationRevisions, recentDecisions, reviewQueue } from './revisions';
export { describeValue, loadValueNames, type ValueNames } from './render';
export { loadProposedValues, saveListing } from './save';
export { setExemptFields, exemptFieldsOf } from './settings';
export { createActivity, setListingStatus, submitForPublication, withdrawRevision } from './status';
export * from './values';
