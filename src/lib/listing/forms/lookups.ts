/**
 * What the edit pages look up besides the values: who owns a listing (for the access check and
 * the heading), and the choices the forms offer (districts, taxonomy terms, the association's places).
 */
import { asc, eq } from 'drizzle-orm';
import type { Database } from '../../../../db/client';
import { activities, administrations, associations, districts, places, taxonomyTerms } from '../../../../db/schema';
import { isUuid } from '../db';
import { placeValueColumns } from '../load';
import type { ListingKind, PlaceValue } from '../values';
import type { DistrictOption } from './places';

type Status = 'draft' | 'published' | 'paused' | 'archived';

/** A listing as its edit page needs it: names, status, owner and the administration that reviews it. */
export interface EditableListing {
  kind: ListingKind;
  id: string;
  slug: string;
  name: string;
  status: Status;
  associationId: string;
  associationName: string;
  administrationId: string;
  administrationName: { da: string; en: string };
  lastVerifiedAt: Date | null;
}

const administrationName = { da: administrations.nameDa, en: administrations.nameEn };

/** The association with this id, or null (also for a malformed id, which is simply not found). */
export async function findEditableAssociation(db: Database, id: string): Promise<EditableListing | null> {
  if (!isUuid(id)) return null;
  const [row] = await db
    .select({
      id: associations.id,
      slug: associations.slug,
      name: associations.name,
      status: associations.status,
      administrationId: associations.administrationId,
      administrationName,
      lastVerifiedAt: associations.lastVerifiedAt,
    })
    .from(associations)
    .innerJoin(administrations, eq(administrations.id, associations.administrationId))
    .where(eq(associations.id, id))
    .limit(1);
  return row ? { kind: 'association', ...row, associationId: row.id, associationName: row.name } : null;
}

/** The activity with this id, with its association and responsible administration, or null. */
export async function findEditableActivity(db: Database, id: string): Promise<EditableListing | null> {
  if (!isUuid(id)) return null;
  const [row] = await db
    .select({
      id: activities.id,
      slug: activities.slug,
      name: activities.name,
      status: activities.status,
      associationId: activities.associationId,
      associationName: associations.name,
      administrationId: activities.administrationId,
      administrationName,
      lastVerifiedAt: activities.lastVerifiedAt,
    })
    .from(activities)
    .innerJoin(associations, eq(associations.id, activities.associationId))
    .innerJoin(administrations, eq(administrations.id, activities.administrationId))
    .where(eq(activities.id, id))
    .limit(1);
  return row ? { kind: 'activity', ...row } : null;
}

/** Either kind of listing by id. */
export function findEditableListing(db: Database, kind: ListingKind, id: string): Promise<EditableListing | null> {
  return kind === 'activity' ? findEditableActivity(db, id) : findEditableAssociation(db, id);
}

/** A taxonomy term as a checkbox. */
export interface TermOption {
  id: string;
  taxonomy: 'target_group' | 'category';
  name: { da: string; en: string };
}

/** Every district, by name, with what the place rows need to place a point. */
export async function districtOptions(db: Database): Promise<DistrictOption[]> {
  return db
    .select({
      id: districts.id,
      name: districts.name,
      postalCodes: districts.postalCodes,
      latitude: districts.latitude,
      longitude: districts.longitude,
    })
    .from(districts)
    .orderBy(asc(districts.name));
}

/** Every target group and category, by Danish name. */
export async function termOptions(db: Database): Promise<TermOption[]> {
  const rows = await db
    .select({ id: taxonomyTerms.id, taxonomy: taxonomyTerms.taxonomy, da: taxonomyTerms.nameDa, en: taxonomyTerms.nameEn })
    .from(taxonomyTerms)
    .orderBy(asc(taxonomyTerms.nameDa));
  return rows.map((r) => ({ id: r.id, taxonomy: r.taxonomy, name: { da: r.da, en: r.en } }));
}

/** Every place of the association, by name: the places its activities can be held at. */
export async function associationPlaces(db: Database, associationId: string): Promise<PlaceValue[]> {
  return db
    .select(placeValueColumns)
    .from(places)
    .where(eq(places.associationId, associationId))
    .orderBy(asc(places.name), asc(places.id));
}
