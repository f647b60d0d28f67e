/**
 * What the session form offers to choose from, and who owns a session: named read-only queries,
 * so that the pages build no SQL. Co-hosts are the other administrations and the associations
 * with a public listing, grouped under the administration each association works with.
 */
import { asc, eq, inArray } from 'drizzle-orm';
import type { Database } from '../../../db/client';
import { administrations, advisorySessions, associations, districts, taxonomyTerms } from '../../../db/schema';
import { isUuid } from '../admin/schemas';
import { compareDanish } from '../directory/danish-order';
import type { KnownChoices } from './session-form';

type Names = { da: string; en: string };

/** An association to tick as co-host. */
export interface AssociationChoice {
  id: string;
  name: string;
}

export interface SessionFormOptions {
  /** The publishing administration: it always hosts. */
  own: { id: string; name: Names };
  /** Category terms: the topics of a session. */
  categories: { id: string; name: Names }[];
  /** The other administrations. */
  administrations: { id: string; name: Names }[];
  /** Associations by the administration they work with, both in Danish order. */
  associationGroups: { administration: { id: string; name: Names }; associations: AssociationChoice[] }[];
  districts: { id: string; name: string }[];
}

/** Everything the publish and edit form of `ownAdministrationId`'s coordinator chooses from. */
export async function sessionFormOptions(db: Database, ownAdministrationId: string): Promise<SessionFormOptions> {
  const [adms, terms, assocs, districtRows] = await Promise.all([
    db.select({ id: administrations.id, da: administrations.nameDa, en: administrations.nameEn }).from(administrations),
    db.select({ id: taxonomyTerms.id, da: taxonomyTerms.nameDa, en: taxonomyTerms.nameEn }).from(taxonomyTerms).where(eq(taxonomyTerms.taxonomy, 'category')),
    db
      .select({ id: associations.id, name: associations.name, administrationId: associations.administrationId })
      .from(associations)
      .where(inArray(associations.status, ['published', 'paused'])),
    db.select({ id: districts.id, name: districts.name }).from(districts).orderBy(asc(districts.name)),
  ]);
  const named = (row: { id: string; da: string; en: string }) => ({ id: row.id, name: { da: row.da, en: row.en } });
  const allAdministrations = adms.map(named).sort((a, b) => compareDanish(a.name.da, b.name.da));
  const own = allAdministrations.find((a) => a.id === ownAdministrationId);
  if (!own) throw new Error(`advisory-forms: no administration ${ownAdministrationId}`);
  const associationGroups = allAdministrations
    .map((administration) => ({
      administration,
      associations: assocs
        .filter((a) => a.administrationId === administration.id)
        .map(({ id, name }) => ({ id, name }))
        .sort((a, b) => compareDanish(a.name, b.name)),
    }))
    .filter((group) => group.associations.length > 0);
  return {
    own,
    categories: terms.map(named).sort((a, b) => compareDanish(a.name.da, b.name.da)),
    administrations: allAdministrations.filter((a) => a.id !== ownAdministrationId),
    associationGroups,
    districts: districtRows,
  };
}

/** The ids the form may send back, for "choose from the list" errors. */
export function knownChoices(options: SessionFormOptions): KnownChoices {
  return {
    termIds: new Set(options.categories.map((c) => c.id)),
    administrationIds: new Set(options.administrations.map((a) => a.id)),
    associationIds: new Set(options.associationGroups.flatMap((g) => g.associations.map((a) => a.id))),
    districtIds: new Set(options.districts.map((d) => d.id)),
  };
}

/** A session's slug and owning administration by id (no personal data), or null when unknown. */
export async function sessionOwner(db: Database, id: string): Promise<{ slug: string; administrationId: string } | null> {
  if (!isUuid(id)) return null;
  const [row] = await db
    .select({ slug: advisorySessions.slug, administrationId: advisorySessions.administrationId })
    .from(advisorySessions)
    .where(eq(advisorySessions.id, id))
    .limit(1);
  return row ?? null;
}

/** An administration's name in both languages, or null when unknown. */
export async function administrationName(db: Database, id: string): Promise<Names | null> {
  const [row] = await db.select({ da: administrations.nameDa, en: administrations.nameEn }).from(administrations).where(eq(administrations.id, id)).limit(1);
  return row ?? null;
}
