import { CONTACT_FIELDS } from './contacts';
import { PLACE_FIELDS } from './places';
import type { RawRow } from './read';
import { isBlankRow } from './rows';
import { SCHEDULE_FIELDS } from './schedules';

const GROUP_FIELDS = { contacts: CONTACT_FIELDS, places: PLACE_FIELDS, schedules: SCHEDULE_FIELDS } as const;

/**
 * Whether a row of a repeated group has anything in it: such a row is titled by its content and
 * gets a "Fjern" box (also a new row typed into, so that a half-typed row can be dropped again).
 */
export function rowHasContent(group: keyof typeof GROUP_FIELDS, row: RawRow): boolean {
  return !isBlankRow(row, GROUP_FIELDS[group]);
}
