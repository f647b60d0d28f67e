import { sql } from 'drizzle-orm';
import { bigserial, index, integer, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from './accounts';
import { activities, associations } from './directory';
import { administrations, taxonomyTerms } from './organisation';

/**
 * The closed loop of a referral (docs/decisions/012-referrals.md):
 * sent → received → accepted | declined | forwarded → contacted → started | not_started → closed.
 * A forwarded referral waits at its new administration as if sent there.
 */
export const referralStatus = pgEnum('referral_status', [
  'sent',
  'received',
  'accepted',
  'declined',
  'forwarded',
  'contacted',
  'started',
  'not_started',
  'closed',
]);

export const referralUrgency = pgEnum('referral_urgency', ['normal', 'soon', 'urgent']);

/** Who made it: staff in the portal, a case system through the API, or the citizen at /indgang. */
export const referralSource = pgEnum('referral_source', ['staff', 'api', 'citizen']);

/** Why a referral was declined or did not start. */
export const referralReason = pgEnum('referral_reason', [
  'capacity',
  'not_eligible',
  'outside_area',
  'not_reachable',
  'citizen_declined',
  'other',
]);

/** What the citizen asked for at /indgang; staff referrals are `help`. */
export const referralPurpose = pgEnum('referral_purpose', ['help', 'volunteer']);

/**
 * A referral of a citizen to an activity or to an administration. Everything that says who the
 * citizen is or what their situation is lives only in `personal` (AES-256-GCM in the app, see
 * src/lib/referral/crypto.ts) and is erased (`personal` = null, `erased_at` set) a set time after
 * closing; the rest are anonymous facts for reports. `email_index`/`phone_index` are keyed hashes
 * (never the plain values) so a citizen can look up their referral, and a coordinator can find
 * everything about one citizen, without decrypting every row.
 */
export const referrals = pgTable(
  'referrals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Short code for the citizen and the prescription, e.g. "K7M-4QX-9TD". No meaning, no personal data. */
    reference: text('reference').notNull().unique(),
    source: referralSource('source').notNull(),
    purpose: referralPurpose('purpose').notNull().default('help'),
    /** The activity referred to, or null when referred to an administration. */
    activityId: uuid('activity_id').references(() => activities.id, { onDelete: 'set null' }),
    /** Set when the activity takes referrals directly: the association sees and handles it too. */
    associationId: uuid('association_id').references(() => associations.id, { onDelete: 'set null' }),
    /** The administration that holds it now (changes when forwarded). */
    receiverAdministrationId: uuid('receiver_administration_id')
      .notNull()
      .references(() => administrations.id),
    /** Null for the citizen's own entrance. */
    senderAdministrationId: uuid('sender_administration_id').references(() => administrations.id),
    senderUserId: uuid('sender_user_id').references(() => users.id, { onDelete: 'set null' }),
    status: referralStatus('status').notNull().default('sent'),
    urgency: referralUrgency('urgency').notNull().default('normal'),
    /** Target groups and categories the need is about (anonymous; used for routing and reports). */
    termIds: uuid('term_ids').array().notNull().default([]),
    /** The encrypted personal part: name, contact, preferences, needs, consent details, note. */
    personal: text('personal'),
    emailIndex: text('email_index'),
    phoneIndex: text('phone_index'),
    /** When the citizen consented (the how and to whom are in `personal`). */
    consentAt: timestamp('consent_at', { withTimezone: true }).notNull(),
    /** A sender's key for "the same request again" (double click, retry): one referral per key. */
    idempotencyKey: text('idempotency_key'),
    /** When the receiver should have answered (the administration's response target in working days). */
    dueAt: timestamp('due_at', { withTimezone: true }).notNull(),
    /** The first accept/decline/forward: for "how fast does the receiver reply". */
    firstResponseAt: timestamp('first_response_at', { withTimezone: true }),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    erasedAt: timestamp('erased_at', { withTimezone: true }),
    /** Bumped at every transition, for "someone else changed it meanwhile". */
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('referrals_idempotency_key').on(t.idempotencyKey).where(sql`${t.idempotencyKey} is not null`),
    index('referrals_receiver_idx').on(t.receiverAdministrationId, t.status),
    index('referrals_sender_idx').on(t.senderAdministrationId, t.createdAt),
    index('referrals_association_idx').on(t.associationId, t.status),
    index('referrals_activity_idx').on(t.activityId, t.status),
    index('referrals_email_idx').on(t.emailIndex),
    index('referrals_phone_idx').on(t.phoneIndex),
    index('referrals_closed_idx').on(t.closedAt).where(sql`${t.erasedAt} is null`),
  ],
);
export type Referral = typeof referrals.$inferSelect;
export type NewReferral = typeof referrals.$inferInsert;

/**
 * Every transition of a referral: who, when, from and to which state, why, and the comment
 * (encrypted like the personal part, and erased with it). `administrationId` on a forward is the
 * new receiver. Never updated except by erasure.
 */
export const referralEvents = pgTable(
  'referral_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    referralId: uuid('referral_id')
      .notNull()
      .references(() => referrals.id, { onDelete: 'cascade' }),
    fromStatus: referralStatus('from_status'),
    toStatus: referralStatus('to_status').notNull(),
    reason: referralReason('reason'),
    /** Encrypted free text (may name the citizen); null once erased. */
    comment: text('comment'),
    /** A forward's new administration. */
    forwardedToAdministrationId: uuid('forwarded_to_administration_id').references(() => administrations.id),
    actorUserId: uuid('actor_user_id').references(() => users.id, { onDelete: 'set null' }),
    actorName: text('actor_name'),
    /** The administration (or association) the actor acted for; null for the citizen. */
    actorAdministrationId: uuid('actor_administration_id').references(() => administrations.id),
    actorAssociationId: uuid('actor_association_id').references(() => associations.id, { onDelete: 'set null' }),
    apiTokenId: uuid('api_token_id'),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('referral_events_referral_idx').on(t.referralId, t.at)],
);
export type ReferralEvent = typeof referralEvents.$inferSelect;

/** Every time someone saw, printed, exported or erased a citizen's personal data. Kept two years. */
export const referralAccessLog = pgTable(
  'referral_access_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    /** Null for a search across referrals (export by e-mail or phone). */
    referralId: uuid('referral_id').references(() => referrals.id, { onDelete: 'set null' }),
    /** view, print, pdf, export, erase, citizen_lookup, api_view. */
    action: text('action').notNull(),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'set null' }),
    userName: text('user_name'),
    administrationId: uuid('administration_id').references(() => administrations.id),
    associationId: uuid('association_id').references(() => associations.id, { onDelete: 'set null' }),
    apiTokenId: uuid('api_token_id'),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('referral_access_log_referral_idx').on(t.referralId, t.at), index('referral_access_log_at_idx').on(t.at)],
);

/** The admin's table that suggests a receiver: a category or target group → an administration. */
export const routingRules = pgTable(
  'routing_rules',
  {
    termId: uuid('term_id')
      .primaryKey()
      .references(() => taxonomyTerms.id, { onDelete: 'cascade' }),
    administrationId: uuid('administration_id')
      .notNull()
      .references(() => administrations.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('routing_rules_administration_idx').on(t.administrationId)],
);

/** A case system's key to the referral API, for one administration. Only the hash is stored. */
export const apiTokens = pgTable(
  'api_tokens',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    administrationId: uuid('administration_id')
      .notNull()
      .references(() => administrations.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    tokenHash: text('token_hash').notNull().unique(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [index('api_tokens_administration_idx').on(t.administrationId)],
);
export type ApiToken = typeof apiTokens.$inferSelect;
