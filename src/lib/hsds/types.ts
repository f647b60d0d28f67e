/**
 * The Open Referral HSDS 3.0 objects Indgang writes and reads, with the field names of the
 * vendored schema files (tests/hsds/schema). Only the fields we fill are typed; optional fields
 * are left out rather than null, because the schema types them as plain strings and numbers.
 */

/** The taxonomies (vocabularies) of our attributes; `taxonomy_term.taxonomy.name`. */
export const HSDS_TAXONOMIES = {
  /** Target groups (målgrupper), code = our term slug. */
  targetGroup: 'indgang:maalgruppe',
  /** Categories (kategorier), code = our term slug. */
  category: 'indgang:kategori',
  /** The responsible administration (forvaltning), code = its slug: it reviews the listing. */
  administration: 'indgang:forvaltning',
  /** Offer or volunteer role, code = `offer` | `volunteer_role`. */
  kind: 'indgang:art',
  /** The district (bydel) of an association or a place, code = its slug. */
  district: 'indgang:bydel',
} as const;
export type HsdsTaxonomyName = (typeof HSDS_TAXONOMIES)[keyof typeof HSDS_TAXONOMIES];

/** HSDS service.status of an exported activity: published → active, paused → temporarily closed. */
export type HsdsServiceStatus = 'active' | 'temporarily closed';

/** `organization_identifiers[].identifier_scheme` of a Danish CVR number (org-id.guide). */
export const CVR_SCHEME = 'DK-CVR';

export interface HsdsTaxonomy {
  id: string;
  name: string;
  description: string;
}

export interface HsdsTaxonomyTerm {
  id: string;
  code: string;
  name: string;
  description: string;
  /** The vocabulary's name, e.g. `indgang:maalgruppe` (HSDS: "which taxonomy is in use"). */
  taxonomy: HsdsTaxonomyName;
  taxonomy_id: string;
  taxonomy_detail: HsdsTaxonomy;
  language: string;
}

export interface HsdsAttribute {
  id: string;
  link_id: string;
  link_type: string;
  link_entity: string;
  taxonomy_term_id: string;
  taxonomy_term: HsdsTaxonomyTerm;
}

export interface HsdsPhone {
  id: string;
  number: string;
  organization_id?: string;
  service_id?: string;
  contact_id?: string;
}

export interface HsdsContact {
  id: string;
  organization_id?: string;
  service_id?: string;
  name: string;
  title?: string;
  email?: string;
  phones: HsdsPhone[];
}

export interface HsdsOrganizationIdentifier {
  id: string;
  organization_id: string;
  identifier_scheme: string;
  identifier_type: string;
  identifier: string;
}

export interface HsdsOrganization {
  id: string;
  name: string;
  alternate_name?: string;
  description: string;
  email?: string;
  website?: string;
  year_incorporated?: number;
  phones: HsdsPhone[];
  organization_identifiers: HsdsOrganizationIdentifier[];
  /** Public contacts of the association as a whole (not of one activity). */
  contacts: HsdsContact[];
  /** The responsible administration (`indgang:forvaltning`) and the district (`indgang:bydel`). */
  attributes: HsdsAttribute[];
  /** The organization's exported services in brief (in full in the dataset's `services`). */
  services: { id: string; name: string; status: HsdsServiceStatus }[];
}

export interface HsdsAddress {
  id: string;
  location_id: string;
  address_1: string;
  city: string;
  state_province: string;
  postal_code: string;
  country: string;
  address_type: 'physical';
}

export interface HsdsAccessibility {
  id: string;
  location_id: string;
  description?: string;
  details?: string;
}

export interface HsdsLocation {
  id: string;
  location_type: 'physical';
  organization_id: string;
  name: string;
  latitude: number;
  longitude: number;
  addresses: HsdsAddress[];
  /** The district (`indgang:bydel`), when the place lies in one. */
  attributes: HsdsAttribute[];
  /** Wheelchair access and our accessibility note; empty when we know nothing. */
  accessibility: HsdsAccessibility[];
}

export interface HsdsSchedule {
  id: string;
  service_id: string;
  location_id?: string;
  freq: 'WEEKLY' | 'MONTHLY';
  interval: number;
  /** Comma-separated RFC 5545 BYDAY values: `TU,TH`, `1TU`, `-1FR`. */
  byday: string;
  /** Wall-clock `HH:MM` in Europe/Copenhagen (see `timezone` and `notes`). */
  opens_at: string;
  closes_at: string;
  valid_from?: string;
  valid_to?: string;
  dtstart?: string;
  /** UTC offset in hours of Europe/Copenhagen on valid_from (or today): 1 or 2. */
  timezone: number;
  /** The rule in Danish words (src/lib/schedule describe). */
  description: string;
  /** Our free-text note ("ikke i skolernes sommerferie"), if any. */
  notes?: string;
}

export interface HsdsServiceAtLocation {
  id: string;
  service_id: string;
  location_id: string;
  location: HsdsLocation;
}

export interface HsdsLanguage {
  id: string;
  service_id: string;
  code: string;
  name: string;
}

export interface HsdsCostOption {
  id: string;
  service_id: string;
  currency: 'DKK';
  /** Kroner (not øre), e.g. 25.5; absent when the price is not known. */
  amount?: number;
  amount_description?: string;
}

export interface HsdsService {
  id: string;
  organization_id: string;
  name: string;
  description: string;
  url?: string;
  email?: string;
  status: HsdsServiceStatus;
  application_process?: string;
  eligibility_description?: string;
  minimum_age?: number;
  maximum_age?: number;
  fees_description?: string;
  assured_date?: string;
  cost_options: HsdsCostOption[];
  languages: HsdsLanguage[];
  attributes: HsdsAttribute[];
  service_at_locations: HsdsServiceAtLocation[];
  schedules: HsdsSchedule[];
  contacts: HsdsContact[];
  phones: HsdsPhone[];
}

/** The whole public dataset: organizations, and their services by `organization_id`. */
export interface HsdsDataset {
  organizations: HsdsOrganization[];
  services: HsdsService[];
}
