import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  doublePrecision,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  time,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { activityKind, contactVisibility, listingStatus, scheduleFreq } from './enums';
import { administrations, districts, taxonomyTerms, timestamps } from './organisation';

/**
 * An association (forening, frivillig social organisation): Open Referral `organization`.
 * The responsible administration is the one that reviews its profile.
 */
export const associations = pgTable(
  'associations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    slug: text('slug').notNull().unique(),
    name: text('name').notNull(),
    alternateName: text('alternate_name'),
    description: text('description').notNull().default(''),
    email: text('email'),
    phone: text('phone'),
    website: text('website'),
    /** Danish business register number (CVR), 8 digits, when the association has one. */
    cvr: text('cvr'),
    yearIncorporated: integer('year_incorporated'),
    administrationId: uuid('administration_id')
      .notNull()
      .references(() => administrations.id),
    /** The district the association belongs to; null means it works across the whole municipality. */
    districtId: uuid('district_id').references(() => districts.id),
    status: listingStatus('status').notNull().default('draft'),
    /** When the association last confirmed that its listing is correct (HSDS `assured_date`). */
    lastVerifiedAt: timestamp('last_verified_at', { withTimezone: true }),
    /**
     * Set by the freshness job when the listing has gone 15 months unconfirmed (cleared on
     * confirmation); a column, so that the change reaches search through the outbox triggers.
     */
    staleSince: timestamp('stale_since', { withTimezone: true }),
    /** Id in the system an import came from, so that re-importing updates rather than duplicates. */
    externalId: text('external_id').unique(),
    ...timestamps,
  },
  (t) => [
    index('associations_administration_idx').on(t.administrationId),
    check('associations_cvr_format', sql`${t.cvr} is null or ${t.cvr} ~ '^[0-9]{8}$'`),
  ],
);
export type Association = typeof associations.$inferSelect;
export type NewAssociation = typeof associations.$inferInsert;

/**
 * An activity: an offer a citizen can join, or a volunteer role a citizen can take.
 * Open Referral `service`; its responsible administration reviews it and receives its referrals.
 */
export const activities = pgTable(
  'activities',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    slug: text('slug').notNull().unique(),
    associationId: uuid('association_id')
      .notNull()
      .references(() => associations.id, { onDelete: 'cascade' }),
    administrationId: uuid('administration_id')
      .notNull()
      .references(() => administrations.id),
    kind: activityKind('kind').notNull(),
    name: text('name').notNull(),
    /** One or two plain sentences shown in search results. */
    summary: text('summary').notNull(),
    description: text('description').notNull().default(''),
    /** A short English summary, so that English speakers find and understand the listing. */
    summaryEn: text('summary_en'),
    /** How to join or apply (HSDS `application_process`). */
    howToJoin: text('how_to_join'),
    /** Who can take part (HSDS `eligibility_description`). */
    eligibility: text('eligibility'),
    isFree: boolean('is_free').notNull().default(true),
    /** Price in øre when not free; `costDescription` says per what (per time, per half year...). */
    priceOre: integer('price_ore'),
    costDescription: text('cost_description'),
    /** ISO 639-1 codes of the languages the activity is held in. */
    languages: text('languages').array().notNull().default(['da']),
    minimumAge: integer('minimum_age'),
    maximumAge: integer('maximum_age'),
    /** Whether the association receives referrals directly in its own inbox. */
    takesReferrals: boolean('takes_referrals').notNull().default(false),
    email: text('email'),
    website: text('website'),
    status: listingStatus('status').notNull().default('draft'),
    lastVerifiedAt: timestamp('last_verified_at', { withTimezone: true }),
    /** See `associations.staleSince`. */
    staleSince: timestamp('stale_since', { withTimezone: true }),
    externalId: text('external_id').unique(),
    ...timestamps,
  },
  (t) => [
    index('activities_association_idx').on(t.associationId),
    index('activities_administration_idx').on(t.administrationId),
    check('activities_price_nonnegative', sql`${t.priceOre} is null or ${t.priceOre} >= 0`),
    check('activities_free_has_no_price', sql`not (${t.isFree} and coalesce(${t.priceOre}, 0) > 0)`),
  ],
);
export type Activity = typeof activities.$inferSelect;
export type NewActivity = typeof activities.$inferInsert;

/** Target groups and categories of an activity (HSDS `attribute` linking to `taxonomy_term`). */
export const activityTerms = pgTable(
  'activity_terms',
  {
    activityId: uuid('activity_id')
      .notNull()
      .references(() => activities.id, { onDelete: 'cascade' }),
    termId: uuid('term_id')
      .notNull()
      .references(() => taxonomyTerms.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.activityId, t.termId] }), index('activity_terms_term_idx').on(t.termId)],
);
export type ActivityTerm = typeof activityTerms.$inferSelect;

/** A place where activities happen (HSDS `location` with a physical address). */
export const places = pgTable(
  'places',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    associationId: uuid('association_id')
      .notNull()
      .references(() => associations.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    address: text('address').notNull(),
    postalCode: text('postal_code').notNull(),
    city: text('city').notNull(),
    districtId: uuid('district_id').references(() => districts.id),
    latitude: doublePrecision('latitude').notNull(),
    longitude: doublePrecision('longitude').notNull(),
    wheelchairAccessible: boolean('wheelchair_accessible').notNull().default(false),
    /** Plain words about access: steps, lift, toilet, hearing loop. */
    accessibilityNote: text('accessibility_note'),
    ...timestamps,
  },
  (t) => [
    index('places_association_idx').on(t.associationId),
    check('places_postal_code_format', sql`${t.postalCode} ~ '^[0-9]{4}$'`),
    check('places_latitude_range', sql`${t.latitude} between -90 and 90`),
    check('places_longitude_range', sql`${t.longitude} between -180 and 180`),
  ],
);
export type Place = typeof places.$inferSelect;
export type NewPlace = typeof places.$inferInsert;

/** Where an activity is held (HSDS `service_at_location`). */
export const activityPlaces = pgTable(
  'activity_places',
  {
    activityId: uuid('activity_id')
      .notNull()
      .references(() => activities.id, { onDelete: 'cascade' }),
    placeId: uuid('place_id')
      .notNull()
      .references(() => places.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.activityId, t.placeId] }), index('activity_places_place_idx').on(t.placeId)],
);

/** A person or function to contact (HSDS `contact` + `phone`). Internal contacts are never public. */
export const contacts = pgTable(
  'contacts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    associationId: uuid('association_id')
      .notNull()
      .references(() => associations.id, { onDelete: 'cascade' }),
    /** Set when the contact is for one activity rather than the whole association. */
    activityId: uuid('activity_id').references(() => activities.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    title: text('title'),
    email: text('email'),
    phone: text('phone'),
    visibility: contactVisibility('visibility').notNull().default('public'),
    ...timestamps,
  },
  (t) => [
    index('contacts_association_idx').on(t.associationId),
    index('contacts_activity_idx').on(t.activityId),
    check('contacts_reachable', sql`${t.email} is not null or ${t.phone} is not null`),
  ],
);
export type Contact = typeof contacts.$inferSelect;
export type NewContact = typeof contacts.$inferInsert;

/**
 * When an activity happens, as a recurrence rule (RFC 5545 subset; HSDS `schedule`).
 * Times are wall-clock times in Europe/Copenhagen.
 */
export const schedules = pgTable(
  'schedules',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    activityId: uuid('activity_id')
      .notNull()
      .references(() => activities.id, { onDelete: 'cascade' }),
    placeId: uuid('place_id').references(() => places.id, { onDelete: 'set null' }),
    freq: scheduleFreq('freq').notNull().default('WEEKLY'),
    interval: integer('interval').notNull().default(1),
    /** RFC 5545 BYDAY values: MO, TU, ... or with an ordinal for monthly rules: 1TU, -1FR. */
    byday: text('byday').array().notNull(),
    opensAt: time('opens_at').notNull(),
    closesAt: time('closes_at').notNull(),
    validFrom: date('valid_from'),
    validTo: date('valid_to'),
    /** Anything the rule cannot say, e.g. "not in the school summer holiday". */
    note: text('note'),
    ...timestamps,
  },
  (t) => [
    index('schedules_activity_idx').on(t.activityId),
    check('schedules_interval_positive', sql`${t.interval} >= 1`),
    check('schedules_byday_present', sql`cardinality(${t.byday}) >= 1`),
  ],
);
export type Schedule = typeof schedules.$inferSelect;
export type NewSchedule = typeof schedules.$inferInsert;
