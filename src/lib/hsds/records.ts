import type { Activity, Association, Contact, Place, Schedule, TaxonomyTerm } from '../../../db/schema';

/**
 * What the export reads from the database, before it becomes HSDS or CSV: one record per public
 * association and per exported activity, with the children each one shows. Both formats are made
 * from these, so they always agree on what is public.
 */
/** An administration or a district as the export names it: its row id, slug and Danish name. */
export interface NamedRow {
  id: string;
  slug: string;
  name: string;
}

export interface OrganizationRecord {
  association: Association;
  administration: NamedRow;
  district: NamedRow | null;
  /** Public contacts of the association as a whole (no activity). */
  contacts: Contact[];
  /** Its exported activities, in name order. */
  services: Pick<Activity, 'id' | 'name' | 'status'>[];
}

export interface PlaceRecord extends Place {
  district: NamedRow | null;
}

export interface ServiceRecord {
  activity: Activity;
  administration: NamedRow;
  terms: TaxonomyTerm[];
  places: PlaceRecord[];
  schedules: Schedule[];
  /** Public contacts of this activity. */
  contacts: Contact[];
}
