/**
 * A sent (or prefilled) session form as plain strings, so that a form with errors is shown again
 * exactly as it was sent. Checkbox groups are lists; everything else is one value per name.
 */
import { LANGUAGE_CHOICES } from '../listing/forms/activity';

/** The form's checkbox groups. */
export const MULTI_FIELDS = ['termIds', 'hostAdministrationIds', 'hostAssociationIds', 'languages', 'weekdays'] as const;
export type MultiField = (typeof MULTI_FIELDS)[number];

/** The form as it stands: single values and ticked boxes. */
export interface SessionFormState {
  values: Record<string, string>;
  lists: Record<MultiField, string[]>;
}

/** How long each text may be (the core's limits, so the form never accepts what the core refuses). */
export const LIMITS = { topic: 120, description: 4000, placeName: 120, address: 200, city: 80, onlineUrl: 500 } as const;
/** The shortest topic the core takes. */
export const TOPIC_MIN = 3;
export const CAPACITY_MAX = 500;
export const AUDIENCES = ['citizens', 'associations', 'both'] as const;
export const REPEATS = ['none', 'weekly', 'monthly'] as const;
export const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
/** Which weekday of the month: the first to the fourth, and the last (RFC 5545 ordinals). */
export const MONTH_WEEKS = ['1', '2', '3', '4', '-1'] as const;
export const INTERVALS = ['1', '2', '3', '4'] as const;
/** The languages offered as boxes, as on the activity form. */
export { LANGUAGE_CHOICES };

const emptyLists = (): Record<MultiField, string[]> => ({ termIds: [], hostAdministrationIds: [], hostAssociationIds: [], languages: [], weekdays: [] });

/** A fresh publish form: one session, in Danish, for citizens, with a waiting list. */
export function freshState(): SessionFormState {
  return {
    values: { repeat: 'none', interval: '1', audience: 'citizens', waitingList: 'yes', capacity: '20' },
    lists: { ...emptyLists(), languages: ['da'] },
  };
}

/** The values of a sent form (the CSRF token left out). */
export function readState(form: FormData): SessionFormState {
  const state: SessionFormState = { values: {}, lists: emptyLists() };
  const multi = new Set<string>(MULTI_FIELDS);
  for (const [key, value] of form.entries()) {
    if (typeof value !== 'string' || key === '_csrf') continue;
    if (multi.has(key)) state.lists[key as MultiField].push(value);
    else state.values[key] = value;
  }
  return state;
}
