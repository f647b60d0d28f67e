import type { Contact } from '../../../db/schema';
import { derivedId } from './ids';
import { serviceStatus } from './status';
import type { OrganizationRecord } from './records';
import { attribute, taxonomyTerm } from './terms';
import { CVR_SCHEME, HSDS_TAXONOMIES, type HsdsContact, type HsdsOrganization } from './types';

/** Sets only the values that are there: the schema types fields as strings, so null is not allowed. */
export function present<T>(value: T | null | undefined): T | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string' && value.trim() === '') return undefined;
  return value;
}

/** A date as `YYYY-MM-DD` in UTC (our `last_verified_at` is an instant; HSDS `assured_date` a date). */
export function isoDate(instant: Date | null): string | undefined {
  return instant ? instant.toISOString().slice(0, 10) : undefined;
}

/** A public contact as an HSDS contact with its phone. */
export function hsdsContact(contact: Contact, owner: { organization_id: string } | { service_id: string }): HsdsContact {
  return {
    id: contact.id,
    ...owner,
    name: contact.name,
    title: present(contact.title),
    email: present(contact.email),
    phones: contact.phone ? [{ id: derivedId('phone', 'contact', contact.id), number: contact.phone, contact_id: contact.id }] : [],
  };
}

/**
 * An association as an HSDS organization:
 *
 * | association            | organization                                           |
 * | ---------------------- | ------------------------------------------------------ |
 * | id                     | id                                                     |
 * | name, alternate_name   | name, alternate_name                                   |
 * | description            | description                                            |
 * | email, website         | email, website                                         |
 * | phone                  | phones[0].number                                       |
 * | year_incorporated      | year_incorporated                                      |
 * | cvr                    | organization_identifiers[] (scheme DK-CVR, type "CVR") |
 * | administration         | attributes[] taxonomy indgang:forvaltning              |
 * | district               | attributes[] taxonomy indgang:bydel                    |
 * | public contacts        | contacts[] (+ phones); internal contacts never         |
 * | exported activities    | services[] with id, name, status (in full in services) |
 */
export function toHsdsOrganization(record: OrganizationRecord): HsdsOrganization {
  const { association: a, administration, district } = record;
  const attributes = [
    attribute(
      'organization',
      a.id,
      'administration',
      taxonomyTerm(HSDS_TAXONOMIES.administration, { id: administration.id, code: administration.slug, name: administration.name }),
    ),
  ];
  if (district) {
    attributes.push(
      attribute('organization', a.id, 'district', taxonomyTerm(HSDS_TAXONOMIES.district, { id: district.id, code: district.slug, name: district.name })),
    );
  }
  return {
    id: a.id,
    name: a.name,
    alternate_name: present(a.alternateName),
    description: a.description,
    email: present(a.email),
    website: present(a.website),
    year_incorporated: present(a.yearIncorporated),
    phones: a.phone ? [{ id: derivedId('phone', 'organization', a.id), number: a.phone, organization_id: a.id }] : [],
    organization_identifiers: a.cvr
      ? [
          {
            id: derivedId('organization_identifier', a.id, CVR_SCHEME),
            organization_id: a.id,
            identifier_scheme: CVR_SCHEME,
            identifier_type: 'CVR',
            identifier: a.cvr,
          },
        ]
      : [],
    contacts: record.contacts.map((c) => hsdsContact(c, { organization_id: a.id })),
    attributes,
    services: record.services.map((s) => ({ id: s.id, name: s.name, status: serviceStatus(s.status) })),
  };
}
