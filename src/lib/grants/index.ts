/** Recording § 18 grants (issue 7): the form's rules, who may record, and the named queries. */
export { mayManageGrantsOf, mayRecordGrants } from './access';
export { GrantConflict, GrantError, GrantForbidden, GrantNotFound, UnknownAdministration, UnknownAssociation } from './errors';
export { type AmountError, formatKroner, kronerInput, MAX_AMOUNT_ORE, parseKroner } from './money';
export { FIRST_YEAR, grantSchema, type GrantInput, isUuid, LAST_YEAR, parseYear } from './schema';
export { createGrant, deleteGrant, findGrant, grantFormOptions, type GrantRecord, listGrants, updateGrant } from './store';
