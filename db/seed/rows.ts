import type {
  activityPlaces,
  associationMemberships,
  activityTerms,
  NewActivity,
  NewAdministration,
  NewAssociation,
  NewContact,
  NewDistrict,
  NewPlace,
  NewSchedule,
  NewTaxonomyTerm,
  NewUser,
} from '../schema';

/** An insert row whose id is fixed up front, so other rows can point at it before insertion. */
export type WithId<T> = T & { id: string };

/** Everything the demo inserts, table by table, in an order that satisfies the foreign keys. */
export interface DemoData {
  administrations: WithId<NewAdministration>[];
  districts: WithId<NewDistrict>[];
  taxonomyTerms: WithId<NewTaxonomyTerm>[];
  associations: WithId<NewAssociation>[];
  places: WithId<NewPlace>[];
  activities: WithId<NewActivity>[];
  activityTerms: (typeof activityTerms.$inferInsert)[];
  activityPlaces: (typeof activityPlaces.$inferInsert)[];
  contacts: WithId<NewContact>[];
  schedules: WithId<NewSchedule>[];
  users: WithId<NewUser>[];
  associationMemberships: (typeof associationMemberships.$inferInsert)[];
}

/** The rows one association contributes. */
export type AssociationRows = Pick<
  DemoData,
  'associations' | 'places' | 'activities' | 'activityTerms' | 'activityPlaces' | 'contacts' | 'schedules'
>;
