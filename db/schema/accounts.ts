import { sql } from 'drizzle-orm';
import { bigserial, boolean, check, index, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { associations } from './directory';
import { userRole } from './enums';
import { administrations, timestamps } from './organisation';

/**
 * A person who logs in. Coordinators and staff belong to one administration; members belong to
 * associations through `associationMemberships`. Citizens have no accounts.
 */
export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Stored lower-cased; unique. */
    email: text('email').notNull(),
    name: text('name').notNull(),
    /** argon2id hash; null until the invited user has chosen a password. */
    passwordHash: text('password_hash'),
    role: userRole('role').notNull(),
    administrationId: uuid('administration_id').references(() => administrations.id),
    /** Demo accounts are refused at login when NODE_ENV=production. */
    isDemo: boolean('is_demo').notNull().default(false),
    disabledAt: timestamp('disabled_at', { withTimezone: true }),
    lastLoginAt: timestamp('last_login_at', { withTimezone: true }),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('users_email_key').on(t.email),
    check('users_email_lowercase', sql`${t.email} = lower(${t.email})`),
    check(
      'users_administration_matches_role',
      sql`(${t.role} in ('coordinator', 'staff')) = (${t.administrationId} is not null)`,
    ),
  ],
);
export type User = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;

/** Which associations a member may act for. */
export const associationMemberships = pgTable(
  'association_memberships',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    associationId: uuid('association_id')
      .notNull()
      .references(() => associations.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.associationId] }),
    index('association_memberships_association_idx').on(t.associationId),
  ],
);

/**
 * A login session. The cookie holds a random token; only its SHA-256 hash is stored, so a
 * leaked table cannot be used to log in.
 */
export const sessions = pgTable(
  'sessions',
  {
    id: text('id').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    /** Hard end of the session, however active it is. */
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    /** Token every form of this session must carry (CSRF); random, never derived from the id. */
    csrfToken: text('csrf_token').notNull(),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);
export type Session = typeof sessions.$inferSelect;

/** A one-time password reset link. Only the SHA-256 hash of the token in the link is stored. */
export const passwordResets = pgTable(
  'password_resets',
  {
    id: text('id').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
  },
  (t) => [index('password_resets_user_idx').on(t.userId)],
);
export type PasswordReset = typeof passwordResets.$inferSelect;

/**
 * An invitation by e-mail to act for an association: sent by a coordinator (to a new or listed
 * association) or by a member (to a colleague). Accepting creates the account or adds the membership.
 */
export const invitations = pgTable(
  'invitations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** SHA-256 hash of the token in the link. */
    tokenHash: text('token_hash').notNull().unique(),
    /** Stored lower-cased. */
    email: text('email').notNull(),
    associationId: uuid('association_id')
      .notNull()
      .references(() => associations.id, { onDelete: 'cascade' }),
    invitedBy: uuid('invited_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    acceptedAt: timestamp('accepted_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [index('invitations_association_idx').on(t.associationId), index('invitations_email_idx').on(t.email)],
);
export type Invitation = typeof invitations.$inferSelect;

/**
 * Every login attempt, for rate limiting and temporary lockout across all app instances.
 * Rows older than a day are deleted; they hold no password, only the e-mail typed and the address.
 */
export const loginAttempts = pgTable(
  'login_attempts',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    email: text('email').notNull(),
    ip: text('ip').notNull(),
    succeeded: boolean('succeeded').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('login_attempts_email_idx').on(t.email, t.at), index('login_attempts_ip_idx').on(t.ip, t.at)],
);
