import { doublePrecision, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { taxonomyKind } from './enums';

const timestamps = {
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
};

/** A municipal administration (forvaltning). Each keeps responsibility for its own listings and referrals. */
export const administrations = pgTable('administrations', {
  id: uuid('id').primaryKey().defaultRandom(),
  slug: text('slug').notNull().unique(),
  nameDa: text('name_da').notNull(),
  nameEn: text('name_en').notNull(),
  /** Short name, e.g. "SOF" for Socialforvaltningen. */
  abbreviation: text('abbreviation').notNull(),
  email: text('email'),
  phone: text('phone'),
  /** Working days within which a received referral should be answered. */
  responseTargetDays: integer('response_target_days').notNull().default(5),
  /**
   * Fields of listings this administration lets associations change without review, as
   * `<listing>.<field>` keys (e.g. `activity.schedules`, `association.phone`); see src/lib/listing/fields.ts.
   */
  reviewExemptFields: text('review_exempt_fields').array().notNull().default([]),
  ...timestamps,
});
export type Administration = typeof administrations.$inferSelect;
export type NewAdministration = typeof administrations.$inferInsert;

/** A district (bydel) of the municipality, with a centre point for "near me" searches. */
export const districts = pgTable('districts', {
  id: uuid('id').primaryKey().defaultRandom(),
  slug: text('slug').notNull().unique(),
  name: text('name').notNull(),
  /** Postal codes wholly or mostly inside the district, e.g. {"2500"}. */
  postalCodes: text('postal_codes').array().notNull().default([]),
  latitude: doublePrecision('latitude').notNull(),
  longitude: doublePrecision('longitude').notNull(),
  ...timestamps,
});
export type District = typeof districts.$inferSelect;
export type NewDistrict = typeof districts.$inferInsert;

/**
 * A term of one of the directory's taxonomies (target groups, categories), in Danish and English.
 * Maps to Open Referral `taxonomy_term`; `taxonomy` is the vocabulary it belongs to.
 */
export const taxonomyTerms = pgTable(
  'taxonomy_terms',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    taxonomy: taxonomyKind('taxonomy').notNull(),
    slug: text('slug').notNull(),
    nameDa: text('name_da').notNull(),
    nameEn: text('name_en').notNull(),
    descriptionDa: text('description_da'),
    descriptionEn: text('description_en'),
    ...timestamps,
  },
  (t) => [uniqueIndex('taxonomy_terms_taxonomy_slug_key').on(t.taxonomy, t.slug)],
);
export type TaxonomyTerm = typeof taxonomyTerms.$inferSelect;
export type NewTaxonomyTerm = typeof taxonomyTerms.$inferInsert;

export { timestamps };
