/**
 * A small municipality with known numbers for the report figures (tests/integration/statistics-*):
 * 3 administrations, 2 districts, 2 target groups, 4 associations, 7 activities, 6 grants,
 * 11 referrals with chosen events and times, 5 advisory sessions with bookings and attendance,
 * and stale listings. The expected figures are worked out in the tests beside each assertion.
 * No personal data: referrals and bookings carry a placeholder in `personal` that a test erases.
 */
import { randomBytes } from 'node:crypto';
import type { Database } from '../../db/client';
import {
  activityPlaces,
  activityTerms,
  advisoryBookings,
  advisorySessions,
  grants,
  places,
  referralEvents,
  referrals,
  taxonomyTerms,
  type Activity,
  type Association,
} from '../../db/schema';
import { createActivity, createAdministration, createAssociation, createDistrict } from '../support/fixtures';

const DAY = 24 * 60 * 60 * 1000;
/** 1 March 2025, 09:00 UTC: "day 0" of the referrals. */
export const D0 = Date.UTC(2025, 2, 1, 9, 0);
export const day = (n: number) => new Date(D0 + n * DAY);

export interface StatisticsWorld {
  /** Socialforvaltningen, Sundheds- og Omsorgsforvaltningen, Økonomiforvaltningen. */
  adm: { a: string; b: string; c: string };
  districts: { valby: string; oesterbro: string };
  terms: { aeldre: string; unge: string; category: string };
  associations: { s1: Association; s2: Association; s3: Association; s4: Association };
  activities: Record<'a1' | 'a2' | 'a3' | 'a4' | 'a5' | 'a6' | 'a7', Activity>;
}

async function place(db: Database, associationId: string, districtId: string | null): Promise<string> {
  const [row] = await db
    .insert(places)
    .values({ associationId, name: 'Sted', address: 'Vej 1', postalCode: '2500', city: 'Valby', districtId, latitude: 55.66, longitude: 12.51 })
    .returning({ id: places.id });
  return row!.id;
}

async function heldAt(db: Database, activity: Activity, districtIds: (string | null)[]): Promise<void> {
  for (const districtId of districtIds) {
    await db.insert(activityPlaces).values({ activityId: activity.id, placeId: await place(db, activity.associationId, districtId) });
  }
}

async function tagged(db: Database, activity: Activity, termIds: string[]): Promise<void> {
  for (const termId of termIds) await db.insert(activityTerms).values({ activityId: activity.id, termId });
}

/** The directory: listings, places, terms and stale marks. */
async function directory(db: Database): Promise<StatisticsWorld> {
  const [a, b, c] = await Promise.all([
    createAdministration(db, { slug: 'sof', nameDa: 'Socialforvaltningen', nameEn: 'Social Services Administration', abbreviation: 'SOF' }),
    createAdministration(db, { slug: 'suf', nameDa: 'Sundheds- og Omsorgsforvaltningen', nameEn: 'Health and Care Administration', abbreviation: 'SUF' }),
    createAdministration(db, { slug: 'oekf', nameDa: 'Økonomiforvaltningen', nameEn: 'Finance Administration', abbreviation: 'ØKF' }),
  ]);
  const valby = await createDistrict(db, { slug: 'valby', name: 'Valby' });
  const oesterbro = await createDistrict(db, { slug: 'oesterbro', name: 'Østerbro' });
  const [aeldre, unge, category] = await db
    .insert(taxonomyTerms)
    .values([
      { taxonomy: 'target_group', slug: 'aeldre', nameDa: 'Ældre', nameEn: 'Older people' },
      { taxonomy: 'target_group', slug: 'unge', nameDa: 'Unge', nameEn: 'Young people' },
      { taxonomy: 'category', slug: 'samvaer', nameDa: 'Samvær', nameEn: 'Company' },
    ])
    .returning({ id: taxonomyTerms.id });

  const s1 = await createAssociation(db, { name: 'Aktive Ældre Valby', administrationId: a!.id, districtId: valby.id });
  const s2 = await createAssociation(db, {
    name: 'Besøgstjenesten',
    administrationId: a!.id,
    districtId: null,
    staleSince: new Date('2025-01-10T08:00:00Z'),
    lastVerifiedAt: new Date('2023-09-01T08:00:00Z'),
  });
  const s3 = await createAssociation(db, { name: 'Østerbro Frivillige', administrationId: b!.id, districtId: oesterbro.id });
  const s4 = await createAssociation(db, { name: 'Åbent Hus', administrationId: c!.id, districtId: valby.id, status: 'draft', staleSince: new Date('2024-01-01T08:00:00Z') });

  const a1 = await createActivity(db, s1, { name: 'Gåtur', kind: 'offer' });
  const a2 = await createActivity(db, s1, { name: 'Besøgsven', kind: 'volunteer_role' });
  const a3 = await createActivity(db, s2, { name: 'Telefonven', kind: 'offer' });
  const a4 = await createActivity(db, s3, { name: 'Ledsager', kind: 'offer', staleSince: new Date('2025-02-01T08:00:00Z') });
  const a5 = await createActivity(db, s3, { name: 'Frivillig chauffør', kind: 'volunteer_role', administrationId: a!.id });
  const a6 = await createActivity(db, s4, { name: 'Kaffeklub', kind: 'offer' });
  const a7 = await createActivity(db, s3, { name: 'Sommerpause', kind: 'offer', status: 'paused', staleSince: new Date('2024-12-01T08:00:00Z') });
  await heldAt(db, a1, [valby.id]);
  await heldAt(db, a2, [valby.id, oesterbro.id]);
  await heldAt(db, a4, [oesterbro.id]);
  await heldAt(db, a5, [null]);
  await heldAt(db, a6, [valby.id]);
  await heldAt(db, a7, [oesterbro.id]);
  await tagged(db, a1, [aeldre!.id]);
  await tagged(db, a2, [aeldre!.id, unge!.id]);
  await tagged(db, a3, [unge!.id]);
  await tagged(db, a4, [aeldre!.id, category!.id]);
  await tagged(db, a6, [aeldre!.id]);
  await tagged(db, a7, [unge!.id]);
  return {
    adm: { a: a!.id, b: b!.id, c: c!.id },
    districts: { valby: valby.id, oesterbro: oesterbro.id },
    terms: { aeldre: aeldre!.id, unge: unge!.id, category: category!.id },
    associations: { s1, s2, s3, s4 },
    activities: { a1, a2, a3, a4, a5, a6, a7 },
  };
}

/** Five grants for 2025 and one for 2024. */
async function grantRows(db: Database, w: StatisticsWorld): Promise<void> {
  const { s1, s2, s3, s4 } = w.associations;
  await db.insert(grants).values([
    { associationId: s1.id, administrationId: w.adm.a, year: 2025, amountOre: 1_250_000, purpose: 'Besøgsvenner i Valby' },
    { associationId: s2.id, administrationId: w.adm.a, year: 2025, amountOre: 5_000_000, purpose: 'Sorggruppe' },
    { associationId: s1.id, administrationId: w.adm.a, year: 2025, amountOre: 725_050, purpose: 'Indkøbstur' },
    { associationId: s3.id, administrationId: w.adm.b, year: 2025, amountOre: 3_000_000, purpose: 'Ledsageordning' },
    { associationId: s4.id, administrationId: w.adm.c, year: 2025, amountOre: 100_000, purpose: 'Opstart' },
    { associationId: s1.id, administrationId: w.adm.a, year: 2024, amountOre: 9_999_900, purpose: 'Sidste år' },
  ]);
}

type Status = (typeof referrals.$inferSelect)['status'];
interface Step {
  to: Status;
  at: Date;
  /** For a forward: the new administration. */
  forwardTo?: string;
  actor?: string;
}

/** A referral with its events: created at `at` by `sender` (null: the citizen) to `receiver`. */
async function referral(
  db: Database,
  r: { source: 'staff' | 'api' | 'citizen'; sender: string | null; receiver: string; at: Date; dueAt: Date; steps: Step[] },
): Promise<void> {
  const forwards = r.steps.filter((s) => s.forwardTo);
  const holder = forwards.at(-1)?.forwardTo ?? r.receiver;
  const status = r.steps.at(-1)?.to ?? 'sent';
  const firstResponse = r.steps.find((s) => s.to === 'accepted' || s.to === 'declined' || s.to === 'forwarded');
  const closed = r.steps.find((s) => s.to === 'closed');
  const [row] = await db
    .insert(referrals)
    .values({
      reference: `S${randomBytes(4).toString('hex').toUpperCase()}`,
      source: r.source,
      receiverAdministrationId: holder,
      senderAdministrationId: r.sender,
      status,
      personal: 'sealed-placeholder',
      consentAt: r.at,
      dueAt: r.dueAt,
      firstResponseAt: firstResponse?.at ?? null,
      closedAt: closed?.at ?? null,
      createdAt: r.at,
      updatedAt: r.steps.at(-1)?.at ?? r.at,
    })
    .returning({ id: referrals.id });
  const events: (typeof referralEvents.$inferInsert)[] = [
    { referralId: row!.id, fromStatus: null, toStatus: 'sent', forwardedToAdministrationId: r.receiver, actorAdministrationId: r.sender, at: r.at },
  ];
  let from: Status = 'sent';
  let at = r.receiver;
  for (const step of r.steps) {
    events.push({
      referralId: row!.id,
      fromStatus: from,
      toStatus: step.to,
      forwardedToAdministrationId: step.forwardTo ?? null,
      actorAdministrationId: step.actor ?? at,
      comment: 'sealed-comment',
      at: step.at,
    });
    from = step.to;
    if (step.forwardTo) at = step.forwardTo;
  }
  await db.insert(referralEvents).values(events);
}

/** Eight referrals created in 2025 (Copenhagen), one in 2024, one in 2026. */
async function referralRows(db: Database, w: StatisticsWorld): Promise<void> {
  const { a, b, c } = w.adm;
  const half = (n: number) => new Date(D0 + n * DAY + DAY / 2);
  const due = day(5);
  // r1: A → B, accepted after 1 day, started on day 4, closed.
  await referral(db, { source: 'staff', sender: a, receiver: b, at: day(0), dueAt: due, steps: [
    { to: 'received', at: half(0) }, { to: 'accepted', at: day(1) }, { to: 'contacted', at: day(2) }, { to: 'started', at: day(4) }, { to: 'closed', at: day(10) },
  ] });
  // r2: A → B, declined after 3 days, closed on day 5.
  await referral(db, { source: 'staff', sender: a, receiver: b, at: day(0), dueAt: due, steps: [
    { to: 'received', at: half(0) }, { to: 'declined', at: day(3) }, { to: 'closed', at: day(5) },
  ] });
  // r3: B → A, forwarded to C after 2 days, accepted there, did not start on day 9.
  await referral(db, { source: 'staff', sender: b, receiver: a, at: day(0), dueAt: due, steps: [
    { to: 'received', at: half(0) }, { to: 'forwarded', at: day(2), forwardTo: c }, { to: 'received', at: day(3) }, { to: 'accepted', at: day(6) }, { to: 'not_started', at: day(9) },
  ] });
  // r4: B's case system → A, accepted after half a day; still open (no outcome).
  await referral(db, { source: 'api', sender: b, receiver: a, at: day(0), dueAt: due, steps: [{ to: 'received', at: new Date(D0 + DAY / 4) }, { to: 'accepted', at: half(0) }] });
  // r5: the citizen → A, received, never answered: overdue.
  await referral(db, { source: 'citizen', sender: null, receiver: a, at: day(0), dueAt: due, steps: [{ to: 'received', at: day(1) }] });
  // r6: the citizen → C, not even opened: overdue.
  await referral(db, { source: 'citizen', sender: null, receiver: c, at: day(0), dueAt: due, steps: [] });
  // r7: C → A, forwarded to B after 1 day, waiting there past its due time: overdue at B.
  await referral(db, { source: 'staff', sender: c, receiver: a, at: day(0), dueAt: day(6), steps: [{ to: 'received', at: half(0) }, { to: 'forwarded', at: day(1), forwardTo: b }] });
  // r8: A → C at 00:30 on 1 January 2025 Copenhagen time (23:30 UTC on New Year's Eve): counts in 2025. Accepted after 4 days.
  const newYear = new Date('2024-12-31T23:30:00Z');
  await referral(db, { source: 'staff', sender: a, receiver: c, at: newYear, dueAt: new Date(newYear.getTime() + 5 * DAY), steps: [
    { to: 'received', at: new Date(newYear.getTime() + DAY) }, { to: 'accepted', at: new Date(newYear.getTime() + 4 * DAY) },
  ] });
  // r10: A → B at 00:30 on 1 January 2026 Copenhagen time: belongs to 2026, overdue there.
  const nextYear = new Date('2025-12-31T23:30:00Z');
  await referral(db, { source: 'staff', sender: a, receiver: b, at: nextYear, dueAt: new Date(nextYear.getTime() + 7 * DAY), steps: [] });
  // r11: B → C in June 2024, accepted after 2 days, started, closed.
  const june = new Date('2024-06-03T08:00:00Z');
  await referral(db, { source: 'staff', sender: b, receiver: c, at: june, dueAt: new Date(june.getTime() + 5 * DAY), steps: [
    { to: 'received', at: june }, { to: 'accepted', at: new Date(june.getTime() + 2 * DAY) }, { to: 'contacted', at: new Date(june.getTime() + 3 * DAY) },
    { to: 'started', at: new Date(june.getTime() + 6 * DAY) }, { to: 'closed', at: new Date(june.getTime() + 30 * DAY) },
  ] });
}

type Booking = 'came' | 'away' | 'unrecorded' | 'waiting' | 'cancelled';

/** A session of `administrationId` starting at `start` (two hours), with bookings of the given kinds. */
async function session(db: Database, administrationId: string, start: Date, capacity: number, bookings: Booking[], status: 'published' | 'cancelled' = 'published'): Promise<void> {
  const [row] = await db
    .insert(advisorySessions)
    .values({
      slug: `moede-${randomBytes(4).toString('hex')}`,
      administrationId,
      topic: 'Rådgivning om foreninger',
      address: 'Vej 1',
      postalCode: '2500',
      city: 'Valby',
      startsAt: start,
      endsAt: new Date(start.getTime() + 2 * 60 * 60 * 1000),
      capacity,
      status,
      cancelledAt: status === 'cancelled' ? start : null,
    })
    .returning({ id: advisorySessions.id });
  if (bookings.length === 0) return;
  await db.insert(advisoryBookings).values(
    bookings.map((kind) => ({
      sessionId: row!.id,
      reference: randomBytes(6).toString('hex').toUpperCase(),
      status: kind === 'waiting' ? ('waiting' as const) : kind === 'cancelled' ? ('cancelled' as const) : ('confirmed' as const),
      personal: 'sealed-placeholder',
      cancelTokenHash: randomBytes(16).toString('hex'),
      consentAt: new Date(start.getTime() - 7 * DAY),
      attended: kind === 'came' ? true : kind === 'away' ? false : null,
      attendanceRecordedAt: kind === 'came' || kind === 'away' ? start : null,
    })),
  );
}

const times = <T>(n: number, value: T): T[] => Array.from({ length: n }, () => value);

/** Three sessions in 2025 (two of A's held, one of B's later), one cancelled, one in 2024. */
async function sessionRows(db: Database, w: StatisticsWorld): Promise<void> {
  const { a, b } = w.adm;
  await session(db, a, new Date('2025-04-10T14:00:00Z'), 10, [...times(5, 'came' as const), ...times(2, 'away' as const), 'unrecorded', 'waiting', 'waiting', 'cancelled']);
  await session(db, a, new Date('2025-09-01T14:00:00Z'), 5, [...times(4, 'came' as const), 'away', 'waiting']);
  await session(db, b, new Date('2025-11-15T14:00:00Z'), 20, times(3, 'unrecorded' as const));
  await session(db, b, new Date('2025-06-01T14:00:00Z'), 10, ['unrecorded', 'unrecorded'], 'cancelled');
  await session(db, a, new Date('2024-05-01T14:00:00Z'), 8, times(4, 'came' as const));
}

/** Builds the whole world in an empty database. */
export async function createStatisticsWorld(db: Database): Promise<StatisticsWorld> {
  const world = await directory(db);
  await grantRows(db, world);
  await referralRows(db, world);
  await sessionRows(db, world);
  return world;
}
