/**
 * What a prescription shows (the Ta'fat "recept", seed 002): the activity, when and where, whom
 * to contact, a reference code and a date. Only public facts about the activity: nothing about
 * the citizen, no needs, no notes. The citizen takes it home and shows it to the association.
 */
import { and, asc, eq, isNull, or } from 'drizzle-orm';
import type { Database } from '../../../db/client';
import { activities, activityPlaces, associations, contacts, places, schedules } from '../../../db/schema';
import type { Locale } from '../../i18n';
import { contactColumns, contactOrder, type PublicContact, publicContact, scheduleOrder, scheduleRuleColumns, toPublicContact } from '../directory/detail-parts';
import { describeSchedule } from '../schedule';

/** A place as the prescription prints it. */
export interface PrescriptionPlace {
  name: string;
  address: string;
  postalCode: string;
  city: string;
}

/** Everything on a prescription, already in words. */
export interface PrescriptionData {
  reference: string;
  /** The day the referral was made. */
  issuedAt: Date;
  activityName: string;
  summary: string;
  associationName: string;
  /** Each schedule in words ("Mandag og onsdag kl. 10.00–12.00"); empty when there are no fixed times. */
  when: string[];
  places: PrescriptionPlace[];
  /** The activity's own public contacts, else the association's. */
  contacts: PublicContact[];
  /** The activity's e-mail, else the association's, and the association's phone: to reach them when no person is named. */
  email: string | null;
  phone: string | null;
}

/**
 * The prescription of a referral to the activity `activityId`, or null when the activity no longer
 * exists. The activity may have been paused since: the prescription still says what was referred to.
 */
export async function loadPrescription(
  db: Database,
  referral: { reference: string; createdAt: Date; activityId: string },
  locale: Locale,
): Promise<PrescriptionData | null> {
  const byId = eq(activities.id, referral.activityId);
  const [rows, placeRows, scheduleRows, contactRows] = await Promise.all([
    db
      .select({
        name: activities.name,
        summary: activities.summary,
        summaryEn: activities.summaryEn,
        email: activities.email,
        associationName: associations.name,
        associationEmail: associations.email,
        associationPhone: associations.phone,
      })
      .from(activities)
      .innerJoin(associations, eq(associations.id, activities.associationId))
      .where(byId),
    db
      .select({ name: places.name, address: places.address, postalCode: places.postalCode, city: places.city })
      .from(activityPlaces)
      .innerJoin(places, eq(places.id, activityPlaces.placeId))
      .where(eq(activityPlaces.activityId, referral.activityId))
      .orderBy(asc(places.name)),
    db
      .select(scheduleRuleColumns)
      .from(schedules)
      .where(eq(schedules.activityId, referral.activityId))
      .orderBy(...scheduleOrder),
    db
      .select(contactColumns)
      .from(activities)
      .innerJoin(contacts, eq(contacts.associationId, activities.associationId))
      .where(and(byId, publicContact, or(eq(contacts.activityId, activities.id), isNull(contacts.activityId))))
      .orderBy(...contactOrder),
  ]);
  const activity = rows[0];
  if (!activity) return null;
  const own = contactRows.filter((c) => c.activityId !== null);
  return {
    reference: referral.reference,
    issuedAt: referral.createdAt,
    activityName: activity.name,
    summary: locale === 'en' && activity.summaryEn ? activity.summaryEn : activity.summary,
    associationName: activity.associationName,
    when: scheduleRows.map((rule) => describeSchedule(rule, locale)),
    places: placeRows,
    contacts: (own.length > 0 ? own : contactRows.filter((c) => c.activityId === null)).map(toPublicContact),
    email: activity.email ?? activity.associationEmail,
    phone: activity.associationPhone,
  };
}
