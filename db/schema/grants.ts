import { sql } from 'drizzle-orm';
import { bigint, check, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './accounts';
import { associations } from './directory';
import { administrations } from './organisation';

/**
 * A § 18 grant: money an administration granted an association for voluntary social work in a
 * year (Serviceloven § 18). Recorded by the administration's coordinator, who is the one deciding
 * it; the basis of the yearly § 18 report. Amounts in øre, as integers.
 */
export const grants = pgTable(
  'grants',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    associationId: uuid('association_id')
      .notNull()
      .references(() => associations.id, { onDelete: 'cascade' }),
    administrationId: uuid('administration_id')
      .notNull()
      .references(() => administrations.id),
    year: integer('year').notNull(),
    amountOre: bigint('amount_ore', { mode: 'number' }).notNull(),
    /** What the money is for, in the administration's words ("Besøgsvenner i Valby"). */
    purpose: text('purpose').notNull(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('grants_year_administration_idx').on(t.year, t.administrationId),
    index('grants_association_idx').on(t.associationId),
    check('grants_year_range', sql`${t.year} between 2000 and 2100`),
    check('grants_amount_nonnegative', sql`${t.amountOre} >= 0`),
  ],
);
export type Grant = typeof grants.$inferSelect;
export type NewGrant = typeof grants.$inferInsert;
