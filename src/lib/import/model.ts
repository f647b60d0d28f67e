/**
 * What an import file says, once read and checked, whatever its format (HSDS JSON or the CSV):
 * associations with their activities and the parts of each. Reference data (administrations,
 * districts, taxonomy terms) is already resolved to our ids; the source's own ids are kept as
 * `sourceId` for matching (see plan.ts).
 */

/** Where a value came from, for error messages: a CSV row, or a JSON path such as `services[3]`. */
export type Where = { row: number } | { path: string };

/** A place (HSDS location). `sourceId` is null when the file gives none (the CSV). */
export interface ImportPlace {
  sourceId: string | null;
  name: string;
  address: string;
  postalCode: string;
  city: string;
  /** Undefined when the file does not say (the CSV): kept, or found from the postal code for a new place. */
  districtId: string | null | undefined;
  latitude: number;
  longitude: number;
  wheelchairAccessible: boolean;
  accessibilityNote: string | null;
}

/** A public contact (HSDS contact with its first phone). */
export interface ImportContact {
  sourceId: string | null;
  name: string;
  title: string | null;
  email: string | null;
  phone: string | null;
}

/** A schedule (HSDS schedule); `placeKey` names one of the activity's places by its key. */
export interface ImportSchedule {
  sourceId: string | null;
  freq: 'WEEKLY' | 'MONTHLY';
  interval: number;
  byday: string[];
  /** `HH:MM:SS`, as PostgreSQL returns a `time`. */
  opensAt: string;
  closesAt: string;
  validFrom: string | null;
  validTo: string | null;
  note: string | null;
  placeKey: string | null;
}

export interface ImportActivity {
  where: Where;
  sourceId: string;
  administrationId: string;
  kind: 'offer' | 'volunteer_role';
  status: 'published' | 'paused' | 'archived';
  name: string;
  summary: string;
  description: string;
  /** Undefined when the file does not say (HSDS has no English summary): left as it is. */
  summaryEn: string | null | undefined;
  howToJoin: string | null;
  eligibility: string | null;
  isFree: boolean;
  priceOre: number | null;
  costDescription: string | null;
  languages: string[];
  minimumAge: number | null;
  maximumAge: number | null;
  email: string | null;
  website: string | null;
  /** `YYYY-MM-DD` (a day in Copenhagen), or null when never confirmed. */
  lastVerifiedOn: string | null;
  termIds: string[];
  /** Places by key: the source id, or `#n` for the n-th place of a CSV row. */
  places: Map<string, ImportPlace>;
  schedules: ImportSchedule[];
  contacts: ImportContact[];
}

export interface ImportAssociation {
  where: Where;
  sourceId: string;
  name: string;
  alternateName: string | null;
  description: string;
  email: string | null;
  phone: string | null;
  website: string | null;
  cvr: string | null;
  yearIncorporated: number | null;
  administrationId: string;
  /** Undefined when the file does not say (HSDS JSON has no district): left as it is. */
  districtId: string | null | undefined;
  /** Undefined when the file does not say (HSDS organizations have no assured_date). */
  lastVerifiedOn: string | null | undefined;
  contacts: ImportContact[];
  activities: ImportActivity[];
}

/** A read file: what it holds, or nothing and what is wrong with it. */
export interface ImportData {
  associations: ImportAssociation[];
}
