import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Database } from '../../../db/client';
import { activities, administrations, associations, contacts, districts, places, type Activity } from '../../../db/schema';
import { compareDanish } from './danish-order';
import {
  administrationColumns,
  contactColumns,
  contactOrder,
  type PlaceDetail,
  placeColumns,
  type PublicContact,
  type ResponsibleAdministration,
  publicContact,
  toPublicContact,
  toResponsibleAdministration,
} from './detail-parts';

/** An activity as the association's page lists it. */
export type AssociationActivity = Pick<Activity, 'id' | 'slug' | 'kind' | 'name' | 'summary' | 'summaryEn'>;

/** Everything the public page of an association shows. */
export interface AssociationDetail {
  id: string;
  slug: string;
  name: string;
  alternateName: string | null;
  description: string;
  email: string | null;
  phone: string | null;
  website: string | null;
  lastVerifiedAt: Date | null;
  /** The district it works in; null means the whole municipality. */
  district: string | null;
  administration: ResponsibleAdministration;
  /** Published activities and volunteer roles, in Danish order. */
  activities: AssociationActivity[];
  /** Contacts for the association as a whole; those of single activities are on the activity pages. */
  contacts: PublicContact[];
  places: PlaceDetail[];
}

/**
 * The published association with this slug and what its page shows; `null` when there is none or
 * it is not published. Four queries sent at once, each keyed by the slug. Internal contacts are
 * never read.
 */
export async function findPublishedAssociation(db: Database, slug: string): Promise<AssociationDetail | null> {
  const bySlug = eq(associations.slug, slug);
  const [rows, activityRows, contactRows, placeRows] = await Promise.all([
    db
      .select({
        id: associations.id,
        slug: associations.slug,
        name: associations.name,
        alternateName: associations.alternateName,
        description: associations.description,
        email: associations.email,
        phone: associations.phone,
        website: associations.website,
        lastVerifiedAt: associations.lastVerifiedAt,
        district: districts.name,
        administration: administrationColumns,
      })
      .from(associations)
      .innerJoin(administrations, eq(administrations.id, associations.administrationId))
      .leftJoin(districts, eq(districts.id, associations.districtId))
      .where(and(bySlug, eq(associations.status, 'published'))),
    db
      .select({
        id: activities.id,
        slug: activities.slug,
        kind: activities.kind,
        name: activities.name,
        summary: activities.summary,
        summaryEn: activities.summaryEn,
      })
      .from(associations)
      .innerJoin(activities, eq(activities.associationId, associations.id))
      .where(and(bySlug, eq(activities.status, 'published'))),
    db
      .select(contactColumns)
      .from(associations)
      .innerJoin(contacts, eq(contacts.associationId, associations.id))
      .where(and(bySlug, publicContact, isNull(contacts.activityId)))
      .orderBy(...contactOrder),
    db
      .select(placeColumns)
      .from(associations)
      .innerJoin(places, eq(places.associationId, associations.id))
      .leftJoin(districts, eq(districts.id, places.districtId))
      .where(bySlug)
      .orderBy(asc(places.name)),
  ]);

  const [row] = rows;
  if (!row) return null;
  const { administration, ...association } = row;
  return {
    ...association,
    administration: toResponsibleAdministration(administration),
    activities: activityRows.sort((a, b) => compareDanish(a.name, b.name)),
    contacts: contactRows.map(toPublicContact),
    places: placeRows,
  };
}
