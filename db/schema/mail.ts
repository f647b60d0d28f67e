import { index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * Every e-mail the portal sends, written in the same transaction as the change that causes it, so
 * that no mail is lost when the SMTP server is down (src/lib/mail delivers and retries). Without
 * SMTP_URL nothing is delivered and the messages are read at /dev/mail. The body of a delivered
 * mail is erased after a while: it may hold a login link or a citizen's situation.
 */
export const mails = pgTable(
  'mails',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Lower-cased address. */
    to: text('to').notNull(),
    subject: text('subject').notNull(),
    /** Plain text body; null once erased. */
    body: text('body'),
    /** What the mail is for (e.g. `password_reset`), for logs and tests; never personal data. */
    purpose: text('purpose').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    attempts: integer('attempts').notNull().default(0),
    availableAt: timestamp('available_at', { withTimezone: true }).notNull().defaultNow(),
    lastError: text('last_error'),
  },
  (t) => [index('mails_pending_idx').on(t.sentAt, t.availableAt), index('mails_to_idx').on(t.to, t.createdAt)],
);
export type Mail = typeof mails.$inferSelect;

/**
 * Fixed-window counters for rate limits shared by all app instances (e.g. `report:<ip>`).
 * Expired windows are reset on the next hit and deleted by the cleanup job.
 */
export const rateLimits = pgTable('rate_limits', {
  key: text('key').primaryKey(),
  windowStart: timestamp('window_start', { withTimezone: true }).notNull(),
  count: integer('count').notNull(),
});
