export { describeSchedule } from './describe';
export { formatCivilDate, formatDate, formatOccurrence, formatTime, formatTimeRange, intlLocale } from './format';
export { type ActivityCalendarInput, buildActivityCalendar, calendarFileName, recurrenceRule } from './ical';
export { nextOccurrences, type Occurrence, occurrencesOf } from './occurrences';
export { type ScheduleRule } from './rule';
export { TIME_ZONE, wallClock, zonedInstant } from './zone';
