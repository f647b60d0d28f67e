/**
 * Recording § 18 grants: the named queries behind /rapporter/tilskud. Every change checks, in the
 * same place, that the user may manage grants of the administration (before and after a change),
 * that the association and administration exist, and, for a change, that nobody else changed the
 * grant since the form was opened.
 */
import { and, eq, sql } from 'drizzle-orm';
import type { Database } from '../../../db/client';
import { administrations, associations, grants } from '../../../db/schema';
import type { SessionUser } from '../session/session';
import { mayManageGrantsOf } from './access';
import { GrantConflict, GrantForbidden, GrantNotFound, UnknownAdministration, UnknownAssociation } from './errors';
import type { GrantInput } from './schema';

type Actor = Pick<SessionUser, 'id' | 'role' | 'administrationId'>;

/** A grant as the pages show it. `version` changes at every update (the row's xmin), for "changed meanwhile". */
export interface GrantRecord {
  id: string;
  associationId: string;
  associationName: string;
  administrationId: string;
  administration: { da: string; en: string };
  year: number;
  amountOre: number;
  purpose: string;
  version: string;
}

const danish = new Intl.Collator('da');

const columns = {
  id: grants.id,
  associationId: grants.associationId,
  associationName: associations.name,
  administrationId: grants.administrationId,
  nameDa: administrations.nameDa,
  nameEn: administrations.nameEn,
  year: grants.year,
  amountOre: grants.amountOre,
  purpose: grants.purpose,
  version: sql<string>`${grants}.xmin::text`,
};


function record(r: Record<string, unknown>): GrantRecord {
  return {
    id: r.id as string,
    associationId: r.associationId as string,
    associationName: r.associationName as string,
    administrationId: r.administrationId as string,
    administration: { da: r.nameDa as string, en: r.nameEn as string },
    year: r.year as number,
    amountOre: Number(r.amountOre),
    purpose: r.purpose as string,
    version: String(r.version),
  };
}

function select(db: Database) {
  return db
    .select(columns)
    .from(grants)
    .innerJoin(associations, eq(associations.id, grants.associationId))
    .innerJoin(administrations, eq(administrations.id, grants.administrationId));
}

/** The grants of a year, of one administration or all (null), by association name (Danish order), then amount. */
export async function listGrants(db: Database, filter: { year: number; administrationId: string | null }): Promise<GrantRecord[]> {
  const where = filter.administrationId
    ? and(eq(grants.year, filter.year), eq(grants.administrationId, filter.administrationId))
    : eq(grants.year, filter.year);
  const rows = await select(db).where(where);
  return rows.map(record).sort((a, b) => danish.compare(a.associationName, b.associationName) || b.amountOre - a.amountOre);
}

/** One grant, or null. */
export async function findGrant(db: Database, id: string): Promise<GrantRecord | null> {
  const [row] = await select(db).where(eq(grants.id, id));
  return row ? record(row) : null;
}

/** Throws unless the association and administration of `input` exist and the user may manage the administration's grants. */
async function check(db: Database, input: GrantInput, user: Actor): Promise<void> {
  if (!mayManageGrantsOf(user, input.administrationId)) throw new GrantForbidden(input.administrationId);
  const [[association], [administration]] = await Promise.all([
    db.select({ id: associations.id }).from(associations).where(eq(associations.id, input.associationId)),
    db.select({ id: administrations.id }).from(administrations).where(eq(administrations.id, input.administrationId)),
  ]);
  if (!administration) throw new UnknownAdministration(input.administrationId);
  if (!association) throw new UnknownAssociation(input.associationId);
}

/** Records a grant; returns its id and year (for the list to go back to). */
export async function createGrant(db: Database, input: GrantInput, user: Actor): Promise<{ id: string; year: number }> {
  await check(db, input, user);
  const [row] = await db
    .insert(grants)
    .values({ associationId: input.associationId, administrationId: input.administrationId, year: input.year, amountOre: input.amount, purpose: input.purpose, createdBy: user.id })
    .returning({ id: grants.id, year: grants.year });
  return row!;
}

/**
 * Changes a grant opened at `version`. A coordinator can neither change another administration's
 * grant nor move their own to another administration. Throws GrantConflict when it was changed
 * (or deleted and not found: GrantNotFound) meanwhile.
 */
export async function updateGrant(db: Database, id: string, version: string, input: GrantInput, user: Actor): Promise<{ id: string; year: number }> {
  const current = await findGrant(db, id);
  if (!current) throw new GrantNotFound(id);
  if (!mayManageGrantsOf(user, current.administrationId)) throw new GrantForbidden(current.administrationId);
  await check(db, input, user);
  const [row] = await db
    .update(grants)
    .set({ associationId: input.associationId, administrationId: input.administrationId, year: input.year, amountOre: input.amount, purpose: input.purpose, updatedAt: new Date() })
    .where(and(eq(grants.id, id), sql`${grants}.xmin::text = ${version}`))
    .returning({ id: grants.id, year: grants.year });
  if (!row) throw (await findGrant(db, id)) ? new GrantConflict(id) : new GrantNotFound(id);
  return row;
}

/** Deletes a grant the user may manage; returns the year it was for. */
export async function deleteGrant(db: Database, id: string, user: Actor): Promise<{ year: number }> {
  const current = await findGrant(db, id);
  if (!current) throw new GrantNotFound(id);
  if (!mayManageGrantsOf(user, current.administrationId)) throw new GrantForbidden(current.administrationId);
  const [row] = await db.delete(grants).where(eq(grants.id, id)).returning({ year: grants.year });
  if (!row) throw new GrantNotFound(id);
  return row;
}

/** The choices of the form: every association not archived (plus `include`, e.g. the one an edited grant has), and every administration. */
export async function grantFormOptions(
  db: Database,
  include: string | null = null,
): Promise<{ associations: { id: string; name: string }[]; administrations: { id: string; label: { da: string; en: string } }[] }> {
  const [associationRows, administrationRows] = await Promise.all([
    db
      .select({ id: associations.id, name: associations.name })
      .from(associations)
      .where(include ? sql`${associations.status} <> 'archived' or ${associations.id} = ${include}` : sql`${associations.status} <> 'archived'`),
    db.select({ id: administrations.id, nameDa: administrations.nameDa, nameEn: administrations.nameEn }).from(administrations),
  ]);
  return {
    associations: associationRows.sort((a, b) => danish.compare(a.name, b.name)),
    administrations: administrationRows
      .map((a) => ({ id: a.id, label: { da: a.nameDa, en: a.nameEn } }))
      .sort((a, b) => danish.compare(a.label.da, b.label.da)),
  };
}
