import { WHEELCHAIR_SENTENCE } from '../hsds/service';
import { Checker } from './checks';
import { districtOf, termsOf } from './hsds-attributes';
import { type Found, idOf, items } from './hsds-shape';
import type { Issues } from './issues';
import type { ImportPlace, ImportSchedule } from './model';
import type { Reference } from './reference';

/** Another directory's sentence that says a place is wheelchair accessible (and not that it is not). */
const saysWheelchair = (text: string) => /wheelchair|kørestol/i.test(text) && !/\b(ikke|ingen|not|no)\b/i.test(text);

/**
 * An HSDS location as a place: the first physical address (else the first address), the point,
 * and what `accessibility` says. A place without a name takes its street address as its name.
 */
export function readLocation(issues: Issues, reference: Reference, found: Found): ImportPlace {
  const check = new Checker(issues, { path: found.path });
  const l = found.value;
  const addresses = items(issues, `${found.path}.addresses`, l.addresses);
  const address = addresses.find((a) => idOf(a.value.address_type) !== 'postal') ?? addresses[0];
  const at = check.at({ path: address?.path ?? found.path });
  const street = address ? at.required('address_1', address.value.address_1, 200) : '';
  if (!address) check.fail('addresses', 'import.issue.required');
  const access = items(issues, `${found.path}.accessibility`, l.accessibility);
  const descriptions = access.map((a) => check.raw('description', a.value.description)).filter(Boolean);
  const details = access.map((a) => check.raw('details', a.value.details)).filter(Boolean);
  const otherWords = descriptions.filter((d) => d !== WHEELCHAIR_SENTENCE);
  return {
    sourceId: idOf(l.id) || null,
    name: check.raw('name', l.name) ? check.required('name', l.name, 200) : street,
    address: street,
    postalCode: address ? at.postalCode('postal_code', address.value.postal_code) : '',
    city: address ? at.required('city', address.value.city, 100) : '',
    // No indgang:bydel attribute: the place keeps its district, or a new one gets it from the postal code.
    districtId: districtOf(check, reference, termsOf(issues, found)) ?? undefined,
    latitude: check.coordinate('latitude', l.latitude, 'latitude'),
    longitude: check.coordinate('longitude', l.longitude, 'longitude'),
    wheelchairAccessible: descriptions.some((d) => d === WHEELCHAIR_SENTENCE || saysWheelchair(d)),
    accessibilityNote: check.optional('accessibility', [...details, ...otherWords].join(' ') || null, 500),
  };
}

/**
 * An HSDS schedule. `opens_at`/`closes_at` are read as wall-clock times in Copenhagen (as we write
 * them); a closing time before the opening time means it ends after midnight (a night line).
 */
export function readSchedule(issues: Issues, found: Found, placeKey: string | null): ImportSchedule {
  const check = new Checker(issues, { path: found.path });
  const s = found.value;
  const freq = check.raw('freq', s.freq) ? check.oneOf('freq', s.freq, ['WEEKLY', 'MONTHLY'] as const, 'WEEKLY') : missing(check, 'freq');
  const rawDays = Array.isArray(s.byday) ? s.byday.map(String) : check.raw('byday', s.byday).split(',');
  const schedule: ImportSchedule = {
    sourceId: idOf(s.id) || null,
    freq,
    interval: check.wholeNumber('interval', s.interval, 1, 52) ?? 1,
    byday: check.byday('byday', rawDays, freq),
    opensAt: check.time('opens_at', s.opens_at),
    closesAt: check.time('closes_at', s.closes_at),
    validFrom: check.date('valid_from', s.valid_from),
    validTo: check.date('valid_to', s.valid_to),
    note: check.optional('notes', s.notes, 300),
    placeKey,
  };
  checkScheduleOrder(check, schedule, { closes: 'closes_at', to: 'valid_to' });
  return schedule;
}

function missing(check: Checker, field: string): 'WEEKLY' {
  check.fail(field, 'import.issue.required');
  return 'WEEKLY';
}

/** Checks across a schedule's fields: not closing when it opens, not ending before it starts. */
export function checkScheduleOrder(check: Checker, s: ImportSchedule, fields: { closes: string; to: string }): void {
  if (s.opensAt === s.closesAt && s.opensAt !== '00:00:00') check.fail(fields.closes, 'import.issue.timeOrder');
  if (s.validFrom && s.validTo && s.validTo < s.validFrom) check.fail(fields.to, 'import.issue.dateOrder');
}
