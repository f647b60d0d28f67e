import { and, asc, eq, isNull, or } from 'drizzle-orm';
import type { Database } from '../../../db/client';
import {
  activities,
  activityPlaces,
  activityTerms,
  administrations,
  associations,
  contacts,
  districts,
  places,
  schedules,
  taxonomyTerms,
  type Activity,
} from '../../../db/schema';
import { type ReferralFigures, referralFiguresOf } from '../referral-stats';
import type { ScheduleRule } from '../schedule';
import { compareDanish } from './danish-order';
import {
  type Bilingual,
  administrationColumns,
  contactColumns,
  contactOrder,
  type PlaceDetail,
  placeColumns,
  type PublicContact,
  type ResponsibleAdministration,
  publicContact,
  scheduleOrder,
  scheduleRuleColumns,
  toPublicContact,
  toResponsibleAdministration,
} from './detail-parts';

/** A target group or category of an activity. */
export interface TermLabel {
  slug: string;
  name: Bilingual;
}

/** The columns of an activity that its page does not show. */
type Hidden = 'associationId' | 'administrationId' | 'status' | 'externalId' | 'createdAt' | 'updatedAt';

/** Everything the public page of an activity shows. */
export type ActivityDetail = Omit<Activity, Hidden> & {
  association: { name: string; slug: string };
  /** The administration responsible for the activity, which also receives its referrals. */
  administration: ResponsibleAdministration;
  places: PlaceDetail[];
  schedules: (ScheduleRule & { id: string })[];
  targetGroups: TermLabel[];
  categories: TermLabel[];
  /** The activity's own public contacts, or else the association's. */
  contacts: PublicContact[];
  /** How its referrals are usually answered; null below five (src/lib/referral-stats). */
  referralFigures: ReferralFigures | null;
};

/**
 * The published activity with this slug, of a published association, with everything its page
 * shows; `null` when there is none or it is hidden (draft, paused, archived, or its association is).
 * Four queries sent at once, each keyed by the slug: the activity with its terms, its places, its
 * schedules, and the public contacts of it and of its association. Internal contacts are never read.
 */
export async function findPublishedActivity(db: Database, slug: string): Promise<ActivityDetail | null> {
  const bySlug = eq(activities.slug, slug);
  const [rows, placeRows, scheduleRows, contactRows] = await Promise.all([
    db
      .select({
        activity: activities,
        associationName: associations.name,
        associationSlug: associations.slug,
        administration: administrationColumns,
        term: { taxonomy: taxonomyTerms.taxonomy, slug: taxonomyTerms.slug, nameDa: taxonomyTerms.nameDa, nameEn: taxonomyTerms.nameEn },
      })
      .from(activities)
      .innerJoin(associations, eq(associations.id, activities.associationId))
      .innerJoin(administrations, eq(administrations.id, activities.administrationId))
      .leftJoin(activityTerms, eq(activityTerms.activityId, activities.id))
      .leftJoin(taxonomyTerms, eq(taxonomyTerms.id, activityTerms.termId))
      .where(and(bySlug, eq(activities.status, 'published'), eq(associations.status, 'published'))),
    db
      .select(placeColumns)
      .from(activities)
      .innerJoin(activityPlaces, eq(activityPlaces.activityId, activities.id))
      .innerJoin(places, eq(places.id, activityPlaces.placeId))
      .leftJoin(districts, eq(districts.id, places.districtId))
      .where(bySlug)
      .orderBy(asc(places.name)),
    db
      .select({ id: schedules.id, ...scheduleRuleColumns })
      .from(activities)
      .innerJoin(schedules, eq(schedules.activityId, activities.id))
      .where(bySlug)
      .orderBy(...scheduleOrder),
    db
      .select(contactColumns)
      .from(activities)
      .innerJoin(contacts, eq(contacts.associationId, activities.associationId))
      .where(and(bySlug, publicContact, or(eq(contacts.activityId, activities.id), isNull(contacts.activityId))))
      .orderBy(...contactOrder),
  ]);

  const [first] = rows;
  if (!first) return null;
  const { activity } = first;
  const terms = rows.flatMap((row) => (row.term ? [row.term] : []));
  const labels = (taxonomy: 'target_group' | 'category'): TermLabel[] =>
    terms
      .filter((t) => t.taxonomy === taxonomy)
      .map((t) => ({ slug: t.slug, name: { da: t.nameDa, en: t.nameEn } }))
      .sort((a, b) => compareDanish(a.name.da, b.name.da));
  const own = contactRows.filter((c) => c.activityId === activity.id);

  const { associationId: _a, administrationId: _b, status: _s, externalId: _e, createdAt: _c, updatedAt: _u, ...fields } = activity;
  return {
    ...fields,
    association: { name: first.associationName, slug: first.associationSlug },
    administration: toResponsibleAdministration(first.administration),
    places: placeRows,
    schedules: scheduleRows,
    targetGroups: labels('target_group'),
    categories: labels('category'),
    contacts: (own.length > 0 ? own : contactRows.filter((c) => c.activityId === null)).map(toPublicContact),
    // After the null check, so that an unknown slug costs no query; here so that an error is the 500 page.
    referralFigures: await referralFiguresOf(db, activity.id),
  };
}
