import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  check,
  date,
  doublePrecision,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from './accounts';
import { associations } from './directory';
import { scheduleFreq } from './enums';
import { administrations, districts, taxonomyTerms } from './organisation';
import { referrals } from './referral';

/** Whom a joint advisory session is for. */
export const advisoryAudience = pgEnum('advisory_audience', ['citizens', 'associations', 'both']);

/** A published session is public and bookable until it starts; a cancelled one stays visible as cancelled. */
export const advisoryStatus = pgEnum('advisory_status', ['published', 'cancelled']);

/** A booking holds a seat (`confirmed`), waits for one (`waiting`), or gave it up (`cancelled`). */
export const advisoryBookingStatus = pgEnum('advisory_booking_status', ['confirmed', 'waiting', 'cancelled']);

/**
 * A repeating joint advisory session ("every first Tuesday 16–18"): the rule that made its
 * sessions, in the same RFC 5545 subset as activity schedules (src/lib/schedule). Each occurrence is
 * its own `advisory_sessions` row, so that capacity, bookings and a cancellation are per date.
 */
export const advisorySeries = pgTable('advisory_series', {
  id: uuid('id').primaryKey().defaultRandom(),
  administrationId: uuid('administration_id')
    .notNull()
    .references(() => administrations.id),
  freq: scheduleFreq('freq').notNull(),
  interval: integer('interval').notNull().default(1),
  /** BYDAY values, e.g. {TU} weekly or {1TU} the first Tuesday of the month. */
  byday: text('byday').array().notNull(),
  validFrom: date('valid_from').notNull(),
  validTo: date('valid_to').notNull(),
  createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
export type AdvisorySeries = typeof advisorySeries.$inferSelect;

/**
 * One joint advisory session (fælles rådgivningsmøde) on one date: where several administrations
 * and associations advise citizens or associations together. Published by a coordinator of
 * `administrationId`, which owns it; its hosts are in `advisory_session_hosts`. Either a place (with
 * a point for the map) or an online link, or both.
 */
export const advisorySessions = pgTable(
  'advisory_sessions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    slug: text('slug').notNull().unique(),
    seriesId: uuid('series_id').references(() => advisorySeries.id, { onDelete: 'set null' }),
    administrationId: uuid('administration_id')
      .notNull()
      .references(() => administrations.id),
    topic: text('topic').notNull(),
    topicEn: text('topic_en'),
    description: text('description').notNull().default(''),
    descriptionEn: text('description_en'),
    placeName: text('place_name'),
    address: text('address'),
    postalCode: text('postal_code'),
    city: text('city'),
    districtId: uuid('district_id').references(() => districts.id),
    latitude: doublePrecision('latitude'),
    longitude: doublePrecision('longitude'),
    onlineUrl: text('online_url'),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    capacity: integer('capacity').notNull(),
    /** Whether a full session takes names on a waiting list. */
    waitingList: boolean('waiting_list').notNull().default(true),
    audience: advisoryAudience('audience').notNull().default('citizens'),
    /** ISO 639-1 codes of the languages spoken at the session. */
    languages: text('languages').array().notNull().default(['da']),
    status: advisoryStatus('status').notNull().default('published'),
    cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('advisory_sessions_starts_idx').on(t.startsAt),
    index('advisory_sessions_administration_idx').on(t.administrationId, t.startsAt),
    index('advisory_sessions_series_idx').on(t.seriesId),
    check('advisory_sessions_capacity_positive', sql`${t.capacity} > 0`),
    check('advisory_sessions_ends_after_start', sql`${t.endsAt} > ${t.startsAt}`),
    check('advisory_sessions_has_place_or_link', sql`${t.address} is not null or ${t.onlineUrl} is not null`),
    check('advisory_sessions_postal_code_format', sql`${t.postalCode} is null or ${t.postalCode} ~ '^[0-9]{4}$'`),
    check('advisory_sessions_point_whole', sql`(${t.latitude} is null) = (${t.longitude} is null)`),
  ],
);
export type AdvisorySession = typeof advisorySessions.$inferSelect;
export type NewAdvisorySession = typeof advisorySessions.$inferInsert;

/** The administrations and associations that host a session together (one of the two per row). */
export const advisorySessionHosts = pgTable(
  'advisory_session_hosts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => advisorySessions.id, { onDelete: 'cascade' }),
    administrationId: uuid('administration_id').references(() => administrations.id, { onDelete: 'cascade' }),
    associationId: uuid('association_id').references(() => associations.id, { onDelete: 'cascade' }),
  },
  (t) => [
    uniqueIndex('advisory_session_hosts_unique').on(t.sessionId, t.administrationId, t.associationId),
    index('advisory_session_hosts_administration_idx').on(t.administrationId),
    index('advisory_session_hosts_association_idx').on(t.associationId),
    check('advisory_session_hosts_one_kind', sql`(${t.administrationId} is null) <> (${t.associationId} is null)`),
  ],
);
export type AdvisorySessionHost = typeof advisorySessionHosts.$inferSelect;

/** Topics of a session: category terms of the directory's taxonomy, for filtering and search. */
export const advisorySessionTerms = pgTable(
  'advisory_session_terms',
  {
    sessionId: uuid('session_id')
      .notNull()
      .references(() => advisorySessions.id, { onDelete: 'cascade' }),
    termId: uuid('term_id')
      .notNull()
      .references(() => taxonomyTerms.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.sessionId, t.termId] }), index('advisory_session_terms_term_idx').on(t.termId)],
);

/**
 * A citizen's (or an association's) seat at a session, booked without an account. The name and
 * contact live only in `personal`, encrypted like a referral's (src/lib/referral/crypto.ts), and
 * are erased (`personal` and `email_index` null, `erased_at` set) a set time after the session
 * (ADVISORY_RETENTION_DAYS); status, attendance and times stay as anonymous figures for reports.
 * The cancel link carries a random token of which only the hash is stored.
 */
export const advisoryBookings = pgTable(
  'advisory_bookings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => advisorySessions.id, { onDelete: 'cascade' }),
    /** Short code the citizen can quote on the phone, e.g. "R4K-9TD-M2X" (no personal data). */
    reference: text('reference').notNull().unique(),
    status: advisoryBookingStatus('status').notNull(),
    personal: text('personal'),
    /** Keyed hash of the e-mail (never the plain value): one active booking per e-mail and session. */
    emailIndex: text('email_index'),
    phoneIndex: text('phone_index'),
    cancelTokenHash: text('cancel_token_hash').notNull().unique(),
    consentAt: timestamp('consent_at', { withTimezone: true }).notNull(),
    /** Set when a waiting booking got a seat. */
    promotedAt: timestamp('promoted_at', { withTimezone: true }),
    cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
    reminderSentAt: timestamp('reminder_sent_at', { withTimezone: true }),
    /** Recorded by a host after the session: true came, false did not, null not recorded. */
    attended: boolean('attended'),
    attendanceRecordedAt: timestamp('attendance_recorded_at', { withTimezone: true }),
    /** The referral a host made from this booking as a follow-up. */
    followUpReferralId: uuid('follow_up_referral_id').references(() => referrals.id, { onDelete: 'set null' }),
    erasedAt: timestamp('erased_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('advisory_bookings_session_idx').on(t.sessionId, t.status, t.createdAt),
    uniqueIndex('advisory_bookings_one_per_email')
      .on(t.sessionId, t.emailIndex)
      .where(sql`${t.emailIndex} is not null and ${t.status} <> 'cancelled'`),
    index('advisory_bookings_email_idx').on(t.emailIndex),
    index('advisory_bookings_phone_idx').on(t.phoneIndex),
  ],
);
export type AdvisoryBooking = typeof advisoryBookings.$inferSelect;

/** Every time a host saw, exported or erased the names and contacts of a session's bookings. Kept two years. */
export const advisoryAccessLog = pgTable(
  'advisory_access_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    sessionId: uuid('session_id').references(() => advisorySessions.id, { onDelete: 'set null' }),
    /** Null when the whole list of a session was shown. */
    bookingId: uuid('booking_id').references(() => advisoryBookings.id, { onDelete: 'set null' }),
    /** view, follow_up, export, erase. */
    action: text('action').notNull(),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'set null' }),
    userName: text('user_name'),
    administrationId: uuid('administration_id').references(() => administrations.id),
    associationId: uuid('association_id').references(() => associations.id, { onDelete: 'set null' }),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('advisory_access_log_session_idx').on(t.sessionId, t.at), index('advisory_access_log_at_idx').on(t.at)],
);
