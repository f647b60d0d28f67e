import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { advisoryBookings, advisorySeries, advisorySessions, users } from '../../db/schema';
import { seedDemoData } from '../../db/seed/seed';
import { listPublicSessions, sessionBookings, type Host } from '../../src/lib/advisory';
import { sessionFor } from '../support/accounts';
import { useTestDatabase } from '../support/database';

const t = useTestDatabase();
const DAY_MS = 86_400_000;
const HELD_TOPIC = 'Sund hverdag: spørg om motion, mad og søvn';

beforeAll(async () => {
  await seedDemoData(t.db, { password: 'test' });
});

async function demoUser(email: string): Promise<Host> {
  const [user] = await t.db.select({ id: users.id }).from(users).where(eq(users.email, email));
  return (await sessionFor(t.db, user!.id)).user;
}

describe('the demo advisory sessions', () => {
  it('are several series over the next four months, all upcoming and bookable', async () => {
    const sessions = await listPublicSessions(t.db, { from: new Date(), to: new Date(Date.now() + 200 * DAY_MS), topics: [], districts: [], hosts: [], audience: null });
    const topics = new Set(sessions.map((s) => s.topic));
    expect(topics).toEqual(
      new Set([
        'Fælles rådgivning om ensomhed og fællesskab',
        'Foreningsdag: samarbejde og § 18-midler',
        'Digital hjælp: MitID, e-Boks og digital post',
        'Rådgivning for pårørende',
        'Spørg om praktisk hjælp i hjemmet',
      ]),
    );
    expect(sessions.every((s) => s.status === 'published' && s.startsAt > new Date())).toBe(true);
    expect(sessions.filter((s) => s.topic.startsWith('Digital hjælp'))).toHaveLength(8);
    // Four coming series and the one held months ago.
    expect((await t.db.select().from(advisorySeries)).length).toBe(5);
    const held = await t.db.select().from(advisorySessions).where(eq(advisorySessions.topic, HELD_TOPIC));
    expect((await t.db.select().from(advisorySessions)).length).toBe(sessions.length + held.length);

    const loneliness = sessions.find((s) => s.topic.startsWith('Fælles rådgivning'))!;
    expect(loneliness.hosts.map((h) => h.slug)).toEqual(['socialforvaltningen', 'sundheds-og-omsorgsforvaltningen', 'valby-besoegstjeneste']);
    expect(loneliness.place).toMatchObject({ districtSlug: 'valby', postalCode: '2500', city: 'Valby' });
    const online = sessions.find((s) => s.topic === 'Rådgivning for pårørende')!;
    expect(online).toMatchObject({ place: null, onlineUrl: 'https://moede.indgang.example.dk/paaroerende' });
    expect(sessions.find((s) => s.topic.startsWith('Digital'))!.languages).toEqual(['da', 'en', 'ar']);
    expect(sessions.find((s) => s.topic.startsWith('Foreningsdag'))!.audience).toBe('associations');
  });

  it('has one small session that is full, with a waiting list its hosts can see', async () => {
    const [small] = await t.db.select().from(advisorySessions).where(eq(advisorySessions.topic, 'Spørg om praktisk hjælp i hjemmet'));
    for (const email of ['medlem.vesterbro-borgerhjaelp@indgang.example.dk', 'medarbejder.sof@indgang.example.dk']) {
      const seen = await sessionBookings(t.db, small!.id, await demoUser(email));
      expect(seen!.session).toMatchObject({ capacity: 3, seatsLeft: 0, waiting: 1 });
      expect(seen!.bookings.map((b) => [b.status, b.position])).toEqual([
        ['confirmed', null],
        ['confirmed', null],
        ['confirmed', null],
        ['waiting', 1],
      ]);
      expect(seen!.bookings.every((b) => b.person !== null && (b.person.email?.endsWith('@example.dk') ?? b.person.phone !== null))).toBe(true);
    }
    expect(await sessionBookings(t.db, small!.id, await demoUser('medarbejder.kff@indgang.example.dk'))).toBeNull();
  });

  it('has a series held months ago, its names erased and its attendance recorded, for the § 18 report', async () => {
    const held = await t.db.select().from(advisorySessions).where(eq(advisorySessions.topic, HELD_TOPIC));
    expect(held.length).toBeGreaterThanOrEqual(2);
    expect(held.every((s) => s.endsAt.getTime() < Date.now() - 31 * DAY_MS)).toBe(true);
    for (const session of held) {
      const bookings = await t.db.select().from(advisoryBookings).where(eq(advisoryBookings.sessionId, session.id));
      expect(bookings).toHaveLength(12);
      expect(bookings.filter((b) => b.attended === true)).toHaveLength(9);
      expect(bookings.every((b) => b.personal === null && b.emailIndex === null && b.erasedAt !== null)).toBe(true);
    }
  });
});
