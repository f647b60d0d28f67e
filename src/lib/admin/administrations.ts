import { and, eq, getTableColumns, ne, sql } from 'drizzle-orm';
import type { Database } from '../../../db/client';
import { type Administration, administrations } from '../../../db/schema';
import { compareDanish } from '../directory/danish-order';
import { AdminError, AdminNotFound } from './errors';
import type { AdministrationInput } from './schemas';
import { firstFreeSlug } from './slug';

/** An administration in the admin list, with what hangs on it. */
export interface AdministrationListItem extends Administration {
  /** Coordinators and staff. */
  userCount: number;
  /** Associations it is responsible for. */
  associationCount: number;
  /** Activities it is responsible for (an activity may be another administration's than its association's). */
  activityCount: number;
}

/** Every administration in Danish order of its Danish name, with counts. */
export async function listAdministrations(db: Database): Promise<AdministrationListItem[]> {
  // The outer table is named in full in the subqueries: Drizzle writes a one-table query's columns
  // unqualified ("id"), which inside a subquery would mean the subquery's own table.
  const rows = await db
    .select({
      ...getTableColumns(administrations),
      userCount: sql<number>`(select count(*) from users u where u.administration_id = administrations.id)`.mapWith(Number),
      associationCount: sql<number>`(select count(*) from associations s where s.administration_id = administrations.id)`.mapWith(Number),
      activityCount: sql<number>`(select count(*) from activities a where a.administration_id = administrations.id)`.mapWith(Number),
    })
    .from(administrations);
  return rows.sort((a, b) => compareDanish(a.nameDa, b.nameDa));
}

/** One administration, or null. */
export async function findAdministration(db: Database, id: string): Promise<Administration | null> {
  const [row] = await db.select().from(administrations).where(eq(administrations.id, id)).limit(1);
  return row ?? null;
}

type Tx = Parameters<Parameters<Database['transaction']>[0]>[0];

/**
 * Creations and edits of administrations take turns (a transaction-level advisory lock), so that
 * two admins saving at once cannot both pick the same slug or abbreviation.
 */
async function takeTurn(tx: Tx): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext('indgang:admin:administrations'))`);
}

/** Two administrations with the same abbreviation would be told apart by nobody. */
async function checkAbbreviation(tx: Tx, abbreviation: string, exceptId: string | null): Promise<void> {
  const same = sql`upper(${administrations.abbreviation}) = upper(${abbreviation})`;
  const [clash] = await tx
    .select({ nameDa: administrations.nameDa })
    .from(administrations)
    .where(exceptId ? and(same, ne(administrations.id, exceptId)) : same)
    .limit(1);
  if (clash) throw new AdminError('admin.error.abbreviationTaken', 'abbreviation', 'abbreviation in use', { name: clash.nameDa });
}

/**
 * Creates an administration. Its slug (used in search filters and URLs) is made from the Danish
 * name and kept unique with a number when needed.
 */
export async function createAdministration(db: Database, input: AdministrationInput): Promise<{ id: string; slug: string }> {
  return db.transaction(async (tx) => {
    await takeTurn(tx);
    await checkAbbreviation(tx, input.abbreviation, null);
    const taken = await tx.select({ slug: administrations.slug }).from(administrations);
    const slug = firstFreeSlug(input.nameDa, new Set(taken.map((r) => r.slug)), 'forvaltning');
    const [row] = await tx.insert(administrations).values({ ...input, slug }).returning({ id: administrations.id });
    return { id: row!.id, slug };
  });
}

/**
 * Changes an administration's names, abbreviation, contact and response target. The slug stays:
 * saved searches and links filter by it, and a rename (a reorganisation) should not break them.
 * Renames reach search by the outbox trigger on the table.
 */
export async function updateAdministration(db: Database, id: string, input: AdministrationInput): Promise<void> {
  await db.transaction(async (tx) => {
    await takeTurn(tx);
    await checkAbbreviation(tx, input.abbreviation, id);
    const updated = await tx
      .update(administrations)
      .set({ ...input, updatedAt: new Date() })
      .where(eq(administrations.id, id))
      .returning({ id: administrations.id });
    if (updated.length === 0) throw new AdminNotFound('administration');
  });
}
