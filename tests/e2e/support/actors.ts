import { eq, sql } from 'drizzle-orm';
import type { Database } from '../../../db/client';
import { activities, activityPlaces, administrations, associationMemberships, associations, contacts, places, schedules, users } from '../../../db/schema';
import { hashPassword } from '../../../src/lib/account/password';

/*
 * People and listings the attack tests make for themselves, straight in the running portal's
 * database, so that no test depends on a demo account another spec changes.
 */

/** The password of every account made here. */
export const ACTOR_PASSWORD = 'angrebstest-kodeord-1';

/** A short random word that makes a test's names and e-mails its own. */
export const tag = () => Math.random().toString(36).slice(2, 8);

/** The id of an administration by its short name, any case (the demo ones: sof, suf, kff, bif, buf, tmf, oekf). */
export async function administrationId(db: Database, abbreviation: string): Promise<string> {
  const [row] = await db
    .select({ id: administrations.id })
    .from(administrations)
    .where(eq(sql`lower(${administrations.abbreviation})`, abbreviation.toLowerCase()));
  if (!row) throw new Error(`No administration ${abbreviation}`);
  return row.id;
}

export interface Actor {
  id: string;
  email: string;
}

/**
 * A new account with ACTOR_PASSWORD: staff or coordinator of an administration (by slug), a
 * member of the given associations, or the administrator.
 */
export async function createActor(
  db: Database,
  who: { role: 'staff' | 'coordinator'; administration: string } | { role: 'member'; associations: string[] } | { role: 'admin' },
): Promise<Actor> {
  const email = `angreb-${who.role}-${tag()}@example.dk`;
  const administration = 'administration' in who ? await administrationId(db, who.administration) : null;
  const [user] = await db
    .insert(users)
    .values({ email, name: `Angrebstest ${who.role}`, passwordHash: await hashPassword(ACTOR_PASSWORD), role: who.role, administrationId: administration })
    .returning({ id: users.id });
  if (who.role === 'member') {
    for (const associationId of who.associations) await db.insert(associationMemberships).values({ userId: user!.id, associationId });
  }
  return { id: user!.id, email };
}

/** Every text of a listing the tests fill with one hostile value. */
export interface Listing {
  associationId: string;
  associationSlug: string;
  activityId: string;
  activitySlug: string;
}

/**
 * A published association of an administration with one published activity, a public contact,
 * a place and a weekly schedule; every free text is `text(field)`, the website `website`.
 */
export async function createListing(
  db: Database,
  options: { administration: string; text: (field: string) => string; website?: string; status?: 'published' | 'draft' },
): Promise<Listing> {
  const { text } = options;
  const status = options.status ?? 'published';
  const administrationIdValue = await administrationId(db, options.administration);
  const suffix = tag();
  return db.transaction(async (tx) => {
    const [association] = await tx
      .insert(associations)
      .values({
        slug: `angrebstest-forening-${suffix}`,
        name: text('association.name'),
        alternateName: text('association.alternateName'),
        description: text('association.description'),
        email: `forening-${suffix}@example.dk`,
        phone: '33 33 33 33',
        website: options.website ?? null,
        administrationId: administrationIdValue,
        status,
        lastVerifiedAt: new Date(),
      })
      .returning({ id: associations.id, slug: associations.slug });
    const [activity] = await tx
      .insert(activities)
      .values({
        slug: `angrebstest-aktivitet-${suffix}`,
        associationId: association!.id,
        administrationId: administrationIdValue,
        kind: 'offer',
        name: text('activity.name'),
        summary: text('activity.summary'),
        description: text('activity.description'),
        howToJoin: text('activity.howToJoin'),
        eligibility: text('activity.eligibility'),
        costDescription: text('activity.costDescription'),
        website: options.website ?? null,
        status,
        lastVerifiedAt: new Date(),
      })
      .returning({ id: activities.id, slug: activities.slug });
    await tx.insert(contacts).values({
      associationId: association!.id,
      name: text('contact.name'),
      title: text('contact.title'),
      email: `kontakt-${suffix}@example.dk`,
      visibility: 'public',
    });
    const [place] = await tx
      .insert(places)
      .values({
        associationId: association!.id,
        name: text('place.name'),
        address: text('place.address'),
        postalCode: '2500',
        city: 'Valby',
        latitude: 55.66,
        longitude: 12.51,
        accessibilityNote: text('place.accessibilityNote'),
      })
      .returning({ id: places.id });
    await tx.insert(activityPlaces).values({ activityId: activity!.id, placeId: place!.id });
    await tx.insert(schedules).values({
      activityId: activity!.id,
      placeId: place!.id,
      byday: ['TU'],
      opensAt: '10:00',
      closesAt: '12:00',
      note: text('schedule.note'),
    });
    return { associationId: association!.id, associationSlug: association!.slug, activityId: activity!.id, activitySlug: activity!.slug };
  });
}
