import { FREE_FEES } from '../hsds/service';
import { HSDS_TAXONOMIES } from '../hsds/types';
import { Checker } from './checks';
import { administrationOf, codesIn, termIdsOf, termsOf } from './hsds-attributes';
import { readContact } from './hsds-organization';
import { readLocation, readSchedule } from './hsds-place';
import { type FoundService, idOf, isObject, items } from './hsds-shape';
import type { Issues } from './issues';
import type { ImportActivity, ImportPlace, ImportSchedule } from './model';
import type { Reference } from './reference';

const SUMMARY_MAX = 400;

/**
 * Our summary and description from one HSDS description. Our export writes "summary, blank line,
 * description"; another directory's long text without a short first paragraph gives its first
 * sentence as the summary and stays whole as the description.
 */
export function splitDescription(text: string): { summary: string; description: string } {
  const at = text.indexOf('\n\n');
  if (at >= 0 && text.slice(0, at).trim().length <= SUMMARY_MAX) {
    return { summary: text.slice(0, at).trim(), description: text.slice(at + 2).trim() };
  }
  if (text.length <= SUMMARY_MAX) return { summary: text, description: '' };
  const sentence = /^[\s\S]{1,399}?[.!?](?=\s|$)/.exec(text)?.[0].trim();
  return { summary: sentence ?? `${text.slice(0, SUMMARY_MAX - 1).trimEnd()}…`, description: text };
}

const STATUSES = { active: 'published', 'temporarily closed': 'paused', inactive: 'archived', defunct: 'archived' } as const;

/**
 * What the activity costs: no cost option = free, and `fees_description` is then our cost words
 * (unless it is only "Gratis"); a cost option gives the price (kroner → øre) and its words.
 */
function costsOf(check: Checker, issues: Issues, service: FoundService) {
  const s = service.value;
  const option = items(issues, `${service.path}.cost_options`, s.cost_options)[0];
  const fees = check.optional('fees_description', s.fees_description, 300);
  if (!option) return { isFree: true, priceOre: null, costDescription: fees === FREE_FEES ? null : fees };
  const at = check.at({ path: option.path });
  const raw = at.raw('amount', option.value.amount);
  const amount = raw ? Number(raw) : null;
  if (amount !== null && (!Number.isFinite(amount) || amount < 0 || amount > 10_000_000)) at.fail('amount', 'import.issue.price', { value: raw });
  const priceOre = amount !== null && Number.isFinite(amount) && amount >= 0 ? Math.round(amount * 100) : null;
  // A cost option of 0 kr. is another directory's way of saying "free".
  if (priceOre === 0) return { isFree: true, priceOre: null, costDescription: at.optional('amount_description', option.value.amount_description, 300) };
  return { isFree: false, priceOre, costDescription: at.optional('amount_description', option.value.amount_description, 300) };
}

/** The places of a service (`service_at_locations[].location`) by id, and the schedules given with them. */
function placesOf(issues: Issues, reference: Reference, service: FoundService) {
  const places = new Map<string, ImportPlace>();
  const schedules: ImportSchedule[] = [];
  items(issues, `${service.path}.service_at_locations`, service.value.service_at_locations).forEach((sal, i) => {
    const location = sal.value.location;
    if (!isObject(location)) {
      new Checker(issues, { path: sal.path }).fail('location', 'import.issue.notObject');
      return;
    }
    const place = readLocation(issues, reference, { value: location, path: `${sal.path}.location` });
    const key = place.sourceId ?? `#${i + 1}`;
    places.set(key, place);
    for (const s of items(issues, `${sal.path}.schedules`, sal.value.schedules)) schedules.push(readSchedule(issues, s, key));
  });
  return { places, schedules };
}

/**
 * An HSDS service as an activity of the association `organizationId` names; `inherited` is that
 * organization's administration, for a service that names none of its own.
 */
export function readService(issues: Issues, reference: Reference, service: FoundService, inherited?: string): ImportActivity {
  const check = new Checker(issues, { path: service.path });
  const s = service.value;
  const terms = termsOf(issues, service);
  const sourceId = idOf(s.id);
  if (!sourceId) check.fail('id', 'import.issue.required');
  const text = check.required('description', s.description, SUMMARY_MAX + 2 + 5000);
  const kindTerm = codesIn(terms, HSDS_TAXONOMIES.kind)[0];
  const { places, schedules } = placesOf(issues, reference, service);
  for (const found of items(issues, `${service.path}.schedules`, s.schedules)) {
    const locationId = idOf(found.value.location_id);
    if (locationId && !places.has(locationId)) check.at({ path: found.path }).fail('location_id', 'import.issue.unknownPlace', { value: locationId });
    schedules.push(readSchedule(issues, found, locationId && places.has(locationId) ? locationId : null));
  }
  const { summary, description } = splitDescription(text);
  if (description.length > 5000) check.fail('description', 'import.issue.tooLong', { max: SUMMARY_MAX + 2 + 5000 });
  const minimumAge = check.wholeNumber('minimum_age', s.minimum_age, 0, 120);
  const maximumAge = check.wholeNumber('maximum_age', s.maximum_age, 0, 120);
  if (minimumAge !== null && maximumAge !== null && maximumAge < minimumAge) check.fail('maximum_age', 'import.issue.ageOrder');
  const languages = items(issues, `${service.path}.languages`, s.languages).map((l) => check.raw('languages', l.value.code));
  return {
    where: { path: service.path },
    sourceId,
    administrationId: administrationOf(check, reference, terms, inherited),
    kind: kindTerm ? check.at({ path: kindTerm.path }).oneOf('taxonomy_term.code', kindTerm.code, ['offer', 'volunteer_role'] as const, 'offer') : 'offer',
    status: STATUSES[check.oneOf('status', s.status, Object.keys(STATUSES) as (keyof typeof STATUSES)[], 'active')],
    name: check.required('name', s.name, 200),
    summary,
    description,
    summaryEn: undefined,
    howToJoin: check.optional('application_process', s.application_process, 2000),
    eligibility: check.optional('eligibility_description', s.eligibility_description, 2000),
    ...costsOf(check, issues, service),
    languages: check.languages('languages', languages),
    minimumAge,
    maximumAge,
    email: check.email('email', s.email),
    website: check.website('url', s.url),
    lastVerifiedOn: check.date('assured_date', s.assured_date),
    termIds: termIdsOf(check, reference, terms),
    places,
    schedules,
    contacts: items(issues, `${service.path}.contacts`, s.contacts).map((c) => readContact(issues, c)),
  };
}
