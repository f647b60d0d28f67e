import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Database } from '../../db/client';
import { wallClock, zonedInstant } from '../../src/lib/schedule';
import {
  administrations,
  advisorySeries,
  advisorySessionHosts,
  advisorySessions,
  advisorySessionTerms,
  type AdvisorySession,
  districts,
  type NewAdvisorySession,
  taxonomyTerms,
} from '../../db/schema';

const unique = () => randomBytes(4).toString('hex');
const HOUR = 3_600_000;

/** 16.00 in Copenhagen, `days` from today. */
export function at16(days: number): Date {
  const { year, month, day } = wallClock(new Date(Date.now() + days * 24 * HOUR));
  return zonedInstant({ year, month, day }, { hour: 16, minute: 0 });
}

export interface SessionFixture {
  /** Overrides of the session row; by default a published session in Valby in three days, 16–18. */
  row?: Partial<NewAdvisorySession>;
  /** Slugs of the host administrations besides the publishing one (Socialforvaltningen). */
  hostAdministrations?: string[];
  hostAssociationIds?: string[];
  /** Slugs of category terms. */
  topics?: string[];
}

async function idOf(db: Database, table: typeof administrations | typeof districts, slug: string): Promise<string> {
  const [row] = await db.select({ id: table.id }).from(table).where(eq(table.slug, slug));
  if (!row) throw new Error(`no ${slug} in the test database (seed the demo data first)`);
  return row.id;
}

/**
 * Inserts a published advisory session as the coordinators' pages would leave it (plain inserts:
 * the outbox triggers queue it for search), with its hosts and topics. Needs the demo data.
 */
export async function createSession(db: Database, fixture: SessionFixture = {}): Promise<AdvisorySession> {
  const administrationId = await idOf(db, administrations, 'socialforvaltningen');
  const startsAt = at16(3);
  const id = unique();
  const [session] = await db
    .insert(advisorySessions)
    .values({
      slug: `raadgivningsmoede-${id}`,
      administrationId,
      topic: `Rådgivningsmøde ${id}`,
      description: 'Kom og få svar fra kommunen og foreningerne på én gang.',
      placeName: 'Valby Kulturhus',
      address: 'Valgårdsvej 4',
      postalCode: '2500',
      city: 'Valby',
      districtId: await idOf(db, districts, 'valby'),
      latitude: 55.6612,
      longitude: 12.5034,
      startsAt,
      endsAt: new Date(startsAt.getTime() + 2 * HOUR),
      capacity: 20,
      ...fixture.row,
    })
    .returning();
  const hosts = [
    { sessionId: session!.id, administrationId },
    ...(await Promise.all((fixture.hostAdministrations ?? []).map(async (slug) => ({ sessionId: session!.id, administrationId: await idOf(db, administrations, slug) })))),
    ...(fixture.hostAssociationIds ?? []).map((associationId) => ({ sessionId: session!.id, associationId })),
  ];
  await db.insert(advisorySessionHosts).values(hosts);
  for (const slug of fixture.topics ?? []) {
    const [term] = await db.select({ id: taxonomyTerms.id }).from(taxonomyTerms).where(eq(taxonomyTerms.slug, slug));
    await db.insert(advisorySessionTerms).values({ sessionId: session!.id, termId: term!.id });
  }
  return session!;
}

/** A monthly series of `count` sessions with one topic, four weeks apart from the first date. */
export async function createSeries(db: Database, count: number, fixture: SessionFixture = {}): Promise<AdvisorySession[]> {
  const administrationId = await idOf(db, administrations, 'socialforvaltningen');
  const [series] = await db
    .insert(advisorySeries)
    .values({ administrationId, freq: 'MONTHLY', byday: ['1TU'], validFrom: '2026-01-01', validTo: '2027-12-31' })
    .returning();
  const first = fixture.row?.startsAt?.getTime() ?? at16(3).getTime();
  const topic = fixture.row?.topic ?? `Månedligt rådgivningsmøde ${unique()}`;
  const sessions: AdvisorySession[] = [];
  for (let i = 0; i < count; i++) {
    const startsAt = new Date(first + i * 28 * 24 * HOUR);
    const row = { ...fixture.row, seriesId: series!.id, topic, startsAt, endsAt: new Date(startsAt.getTime() + 2 * HOUR) };
    sessions.push(await createSession(db, { ...fixture, row: { ...row, slug: `raadgivningsserie-${unique()}-${i}` } }));
  }
  return sessions;
}
