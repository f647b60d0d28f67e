/**
 * The public side of joint advisory sessions (/raadgivning): the list's address and filters, the
 * month calendar, sessions in words, and the booking form. The core (../advisory) does the rest.
 */
export { asksOrganisation, BOOKING_FIELDS, type BookingAnswers, bookingSchema, inBookingOrder, NAME_MAX, NOTE_MAX, ORGANISATION_MAX } from './booking-form';
export { type CalendarDay, copenhagenDate, currentMonth, daysWindow, groupByDate, monthWeeks, monthWindow, startOfDay } from './calendar';
export {
  availabilityText,
  bookingState,
  type BookingState,
  dayHeading,
  hostName,
  hostNames,
  hostPath,
  localText,
  monthCaption,
  monthName,
  placeLine,
  sessionWhen,
  startTime,
  topicText,
  weekdays,
} from './format';
export { publicHostName } from './hosts';
export { type ChosenHost, feedPath, type FilterOptions, LIST_DAYS, loadSessionList, type SessionListData } from './list';
export { addMonths, AUDIENCE_PARAM, formatMonth, hasFilters, type ListQuery, listQueryString, type ListView, PARAM, parseListQuery, parseMonth, sessionFilters, splitHost, type YearMonth } from './query';
