/** iCalendar files of joint advisory sessions: one session's download and the feeds per host. */
export { calendarResponse, icsFileName, type SessionCalendarInput, sessionLocation, sessionsCalendar } from './calendar';
export { hostFeed, sessionFile } from './endpoints';
