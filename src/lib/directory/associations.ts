import { count, eq } from 'drizzle-orm';
import type { Database } from '../../../db/client';
import { activities, administrations, associations, districts } from '../../../db/schema';
import { sortByDanishName } from './danish-order';

/** An association as the public list shows it. */
export interface AssociationListItem {
  id: string;
  slug: string;
  name: string;
  /** The district (bydel) the association works in; `null` for one that works across the municipality. */
  district: string | null;
  /** The administration responsible for the association's listing, in both languages. */
  administration: { name: { da: string; en: string }; abbreviation: string };
  /** Published activities and volunteer roles of the association. */
  publishedActivities: number;
}

/**
 * Every published association with its district, its responsible administration and how many
 * published activities it has, sorted by name in Danish order. One query: the activity counts
 * are grouped in a subquery and joined, so the cost does not grow with one query per row.
 */
export async function listPublishedAssociations(db: Database): Promise<AssociationListItem[]> {
  const activityCounts = db
    .select({ associationId: activities.associationId, total: count().as('total') })
    .from(activities)
    .where(eq(activities.status, 'published'))
    .groupBy(activities.associationId)
    .as('activity_counts');

  const rows = await db
    .select({
      id: associations.id,
      slug: associations.slug,
      name: associations.name,
      district: districts.name,
      administrationNameDa: administrations.nameDa,
      administrationNameEn: administrations.nameEn,
      administrationAbbreviation: administrations.abbreviation,
      publishedActivities: activityCounts.total,
    })
    .from(associations)
    .innerJoin(administrations, eq(administrations.id, associations.administrationId))
    .leftJoin(districts, eq(districts.id, associations.districtId))
    .leftJoin(activityCounts, eq(activityCounts.associationId, associations.id))
    .where(eq(associations.status, 'published'));

  return sortByDanishName(
    rows.map((row) => ({
      id: row.id,
      slug: row.slug,
      name: row.name,
      district: row.district,
      administration: {
        name: { da: row.administrationNameDa, en: row.administrationNameEn },
        abbreviation: row.administrationAbbreviation,
      },
      // A left join without activities gives null; postgres returns count(*) as a bigint string.
      publishedActivities: Number(row.publishedActivities ?? 0),
    })),
  );
}
