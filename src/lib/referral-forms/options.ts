/**
 * What the new-referral form offers to choose from: published activities grouped by association,
 * the administrations, and the target groups and categories. Named queries, so the page builds no SQL.
 */
import { and, eq } from 'drizzle-orm';
import type { Database } from '../../../db/client';
import { activities, administrations, associations, taxonomyTerms } from '../../../db/schema';
import { type Locale, t } from '../../i18n';
import { administrationOptions } from '../admin/options';
import { compareDanish } from '../directory/danish-order';

export { type AdministrationOption } from '../admin/options';

/** An activity a citizen can be referred to, with whom a referral to it goes to. */
export interface ActivityOption {
  id: string;
  slug: string;
  name: string;
  associationName: string;
  takesReferrals: boolean;
  administrationId: string;
  administration: { da: string; en: string };
}

/** The activities of one association, for an `<optgroup>`. */
export interface ActivityGroup {
  associationName: string;
  activities: ActivityOption[];
}

/** A target group or category to tick. */
export interface TermOption {
  id: string;
  taxonomy: 'target_group' | 'category';
  name: { da: string; en: string };
}

/**
 * Published offers of published associations, grouped by association, both in Danish order.
 * Volunteer roles are left out: staff refer a citizen to get help or company (purpose `help`).
 */
export async function activityGroups(db: Database): Promise<ActivityGroup[]> {
  const rows = await db
    .select({
      id: activities.id,
      slug: activities.slug,
      name: activities.name,
      associationName: associations.name,
      takesReferrals: activities.takesReferrals,
      administrationId: activities.administrationId,
      administrationDa: administrations.nameDa,
      administrationEn: administrations.nameEn,
    })
    .from(activities)
    .innerJoin(associations, eq(associations.id, activities.associationId))
    .innerJoin(administrations, eq(administrations.id, activities.administrationId))
    .where(and(eq(activities.status, 'published'), eq(associations.status, 'published'), eq(activities.kind, 'offer')));
  const groups = new Map<string, ActivityOption[]>();
  for (const { administrationDa, administrationEn, ...row } of rows) {
    const option = { ...row, administration: { da: administrationDa, en: administrationEn } };
    groups.set(row.associationName, [...(groups.get(row.associationName) ?? []), option]);
  }
  return [...groups.entries()]
    .map(([associationName, list]) => ({ associationName, activities: list.sort((a, b) => compareDanish(a.name, b.name)) }))
    .sort((a, b) => compareDanish(a.associationName, b.associationName));
}

/** Every target group and category, target groups first, each in Danish order. */
export async function termOptions(db: Database): Promise<TermOption[]> {
  const rows = await db
    .select({ id: taxonomyTerms.id, taxonomy: taxonomyTerms.taxonomy, da: taxonomyTerms.nameDa, en: taxonomyTerms.nameEn })
    .from(taxonomyTerms);
  return rows
    .map(({ id, taxonomy, da, en }) => ({ id, taxonomy, name: { da, en } }))
    .sort((a, b) => (a.taxonomy === b.taxonomy ? compareDanish(a.name.da, b.name.da) : a.taxonomy === 'target_group' ? -1 : 1));
}

/** Everything the new-referral form chooses from, loaded at once. */
export async function newReferralOptions(db: Database) {
  const [groups, administrationList, terms] = await Promise.all([activityGroups(db), administrationOptions(db), termOptions(db)]);
  return { groups, administrations: administrationList, terms };
}
export type NewReferralOptions = Awaited<ReturnType<typeof newReferralOptions>>;

/**
 * "Går til Socialforvaltningen og til foreningen Valby Besøgstjeneste": whom a referral to the
 * activity reaches, for the sender to see before sending (and to prefill "to whom it may be
 * passed"). It shows the core's routing rule (receiverFor: the responsible administration, and the
 * association when the activity takes referrals directly); tests/integration/referral-forms.test.ts
 * checks that the two agree.
 */
export function receiverText(locale: Locale, activity: ActivityOption): string {
  const administration = activity.administration[locale];
  return activity.takesReferrals
    ? t(locale, 'referralUi.new.goesToBoth', { administration, association: activity.associationName })
    : t(locale, 'referralUi.new.goesTo', { administration });
}

/** The receivers in the words of "to whom it may be passed": "Socialforvaltningen og Valby Besøgstjeneste". */
export function receiverNames(locale: Locale, activity: ActivityOption): string {
  const administration = activity.administration[locale];
  return activity.takesReferrals ? t(locale, 'referralUi.new.scopeBoth', { administration, association: activity.associationName }) : administration;
}

/** The activity with this id or slug among the options, if it is one of them. */
export function findActivity(groups: readonly ActivityGroup[], match: { id?: string | null; slug?: string | null }): ActivityOption | null {
  for (const group of groups) {
    for (const activity of group.activities) {
      if ((match.id && activity.id === match.id) || (match.slug && activity.slug === match.slug)) return activity;
    }
  }
  return null;
}
