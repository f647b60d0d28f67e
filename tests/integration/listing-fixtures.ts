/**
 * A small world for the listing and review tests: two administrations, an association of the
 * first with a member, a published activity with a place, a schedule and a contact, and staff
 * of both administrations. Everything invented; e-mails at example.dk.
 */
import { eq } from 'drizzle-orm';
import type { Database } from '../../db/client';
import { activityPlaces, administrations, contacts, places, schedules } from '../../db/schema';
import type { SessionUser } from '../../src/lib/session/session';
import { createUser, sessionFor } from '../support/accounts';
import { createActivity, createAdministration, createAssociation } from '../support/fixtures';

/** The user as pages see them (with memberships), for calling the engine. */
export async function actor(db: Database, over: Parameters<typeof createUser>[1]): Promise<SessionUser> {
  const user = await createUser(db, over);
  return (await sessionFor(db, user.id)).user;
}

export async function createWorld(db: Database, options: { exempt?: string[] } = {}) {
  const home = await createAdministration(db, { nameDa: 'Hjemforvaltningen', reviewExemptFields: options.exempt ?? [] });
  const other = await createAdministration(db, { nameDa: 'Naboforvaltningen' });
  const association = await createAssociation(db, {
    administrationId: home.id,
    name: 'Testforeningen',
    email: 'kontakt@testforeningen.example.dk',
    phone: '11111111',
  });
  const activity = await createActivity(db, association, { name: 'Sorggruppe i testbyen', summary: 'Mød andre i sorg.' });
  const [place] = await db
    .insert(places)
    .values({
      associationId: association.id,
      name: 'Medborgerhuset',
      address: 'Testvej 1',
      postalCode: '2500',
      city: 'Valby',
      latitude: 55.66,
      longitude: 12.51,
    })
    .returning();
  await db.insert(activityPlaces).values({ activityId: activity.id, placeId: place!.id });
  await db.insert(schedules).values({ activityId: activity.id, placeId: place!.id, byday: ['WE'], opensAt: '14:00', closesAt: '16:00' });
  const [contact] = await db
    .insert(contacts)
    .values({ associationId: association.id, activityId: activity.id, name: 'Kontakt Karlsen', phone: '22222222' })
    .returning();
  const member = await actor(db, { role: 'member', associationIds: [association.id], email: `medlem-${association.id.slice(0, 8)}@example.dk` });
  const reviewer = await actor(db, { role: 'staff', administrationId: home.id });
  const coordinator = await actor(db, { role: 'coordinator', administrationId: home.id });
  const stranger = await actor(db, { role: 'coordinator', administrationId: other.id });
  return { home, other, association, activity, place: place!, contact: contact!, member, reviewer, coordinator, stranger };
}

/** Sets the fields an administration exempts from review. */
export async function exempt(db: Database, administrationId: string, keys: string[]): Promise<void> {
  await db.update(administrations).set({ reviewExemptFields: keys }).where(eq(administrations.id, administrationId));
}
