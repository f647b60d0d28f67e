import { eq, sql } from 'drizzle-orm';
import type { Database } from '../../../db/client';
import { administrations, associations, taxonomyTerms, users } from '../../../db/schema';
import { compareDanish } from '../directory/danish-order';

/** An administration to choose in a form. */
export interface AdministrationOption {
  id: string;
  abbreviation: string;
  nameDa: string;
  nameEn: string;
}

/** An association to choose in a form, with its administration's abbreviation to tell namesakes apart. */
export interface AssociationOption {
  id: string;
  name: string;
  administration: string;
}

/** Every administration, in Danish order. */
export async function administrationOptions(db: Database): Promise<AdministrationOption[]> {
  const rows = await db
    .select({ id: administrations.id, abbreviation: administrations.abbreviation, nameDa: administrations.nameDa, nameEn: administrations.nameEn })
    .from(administrations);
  return rows.sort((a, b) => compareDanish(a.nameDa, b.nameDa));
}

/** Every association, drafts and archived ones too (a member may be added before the listing is out), in Danish order. */
export async function associationOptions(db: Database): Promise<AssociationOption[]> {
  const rows = await db
    .select({ id: associations.id, name: associations.name, administration: administrations.abbreviation })
    .from(associations)
    .innerJoin(administrations, eq(administrations.id, associations.administrationId));
  return rows.sort((a, b) => compareDanish(a.name, b.name));
}

/** The figures on the admin start page. */
export interface AdminOverview {
  administrations: number;
  users: number;
  disabledUsers: number;
  targetGroups: number;
  categories: number;
}

/** Counts for the admin start page, in one round trip. */
export async function adminOverview(db: Database): Promise<AdminOverview> {
  const n = (query: ReturnType<typeof sql>) => sql<number>`(${query})`.mapWith(Number);
  const [row] = await db
    .select({
      administrations: n(sql`select count(*) from ${administrations}`),
      users: n(sql`select count(*) from ${users}`),
      disabledUsers: n(sql`select count(*) from ${users} where ${users.disabledAt} is not null`),
      targetGroups: n(sql`select count(*) from ${taxonomyTerms} where ${taxonomyTerms.taxonomy} = 'target_group'`),
      categories: n(sql`select count(*) from ${taxonomyTerms} where ${taxonomyTerms.taxonomy} = 'category'`),
    })
    .from(sql`(select 1) as one`);
  return row!;
}
