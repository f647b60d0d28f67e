import { randomBytes } from 'node:crypto';
import type { Database } from '../../db/client';
import {
  activities,
  administrations,
  associations,
  districts,
  type Activity,
  type Administration,
  type Association,
  type District,
  type NewActivity,
  type NewAssociation,
} from '../../db/schema';

const unique = () => randomBytes(4).toString('hex');

/** Creates an administration; every field can be overridden. */
export async function createAdministration(db: Database, over: Partial<Administration> = {}): Promise<Administration> {
  const id = unique();
  const [row] = await db
    .insert(administrations)
    .values({ slug: `adm-${id}`, nameDa: `Forvaltning ${id}`, nameEn: `Administration ${id}`, abbreviation: 'TST', ...over })
    .returning();
  return row!;
}

/** Creates a district near the centre of Copenhagen. */
export async function createDistrict(db: Database, over: Partial<District> = {}): Promise<District> {
  const id = unique();
  const [row] = await db
    .insert(districts)
    .values({ slug: `bydel-${id}`, name: `Bydel ${id}`, postalCodes: ['2500'], latitude: 55.67, longitude: 12.52, ...over })
    .returning();
  return row!;
}

/** Creates a published association (and an administration for it unless one is given). */
export async function createAssociation(db: Database, over: Partial<NewAssociation> = {}): Promise<Association> {
  const administrationId = over.administrationId ?? (await createAdministration(db)).id;
  const id = unique();
  const [row] = await db
    .insert(associations)
    .values({ slug: `forening-${id}`, name: `Forening ${id}`, status: 'published', ...over, administrationId })
    .returning();
  return row!;
}

/** Creates a published offer of the given association. */
export async function createActivity(
  db: Database,
  association: Pick<Association, 'id' | 'administrationId'>,
  over: Partial<NewActivity> = {},
): Promise<Activity> {
  const id = unique();
  const [row] = await db
    .insert(activities)
    .values({
      slug: `aktivitet-${id}`,
      name: `Aktivitet ${id}`,
      summary: 'En aktivitet til testen.',
      kind: 'offer',
      status: 'published',
      associationId: association.id,
      administrationId: association.administrationId,
      ...over,
    })
    .returning();
  return row!;
}
