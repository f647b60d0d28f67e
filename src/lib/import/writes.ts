import type {
  Activity,
  Association,
  Contact,
  NewActivity,
  NewAssociation,
  NewContact,
  NewPlace,
  NewSchedule,
  Place,
  Schedule,
} from '../../../db/schema';

/** What the summary counts. */
export const KINDS = ['association', 'activity', 'place', 'contact', 'schedule'] as const;
export type Kind = (typeof KINDS)[number];

export interface Counts {
  created: number;
  updated: number;
  unchanged: number;
  deleted: number;
}
export type Summary = Record<Kind, Counts>;

export const emptySummary = (): Summary =>
  Object.fromEntries(KINDS.map((k) => [k, { created: 0, updated: 0, unchanged: 0, deleted: 0 }])) as Summary;

/** An update of one row: only the fields that differ. */
export interface Update<T> {
  id: string;
  set: Partial<T>;
}

/** A table's inserts, updates and deletes. */
export interface TableWrites<New, Row> {
  insert: New[];
  update: Update<Row>[];
  delete: string[];
}

export interface Link {
  activityId: string;
  other: string;
}

/** Every write an import makes, planned before the first one (apply.ts runs them in order). */
export interface Writes {
  associations: TableWrites<NewAssociation, Association>;
  activities: TableWrites<NewActivity, Activity>;
  places: TableWrites<NewPlace, Place>;
  contacts: TableWrites<NewContact, Contact>;
  schedules: TableWrites<NewSchedule, Schedule>;
  /** activity_terms (other = term id) and activity_places (other = place id). */
  terms: { insert: Link[]; delete: Link[] };
  links: { insert: Link[]; delete: Link[] };
}

const table = <N, R>(): TableWrites<N, R> => ({ insert: [], update: [], delete: [] });

export const emptyWrites = (): Writes => ({
  associations: table(),
  activities: table(),
  places: table(),
  contacts: table(),
  schedules: table(),
  terms: { insert: [], delete: [] },
  links: { insert: [], delete: [] },
});
