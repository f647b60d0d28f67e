/**
 * Joint advisory sessions (fælles rådgivningsmøder): the contract the pages use. Coordinators
 * publish sessions (one, or a repeating series); citizens book a seat without an account (a
 * waiting list when full, a cancel link by mail); hosts see the bookings (decrypted, logged),
 * record attendance and follow up with a referral; a job reminds the day before and erases the
 * personal data ADVISORY_RETENTION_DAYS after the session.
 */
export type * from './types';

export { AdvisoryError, type AdvisoryErrorCode, advisoryErrorMessage, advisoryFieldMessages, advisoryStatus } from './errors';
export { publishSessions } from './publish';
export { cancelSession, updateSession } from './update';
export { findPublicSession, hostedSessions, listPublicSessions, sessionFilterOptions } from './public';
export { bookSeat } from './booking';
export { bookingByToken, cancelBooking } from './cancel';
export { listHostSessions, mayHostSession } from './hosts';
export { followUpPerson, linkFollowUp, recordAttendance, sessionBookings } from './host-bookings';

// Helpers the pages, the iCal feeds and search may share.
export { MAX_SESSIONS, sessionTimes } from './recurrence';
export { isLanguageCode, isOnlineUrl, validateBooking, validateSessionFields } from './validate';
export { sessionAddress, sessionDate, sessionTopic, sessionWhen } from './words';
export { cancelPath } from './mails';
