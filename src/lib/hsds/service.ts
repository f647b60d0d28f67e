import { formatPrice } from '../directory/price';
import { derivedId } from './ids';
import { hsdsContact, isoDate, present } from './organization';
import type { PlaceRecord, ServiceRecord } from './records';
import { toHsdsSchedule } from './schedule';
import { serviceStatus } from './status';
import { attribute, taxonomyTerm } from './terms';
import { HSDS_TAXONOMIES, type HsdsCostOption, type HsdsLocation, type HsdsService } from './types';

const languageNames = new Intl.DisplayNames(['da'], { type: 'language', fallback: 'code' });

/** What `fees_description` says of a free activity with no words of its own. */
export const FREE_FEES = 'Gratis';
/** The accessibility description of a place with step-free access; the import reads it back. */
export const WHEELCHAIR_SENTENCE = 'Der er adgang for kørestol.';

/** Summary and description as one HSDS description: the summary, a blank line, the rest. */
export function serviceDescription(summary: string, description: string): string {
  return description.trim() ? `${summary}\n\n${description}` : summary;
}

/** A place as an HSDS physical location with one address. */
export function toHsdsLocation(place: PlaceRecord): HsdsLocation {
  const accessibility = [];
  if (place.wheelchairAccessible || place.accessibilityNote) {
    accessibility.push({
      id: derivedId('accessibility', place.id),
      location_id: place.id,
      description: place.wheelchairAccessible ? WHEELCHAIR_SENTENCE : undefined,
      details: present(place.accessibilityNote),
    });
  }
  return {
    id: place.id,
    location_type: 'physical',
    organization_id: place.associationId,
    name: place.name,
    latitude: place.latitude,
    longitude: place.longitude,
    addresses: [
      {
        id: derivedId('address', place.id),
        location_id: place.id,
        address_1: place.address,
        city: place.city,
        // Required by HSDS; Denmark has no states or provinces.
        state_province: '',
        postal_code: place.postalCode,
        country: 'DK',
        address_type: 'physical',
      },
    ],
    attributes: place.district
      ? [
          attribute(
            'location',
            place.id,
            'district',
            taxonomyTerm(HSDS_TAXONOMIES.district, { id: place.district.id, code: place.district.slug, name: place.district.name }),
          ),
        ]
      : [],
    accessibility,
  };
}

/**
 * What an activity costs. Free: no cost option, `fees_description` = our cost words or "Gratis".
 * Not free: one cost option in DKK with the price in kroner (when we know it) and our cost words
 * ("per halvår") as `amount_description`; `fees_description` says it in a sentence ("250 kr. per
 * halvår"). An import reads "free" as "no cost options".
 */
function costs(record: ServiceRecord): { fees_description?: string; cost_options: HsdsCostOption[] } {
  const { activity: a } = record;
  if (a.isFree) return { fees_description: present(a.costDescription) ?? FREE_FEES, cost_options: [] };
  const price = a.priceOre === null ? undefined : formatPrice('da', a.priceOre);
  const words = present(a.costDescription);
  return {
    fees_description: [price, words].filter(Boolean).join(' ') || undefined,
    cost_options: [
      {
        id: derivedId('cost_option', a.id),
        service_id: a.id,
        currency: 'DKK',
        amount: a.priceOre === null ? undefined : a.priceOre / 100,
        amount_description: words,
      },
    ],
  };
}

/**
 * An activity as an HSDS service. `today` (YYYY-MM-DD) gives schedules without a start date their
 * time zone offset.
 *
 * | activity                       | service                                                      |
 * | ------------------------------ | ------------------------------------------------------------ |
 * | id, association_id             | id, organization_id                                          |
 * | name                           | name                                                         |
 * | summary + description          | description (summary, blank line, description)               |
 * | website, email                 | url, email                                                   |
 * | status published / paused      | status "active" / "temporarily closed" (others never)        |
 * | how_to_join, eligibility       | application_process, eligibility_description                |
 * | minimum_age, maximum_age       | minimum_age, maximum_age                                     |
 * | is_free, price_ore, cost words | fees_description, cost_options[] (DKK, kroner): see costs()  |
 * | languages                      | languages[] (ISO 639-1 code, Danish name)                    |
 * | last_verified_at               | assured_date (YYYY-MM-DD)                                    |
 * | target groups, categories      | attributes[] indgang:maalgruppe, indgang:kategori (slug)     |
 * | administration, kind           | attributes[] indgang:forvaltning (slug), indgang:art         |
 * | places                         | service_at_locations[] with location (toHsdsLocation)        |
 * | schedules                      | schedules[] (toHsdsSchedule)                                 |
 * | own public contacts            | contacts[] with phones[]                                     |
 */
export function toHsdsService(record: ServiceRecord, today: string): HsdsService {
  const { activity: a, administration } = record;
  const locations = record.places.map(toHsdsLocation);
  const locationIds = new Set(locations.map((l) => l.id));
  const terms = [
    ...record.terms.map((t) => ({
      type: t.taxonomy === 'target_group' ? 'target_group' : 'category',
      term: taxonomyTerm(t.taxonomy === 'target_group' ? HSDS_TAXONOMIES.targetGroup : HSDS_TAXONOMIES.category, {
        id: t.id,
        code: t.slug,
        name: t.nameDa,
        description: t.descriptionDa,
      }),
    })),
    { type: 'administration', term: taxonomyTerm(HSDS_TAXONOMIES.administration, { id: administration.id, code: administration.slug, name: administration.name }) },
    { type: 'kind', term: taxonomyTerm(HSDS_TAXONOMIES.kind, { code: a.kind, name: a.kind === 'offer' ? 'Tilbud' : 'Frivilligopgave' }) },
  ];
  return {
    id: a.id,
    organization_id: a.associationId,
    name: a.name,
    description: serviceDescription(a.summary, a.description),
    url: present(a.website),
    email: present(a.email),
    status: serviceStatus(a.status),
    application_process: present(a.howToJoin),
    eligibility_description: present(a.eligibility),
    minimum_age: present(a.minimumAge),
    maximum_age: present(a.maximumAge),
    ...costs(record),
    assured_date: isoDate(a.lastVerifiedAt),
    languages: a.languages.map((code) => ({
      id: derivedId('language', a.id, code),
      service_id: a.id,
      code,
      name: languageNames.of(code) ?? code,
    })),
    attributes: terms.map(({ type, term }) => attribute('service', a.id, type, term)),
    service_at_locations: locations.map((location) => ({
      id: derivedId('service_at_location', a.id, location.id),
      service_id: a.id,
      location_id: location.id,
      location,
    })),
    schedules: record.schedules.map((s) => toHsdsSchedule(s, a.id, locationIds, today)),
    contacts: record.contacts.map((c) => hsdsContact(c, { service_id: a.id })),
    phones: [],
  };
}
