import type { Checker } from './checks';
import { kronerToOre } from './checks';
import type { CsvCells } from './csv-cells';
import { placeKey, readContacts, readPlaces, readSchedules } from './csv-parts';
import type { ImportActivity, ImportAssociation, ImportPlace } from './model';
import type { Reference, TermTaxonomy } from './reference';

const STATUSES = { active: 'published', 'temporarily closed': 'paused', inactive: 'archived', defunct: 'archived' } as const;

/**
 * An administration named in a cell, else (for an activity) its association's, else the one
 * chosen for the whole file, else a problem.
 */
function administration(
  check: Checker,
  reference: Reference,
  column: 'organization_administration' | 'service_administration',
  code: string,
  inherited?: string,
): string {
  if (code) {
    const id = reference.administration(code);
    if (!id) check.fail(column, 'import.issue.unknownAdministration', { value: code });
    return id ?? '';
  }
  if (inherited) return inherited;
  if (reference.fallbackAdministrationId) return reference.fallbackAdministrationId;
  check.fail(column, 'import.issue.noAdministration');
  return '';
}

/** The association of a row (the columns `organization_*`), without its activities. */
export function readAssociation(check: Checker, reference: Reference, cells: CsvCells): ImportAssociation {
  const district = cells.keep('organization_district');
  const districtId = district ? reference.district(district) : district === '' ? null : undefined;
  if (district && !districtId) check.fail('organization_district', 'import.issue.unknownDistrict', { value: district });
  const assured = cells.keep('organization_assured_date');
  return {
    where: { row: cells.row },
    sourceId: check.required('organization_id', cells.get('organization_id'), 200),
    name: check.required('organization_name', cells.get('organization_name'), 200),
    alternateName: check.optional('organization_alternate_name', cells.get('organization_alternate_name'), 200),
    description: check.optional('organization_description', cells.get('organization_description'), 5000) ?? '',
    email: check.email('organization_email', cells.get('organization_email')),
    phone: check.phone('organization_phone', cells.get('organization_phone')),
    website: check.website('organization_website', cells.get('organization_website')),
    cvr: check.cvr('organization_cvr', cells.get('organization_cvr')),
    yearIncorporated: check.wholeNumber('organization_year_incorporated', cells.get('organization_year_incorporated'), 1000, 2100),
    administrationId: administration(check, reference, 'organization_administration', cells.get('organization_administration')),
    districtId: districtId ?? (district === undefined ? undefined : null),
    lastVerifiedOn: assured === undefined ? undefined : check.date('organization_assured_date', assured),
    contacts: readContacts(check, cells, 'organization_contact'),
    activities: [],
  };
}

function termIds(check: Checker, reference: Reference, cells: CsvCells): string[] {
  const ids: string[] = [];
  for (const [column, taxonomy, key] of [
    ['service_target_groups', 'target_group', 'import.issue.unknownTargetGroup'],
    ['service_categories', 'category', 'import.issue.unknownCategory'],
  ] as const satisfies readonly (readonly [string, TermTaxonomy, string])[]) {
    for (const code of cells.list(column)) {
      const id = reference.term(taxonomy, code);
      if (id) ids.push(id);
      else check.fail(column, key, { value: code });
    }
  }
  return [...new Set(ids)];
}

/** The price: free unless `service_is_free` is "nej" or a price is given; a free offer with a price is a problem. */
function costs(check: Checker, cells: CsvCells) {
  const priceText = cells.get('service_price_kr');
  const isFree = check.yesNo('service_is_free', cells.get('service_is_free'), priceText === '');
  const priceOre = priceText ? kronerToOre(priceText) : null;
  if (priceText && priceOre === null) check.fail('service_price_kr', 'import.issue.price', { value: priceText });
  if (isFree && priceOre) check.fail('service_price_kr', 'import.issue.priceButFree');
  return { isFree, priceOre: isFree ? null : priceOre, costDescription: check.optional('service_cost_description', cells.get('service_cost_description'), 300) };
}

/** The activity of a row (the columns `service_*`, `location_*` and `schedules`) of the association `owner`. */
export function readActivity(check: Checker, reference: Reference, cells: CsvCells, owner: ImportAssociation): ImportActivity {
  const minimumAge = check.wholeNumber('service_minimum_age', cells.get('service_minimum_age'), 0, 120);
  const maximumAge = check.wholeNumber('service_maximum_age', cells.get('service_maximum_age'), 0, 120);
  if (minimumAge !== null && maximumAge !== null && maximumAge < minimumAge) check.fail('service_maximum_age', 'import.issue.ageOrder');
  const placeList = readPlaces(check, cells);
  const places = new Map<string, ImportPlace>(placeList.map((p) => [placeKey(p), p]));
  const summaryEn = cells.keep('service_summary_en');
  return {
    where: { row: cells.row },
    sourceId: check.required('service_id', cells.get('service_id'), 200),
    administrationId: administration(check, reference, 'service_administration', cells.get('service_administration'), owner.administrationId || undefined),
    kind: check.oneOf('service_kind', cells.get('service_kind'), ['offer', 'volunteer_role'] as const, 'offer'),
    status: STATUSES[check.oneOf('service_status', cells.get('service_status'), Object.keys(STATUSES) as (keyof typeof STATUSES)[], 'active')],
    name: check.required('service_name', cells.get('service_name'), 200),
    summary: check.required('service_summary', cells.get('service_summary'), 400),
    description: check.optional('service_description', cells.get('service_description'), 5000) ?? '',
    summaryEn: summaryEn === undefined ? undefined : check.optional('service_summary_en', summaryEn, 400),
    howToJoin: check.optional('service_how_to_join', cells.get('service_how_to_join'), 2000),
    eligibility: check.optional('service_eligibility', cells.get('service_eligibility'), 2000),
    ...costs(check, cells),
    languages: check.languages('service_languages', cells.list('service_languages')),
    minimumAge,
    maximumAge,
    email: check.email('service_email', cells.get('service_email')),
    website: check.website('service_url', cells.get('service_url')),
    lastVerifiedOn: check.date('service_assured_date', cells.get('service_assured_date')),
    termIds: termIds(check, reference, cells),
    places,
    schedules: readSchedules(check, cells, placeList),
    contacts: readContacts(check, cells, 'service_contact'),
  };
}
