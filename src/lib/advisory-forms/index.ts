/**
 * The back office's forms of advisory sessions: the publish/edit form and the attendance form,
 * read into the core's types (src/lib/advisory), plus what the forms choose from.
 */
export { readAttendance } from './attendance';
export { coreFieldErrors, type CoreRefusal } from './core-errors';
export { formatWhen } from './format';
export { administrationName, knownChoices, sessionFormOptions, type SessionFormOptions, sessionOwner } from './options';
export { copenhagenDateTime, stateFromSession } from './prefill';
export { type KnownChoices, previewDates, readSessionForm, type SessionFormResult } from './session-form';
export {
  AUDIENCES,
  CAPACITY_MAX,
  freshState,
  INTERVALS,
  LANGUAGE_CHOICES,
  LIMITS,
  MONTH_WEEKS,
  readState,
  REPEATS,
  type SessionFormState,
  WEEKDAYS,
} from './state';
export { WHEN_FIELDS, type WhenOptions } from './when';
