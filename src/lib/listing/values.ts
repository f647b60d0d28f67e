import type { SessionUser } from '../session/session';

/**
 * What an association edits, as plain values: the contract between the edit forms, the review
 * engine and the history. Live tables hold the approved version; a pending revision holds proposed
 * values per field key. Times are 'HH:MM' (Europe/Copenhagen wall clock), dates 'YYYY-MM-DD'.
 */
export type ListingKind = 'association' | 'activity';

/** A contact person or function. No id: new. Internal contacts are for administrations only. */
export interface ContactValue {
  id?: string;
  name: string;
  title: string | null;
  email: string | null;
  phone: string | null;
  visibility: 'public' | 'internal';
}

/** A place an activity is held. No id: a new place of the association. */
export interface PlaceValue {
  id?: string;
  name: string;
  address: string;
  postalCode: string;
  city: string;
  districtId: string | null;
  latitude: number;
  longitude: number;
  wheelchairAccessible: boolean;
  accessibilityNote: string | null;
}

/** One recurrence rule (RFC 5545 subset, HSDS `schedule`). */
export interface ScheduleValue {
  freq: 'WEEKLY' | 'MONTHLY';
  interval: number;
  /** MO..SU, or with an ordinal for monthly rules: 1TU, -1FR. */
  byday: string[];
  opensAt: string;
  closesAt: string;
  validFrom: string | null;
  validTo: string | null;
  note: string | null;
}

export interface AssociationValues {
  name: string;
  alternateName: string | null;
  description: string;
  email: string | null;
  phone: string | null;
  website: string | null;
  cvr: string | null;
  districtId: string | null;
  /** The association's own contacts (not those of one activity). */
  contacts: ContactValue[];
}

export interface ActivityValues {
  kind: 'offer' | 'volunteer_role';
  name: string;
  summary: string;
  summaryEn: string | null;
  description: string;
  howToJoin: string | null;
  eligibility: string | null;
  isFree: boolean;
  priceOre: number | null;
  costDescription: string | null;
  languages: string[];
  minimumAge: number | null;
  maximumAge: number | null;
  takesReferrals: boolean;
  email: string | null;
  website: string | null;
  /** Target groups and categories (taxonomy term ids). */
  termIds: string[];
  /** Places in the order shown; changing an existing place changes it for every activity held there. */
  places: PlaceValue[];
  schedules: ScheduleValue[];
  /** Contacts for this activity only. */
  contacts: ContactValue[];
}

/**
 * The units a reviewer approves and an administration can exempt from review, each a group of
 * value properties that change together (a price is free/price/description). Exempt keys are
 * stored as `<kind>.<field>` in `administrations.review_exempt_fields`.
 */
export const FIELDS = {
  association: {
    name: ['name'],
    alternateName: ['alternateName'],
    description: ['description'],
    email: ['email'],
    phone: ['phone'],
    website: ['website'],
    cvr: ['cvr'],
    district: ['districtId'],
    contacts: ['contacts'],
  },
  activity: {
    kind: ['kind'],
    name: ['name'],
    summary: ['summary'],
    summaryEn: ['summaryEn'],
    description: ['description'],
    howToJoin: ['howToJoin'],
    eligibility: ['eligibility'],
    price: ['isFree', 'priceOre', 'costDescription'],
    languages: ['languages'],
    ages: ['minimumAge', 'maximumAge'],
    takesReferrals: ['takesReferrals'],
    email: ['email'],
    website: ['website'],
    terms: ['termIds'],
    places: ['places'],
    schedules: ['schedules'],
    contacts: ['contacts'],
  },
} as const satisfies { association: Record<string, (keyof AssociationValues)[]>; activity: Record<string, (keyof ActivityValues)[]> };

export type AssociationField = keyof (typeof FIELDS)['association'];
export type ActivityField = keyof (typeof FIELDS)['activity'];
/** A field key as stored in a revision's `changes` (plus `status` for a first publication). */
export type FieldKey = AssociationField | ActivityField | 'status';
/** `<kind>.<field>`, as stored in `administrations.review_exempt_fields`. */
export type ExemptKey = `association.${AssociationField}` | `activity.${ActivityField}`;

export interface SaveOutcome {
  /** Fields changed in the live listing now (draft, or exempt from review). */
  applied: FieldKey[];
  /** Fields waiting for review in the pending revision. */
  pending: FieldKey[];
  revisionId: string | null;
}

export interface PendingInfo {
  revisionId: string;
  proposedAt: Date;
  proposedByName: string | null;
  fields: FieldKey[];
}

export interface RevisionSummary {
  id: string;
  kind: ListingKind;
  listingId: string;
  listingName: string;
  associationId: string;
  associationName: string;
  administrationId: string;
  status: 'pending' | 'approved' | 'rejected' | 'withdrawn';
  fields: FieldKey[];
  proposedAt: Date;
  proposedByName: string | null;
  reviewedAt: Date | null;
  reviewedByName: string | null;
  reviewComment: string | null;
}

export interface RevisionFieldDiff {
  key: FieldKey;
  /** The value when the change was proposed. */
  from: unknown;
  /** The proposed value. */
  to: unknown;
  /** The live value now (differs from `from` if it changed meanwhile). */
  current: unknown;
}

export interface RevisionDetail extends RevisionSummary {
  diffs: RevisionFieldDiff[];
  /** The public page of the listing, when it is published. */
  publicPath: string | null;
}

export interface HistoryEntry {
  id: number;
  action: string;
  changes: Record<string, { from: unknown; to: unknown }> | null;
  comment: string | null;
  actorName: string | null;
  at: Date;
}

export type Actor = SessionUser;
