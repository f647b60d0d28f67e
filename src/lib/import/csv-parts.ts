/**
 * The repeated records of a CSV row: places and contacts in parallel line-per-record columns, and
 * schedules as `KEY=value;…` lines (src/lib/hsds/csv-columns.ts describes both).
 */
import type { CsvColumn } from '../hsds/csv-columns';
import type { Checker } from './checks';
import type { CsvCells } from './csv-cells';
import { checkScheduleOrder } from './hsds-place';
import type { ImportContact, ImportPlace, ImportSchedule } from './model';

/** The field name of line `i` of a column: `location_city[2]` when the cell has several lines. */
const lineField = (column: string, i: number, n: number) => (n > 1 ? `${column}[${i + 1}]` : column);

/**
 * Records in parallel columns: as many as `lead` has lines; every other column has as many lines,
 * or is empty (then every record has it empty).
 */
function records<C extends CsvColumn>(check: Checker, cells: CsvCells, lead: C, others: readonly C[]): Record<C, string>[] {
  const n = cells.lines(lead).length;
  const byColumn = new Map<C, string[]>();
  for (const column of [lead, ...others]) {
    const lines = cells.lines(column);
    if (lines.length > 0 && lines.length !== n) check.fail(column, 'import.issue.lineCount', { count: lines.length, expected: n, column: lead });
    byColumn.set(column, lines.length === n ? lines : Array<string>(n).fill(''));
  }
  return Array.from({ length: n }, (_, i) => Object.fromEntries([...byColumn].map(([c, lines]) => [c, lines[i] ?? ''])) as Record<C, string>);
}

/** A place's key in a CSV file: its name, address and postal code (a CSV has no place ids). */
export const placeKey = (p: Pick<ImportPlace, 'name' | 'address' | 'postalCode'>) =>
  [p.name, p.address, p.postalCode].map((v) => v.trim().toLowerCase()).join('|');

const PLACE_COLUMNS = [
  'location_address',
  'location_postal_code',
  'location_city',
  'location_latitude',
  'location_longitude',
  'location_wheelchair_accessible',
  'location_accessibility_note',
] as const;

/** The places of a row, in order (schedules name them by line number). */
export function readPlaces(check: Checker, cells: CsvCells): ImportPlace[] {
  const list = records(check, cells, 'location_name', PLACE_COLUMNS);
  return list.map((r, i) => {
    const f = (column: string) => lineField(column, i, list.length);
    return {
      sourceId: null,
      name: check.required(f('location_name'), r.location_name, 200),
      address: check.required(f('location_address'), r.location_address, 200),
      postalCode: check.postalCode(f('location_postal_code'), r.location_postal_code),
      city: check.required(f('location_city'), r.location_city, 100),
      // The CSV has no district column for places: kept, or found from the postal code.
      districtId: undefined,
      latitude: check.coordinate(f('location_latitude'), r.location_latitude, 'latitude'),
      longitude: check.coordinate(f('location_longitude'), r.location_longitude, 'longitude'),
      wheelchairAccessible: check.yesNo(f('location_wheelchair_accessible'), r.location_wheelchair_accessible, false),
      accessibilityNote: check.optional(f('location_accessibility_note'), r.location_accessibility_note, 500),
    };
  });
}

/** The contacts of a row: the association's (`organization_contact_*`) or the activity's (`service_contact_*`). */
export function readContacts(check: Checker, cells: CsvCells, prefix: 'organization_contact' | 'service_contact'): ImportContact[] {
  const name = `${prefix}_name` as const;
  const title = `${prefix}_title` as const;
  const email = `${prefix}_email` as const;
  const phone = `${prefix}_phone` as const;
  const list = records(check, cells, name, [title, email, phone]);
  return list.map((r, i) => {
    const f = (column: string) => lineField(column, i, list.length);
    const contact: ImportContact = {
      sourceId: null,
      name: check.required(f(name), r[name], 200),
      title: check.optional(f(title), r[title], 200),
      email: check.email(f(email), r[email]),
      phone: check.phone(f(phone), r[phone]),
    };
    if (!contact.email && !contact.phone) check.fail(f(email), 'import.issue.contactReach');
    return contact;
  });
}

const SCHEDULE_KEYS = ['FREQ', 'INTERVAL', 'BYDAY', 'OPENS', 'CLOSES', 'VALID_FROM', 'VALID_TO', 'PLACE', 'NOTE'] as const;

/** The `KEY=value` pairs of one schedule line; NOTE takes the rest of the line, `;` and all. */
function pairs(check: Checker, field: string, line: string): Map<string, string> {
  const found = new Map<string, string>();
  const note = /(?:^|;)\s*NOTE=/i.exec(line);
  if (note) found.set('NOTE', line.slice(note.index + note[0].length));
  for (const part of (note ? line.slice(0, note.index) : line).split(';')) {
    if (!part.trim()) continue;
    const [key = '', ...rest] = part.split('=');
    const name = key.trim().toUpperCase();
    if (!(SCHEDULE_KEYS as readonly string[]).includes(name) || rest.length === 0) check.fail(field, 'import.issue.scheduleKey', { value: part.trim() });
    else found.set(name, rest.join('=').trim());
  }
  return found;
}

/** The schedules of a row; `PLACE=n` names the n-th of `places`. */
export function readSchedules(check: Checker, cells: CsvCells, places: ImportPlace[]): ImportSchedule[] {
  const lines = cells.lines('schedules').filter(Boolean);
  return lines.map((line, i) => {
    const field = lineField('schedules', i, lines.length);
    const v = pairs(check, field, line);
    const f = (key: string) => `${field}.${key}`;
    const freq = v.get('FREQ') ? check.oneOf(f('FREQ'), v.get('FREQ'), ['WEEKLY', 'MONTHLY'] as const, 'WEEKLY') : required(check, f('FREQ'));
    const placeText = v.get('PLACE') ?? '';
    const placeIndex = placeText ? check.wholeNumber(f('PLACE'), placeText, 1, Math.max(1, places.length)) : null;
    // wholeNumber has refused a line number beyond the row's places.
    const place = placeIndex === null ? undefined : places[placeIndex - 1];
    const schedule: ImportSchedule = {
      sourceId: null,
      freq,
      interval: check.wholeNumber(f('INTERVAL'), v.get('INTERVAL'), 1, 52) ?? 1,
      byday: check.byday(f('BYDAY'), (v.get('BYDAY') ?? '').split(','), freq),
      opensAt: check.time(f('OPENS'), v.get('OPENS')),
      closesAt: check.time(f('CLOSES'), v.get('CLOSES')),
      validFrom: check.date(f('VALID_FROM'), v.get('VALID_FROM')),
      validTo: check.date(f('VALID_TO'), v.get('VALID_TO')),
      note: check.optional(f('NOTE'), v.get('NOTE'), 300),
      placeKey: place ? placeKey(place) : null,
    };
    checkScheduleOrder(check, schedule, { closes: f('CLOSES'), to: f('VALID_TO') });
    return schedule;
  });
}

function required(check: Checker, field: string): 'WEEKLY' {
  check.fail(field, 'import.issue.required');
  return 'WEEKLY';
}
