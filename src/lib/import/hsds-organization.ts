import { CVR_SCHEME } from '../hsds/types';
import { Checker } from './checks';
import { administrationOf, districtOf, termsOf } from './hsds-attributes';
import { type Found, idOf, items } from './hsds-shape';
import type { Issues } from './issues';
import type { ImportAssociation, ImportContact } from './model';
import type { Reference } from './reference';

/** The first phone number of an object's `phones`, checked. */
export function firstPhone(issues: Issues, parent: Found): string | null {
  const phone = items(issues, `${parent.path}.phones`, parent.value.phones)[0];
  return phone ? new Checker(issues, { path: phone.path }).phone('number', phone.value.number) : null;
}

/** An HSDS contact (with its first phone) as a public contact of ours. */
export function readContact(issues: Issues, found: Found): ImportContact {
  const check = new Checker(issues, { path: found.path });
  const c = found.value;
  const contact: ImportContact = {
    sourceId: idOf(c.id) || null,
    name: check.required('name', c.name, 200),
    title: check.optional('title', c.title, 200),
    email: check.email('email', c.email),
    phone: firstPhone(issues, found),
  };
  if (!contact.email && !contact.phone) check.fail('', 'import.issue.contactReach');
  return contact;
}

/** The CVR number among `organization_identifiers` (scheme DK-CVR), if any. */
function cvrOf(check: Checker, issues: Issues, found: Found): string | null {
  const identifiers = items(issues, `${found.path}.organization_identifiers`, found.value.organization_identifiers);
  const cvr = identifiers.find((i) => idOf(i.value.identifier_scheme).toUpperCase() === CVR_SCHEME);
  return cvr ? check.at({ path: cvr.path }).cvr('identifier', cvr.value.identifier) : null;
}

/**
 * An HSDS organization as an association (without its activities, which the caller adds). The
 * mapping is the one our export writes (src/lib/hsds/organization.ts), read leniently: optional
 * fields may be missing, null or empty.
 */
export function readOrganization(issues: Issues, reference: Reference, found: Found): ImportAssociation {
  const check = new Checker(issues, { path: found.path });
  const o = found.value;
  const terms = termsOf(issues, found);
  const sourceId = idOf(o.id);
  if (!sourceId) check.fail('id', 'import.issue.required');
  return {
    where: { path: found.path },
    sourceId,
    name: check.required('name', o.name, 200),
    alternateName: check.optional('alternate_name', o.alternate_name, 200),
    description: check.optional('description', o.description, 5000) ?? '',
    email: check.email('email', o.email),
    phone: firstPhone(issues, found),
    website: check.website('website', o.website ?? o.url),
    cvr: cvrOf(check, issues, found),
    yearIncorporated: check.wholeNumber('year_incorporated', o.year_incorporated, 1000, 2100),
    administrationId: administrationOf(check, reference, terms),
    districtId: districtOf(check, reference, terms),
    // HSDS organizations carry no assured_date: the association's own stays as it is.
    lastVerifiedOn: undefined,
    contacts: items(issues, `${found.path}.contacts`, o.contacts).map((c) => readContact(issues, c)),
    activities: [],
  };
}
