import { randomBytes } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import type { Database } from '../../db/client';
import { advisoryBookings, advisorySessions, taxonomyTerms } from '../../db/schema';
import { bookSeat, publishSessions, type BookingInput, type Host, type SessionInput } from '../../src/lib/advisory';
import { copenhagenDate } from '../../src/lib/advisory/publish';
import { listMails } from '../../src/lib/mail';
import { createUser, sessionFor } from '../support/accounts';
import { createAdministration, createAssociation, createDistrict } from '../support/fixtures';

const DAY_MS = 86_400_000;

/** The Copenhagen date `days` from now, `YYYY-MM-DD`. */
export function dateIn(days: number): string {
  return copenhagenDate(new Date(Date.now() + days * DAY_MS));
}

/** A user as the core sees them when they act in the portal (the session's user, with memberships). */
export async function hostFor(db: Database, over: Parameters<typeof createUser>[1]): Promise<Host> {
  const user = await createUser(db, over);
  return (await sessionFor(db, user.id)).user;
}

/**
 * Three administrations: `owner` publishes (its coordinator), `partner` hosts with it, `bystander`
 * has nothing to do with the sessions; a host association and another association; a category
 * term, a target group term and a district; and a user of every kind.
 */
export async function createAdvisoryWorld(db: Database) {
  const tag = randomBytes(3).toString('hex');
  const owner = await createAdministration(db, { nameDa: `Social ${tag}` });
  const partner = await createAdministration(db, { nameDa: `Sundhed ${tag}` });
  const bystander = await createAdministration(db, { nameDa: `Kultur ${tag}` });
  const hostAssociation = await createAssociation(db, { administrationId: owner.id, name: `Besøgsvennerne ${tag}` });
  const otherAssociation = await createAssociation(db, { administrationId: owner.id, name: `Sorggruppen ${tag}` });
  const [category] = await db.insert(taxonomyTerms).values({ taxonomy: 'category', slug: `raad-${tag}`, nameDa: `Rådgivning ${tag}`, nameEn: `Advice ${tag}` }).returning();
  const [targetGroup] = await db.insert(taxonomyTerms).values({ taxonomy: 'target_group', slug: `ensomme-${tag}`, nameDa: `Ensomme ${tag}`, nameEn: `Lonely ${tag}` }).returning();
  const district = await createDistrict(db, { slug: `valby-${tag}`, name: `Valby ${tag}` });
  return {
    tag,
    owner,
    partner,
    bystander,
    hostAssociation,
    otherAssociation,
    category: category!,
    targetGroup: targetGroup!,
    district,
    coordinator: await hostFor(db, { role: 'coordinator', administrationId: owner.id }),
    ownerStaff: await hostFor(db, { role: 'staff', administrationId: owner.id, name: 'Olga Medarbejder' }),
    partnerStaff: await hostFor(db, { role: 'staff', administrationId: partner.id, name: 'Per Partner' }),
    partnerCoordinator: await hostFor(db, { role: 'coordinator', administrationId: partner.id }),
    bystanderStaff: await hostFor(db, { role: 'staff', administrationId: bystander.id }),
    bystanderCoordinator: await hostFor(db, { role: 'coordinator', administrationId: bystander.id }),
    member: await hostFor(db, { role: 'member', associationIds: [hostAssociation.id], name: 'Mette Medlem' }),
    otherMember: await hostFor(db, { role: 'member', associationIds: [otherAssociation.id] }),
    admin: await hostFor(db, { role: 'admin' }),
  };
}
export type AdvisoryWorld = Awaited<ReturnType<typeof createAdvisoryWorld>>;

/** A valid session of the world's owner, in a week, 16.00–18.00 at a library in Valby. */
export function sessionInput(world: AdvisoryWorld, over: Partial<SessionInput> = {}): SessionInput {
  return {
    topic: `Fælles rådgivning om ensomhed ${world.tag}`,
    topicEn: `Joint advice on loneliness ${world.tag}`,
    description: 'Kom og tal med kommunen og foreningerne om fællesskab.',
    descriptionEn: null,
    hostAdministrationIds: [world.partner.id],
    hostAssociationIds: [world.hostAssociation.id],
    termIds: [world.category.id],
    place: { name: 'Valby Bibliotek', address: 'Annexstræde 2', postalCode: '2500', city: 'Valby', districtId: world.district.id, latitude: 55.66, longitude: 12.51 },
    onlineUrl: null,
    date: dateIn(7),
    startTime: '16:00',
    endTime: '18:00',
    capacity: 5,
    waitingList: true,
    audience: 'citizens',
    languages: ['da'],
    repeat: null,
    ...over,
  };
}

/** Publishes one session as the world's coordinator and returns its id and slug. */
export async function publishOne(db: Database, world: AdvisoryWorld, over: Partial<SessionInput> = {}): Promise<{ id: string; slug: string }> {
  const { ids, slugs } = await publishSessions(db, sessionInput(world, over), world.coordinator);
  return { id: ids[0]!, slug: slugs[0]! };
}

let people = 0;
/** A booking by an invented person with a unique @example.dk address. */
export function booking(over: Partial<BookingInput['person']> = {}, locale: 'da' | 'en' = 'da'): BookingInput {
  people += 1;
  const id = `${people}-${randomBytes(3).toString('hex')}`;
  return {
    person: { name: `Borger Testesen ${id}`, email: `borger.${id}@example.dk`, phone: null, note: null, organisation: null, ...over },
    consent: true,
    locale,
  };
}

export const ORIGIN = new URL('http://indgang.test');

/** Books `count` seats one after another; returns the receipts. */
export async function bookMany(db: Database, sessionId: string, count: number) {
  const receipts = [];
  for (let i = 0; i < count; i++) receipts.push(await bookSeat(db, sessionId, booking(), ORIGIN));
  return receipts;
}

/** Moves a session in time (as if the clock had run): the tests of "after start" and of the job. */
export async function moveSession(db: Database, id: string, startsAt: Date, endsAt = new Date(startsAt.getTime() + 2 * 3600_000)): Promise<void> {
  await db.update(advisorySessions).set({ startsAt, endsAt }).where(eq(advisorySessions.id, id));
}

/** The raw rows of a session's bookings, as a database dump would show them. */
export async function rawBookings(db: Database, sessionId: string) {
  return db.select().from(advisoryBookings).where(eq(advisoryBookings.sessionId, sessionId));
}

/** The whole raw row of a booking as JSON text: what a dump of the table holds. */
export async function rawText(db: Database, bookingId: string): Promise<string> {
  const [row] = await db.execute<{ text: string }>(sql`select row_to_json(b)::text as text from advisory_bookings b where id = ${bookingId}`);
  return row!.text;
}

/** Mails to one address, newest first. */
export const mailsTo = (db: Database, to: string) => listMails(db, { to });
