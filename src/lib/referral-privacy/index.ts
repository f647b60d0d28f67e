/**
 * Protection of citizens' personal data in referrals (docs/decisions/013-personal-data.md): the
 * retention rule that erases it after closing, a coordinator's search, export and erasure of
 * everything about one citizen, and the access log of who saw what.
 */
export { type AccessAction, logAccess } from './access';
export { ACCESS_LOG_PAGE_SIZE, type AccessLogEntry, type AccessLogPage, accessLogOf } from './access-log';
export { type CitizenErasure, eraseCitizenData } from './citizen-erase';
export { type CitizenExport, type ExportedReferral, exportCitizenData } from './citizen-export';
export { aboutCitizen, type CitizenQuery, type CitizenReferral, type Coordinator, findCitizenReferrals } from './citizen-find';
export { ACCESS_LOG_YEARS, deleteOldAccessLog, eraseExpiredReferrals, eraseReferralRows, type ErasureRun } from './erase';
export { referralErasureJob } from './job';
export { seenByAdministration } from './visibility';
export { citizenQuerySchema, type CitizenQueryInput } from './form';
