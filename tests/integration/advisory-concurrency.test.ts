import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase, type Database } from '../../db/client';
import { AdvisoryError, bookSeat, type BookingReceipt, findPublicSession } from '../../src/lib/advisory';
import { useTestDatabase } from '../support/database';
import { type AdvisoryWorld, bookMany, booking, createAdvisoryWorld, ORIGIN, publishOne, rawBookings } from './advisory-fixtures';

const t = useTestDatabase();
let world: AdvisoryWorld;
// A pool of its own with many connections, so that the 40 bookings really run side by side, as
// they would from several app instances: each waits on the session's row lock, not on a connection.
let pool: Database;

beforeAll(async () => {
  world = await createAdvisoryWorld(t.db);
  pool = createDatabase(t.url, { max: 20 });
});

afterAll(async () => {
  await pool.$client.end();
});

/** Fires `count` bookings at once; each settles to its receipt or its AdvisoryError code. */
async function rush(sessionId: string, count: number): Promise<(BookingReceipt | string)[]> {
  const results = await Promise.allSettled(Array.from({ length: count }, () => bookSeat(pool, sessionId, booking(), ORIGIN)));
  return results.map((r) => {
    if (r.status === 'fulfilled') return r.value;
    if (r.reason instanceof AdvisoryError) return r.reason.code;
    throw r.reason;
  });
}

describe('many bookings at once at the last seats', () => {
  it('gives exactly the two last seats, and puts the other 38 on the waiting list in one unbroken order', async () => {
    const session = await publishOne(t.db, world, { capacity: 5 });
    await bookMany(t.db, session.id, 3);

    const results = await rush(session.id, 40);
    const receipts = results.filter((r): r is BookingReceipt => typeof r !== 'string');
    expect(receipts).toHaveLength(40);
    expect(receipts.filter((r) => r.status === 'confirmed')).toHaveLength(2);
    const waiting = receipts.filter((r) => r.status === 'waiting');
    expect(waiting).toHaveLength(38);
    // Every place on the list given once: 1, 2, …, 38.
    expect(waiting.map((r) => r.position).sort((a, b) => a! - b!)).toEqual(Array.from({ length: 38 }, (_, i) => i + 1));

    const rows = await rawBookings(t.db, session.id);
    expect(rows.filter((r) => r.status === 'confirmed')).toHaveLength(5);
    expect(rows.filter((r) => r.status === 'waiting')).toHaveLength(38);
    // The stored order of the waiting list is the order in which the positions were handed out.
    const byCreated = rows.filter((r) => r.status === 'waiting').sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id));
    const positionOf = new Map(waiting.map((r) => [r.bookingId, r.position]));
    expect(byCreated.map((r) => positionOf.get(r.id))).toEqual(Array.from({ length: 38 }, (_, i) => i + 1));
    expect(await findPublicSession(t.db, session.slug)).toMatchObject({ seatsLeft: 0, waiting: 38 });
  });

  it('without a waiting list: exactly two get a seat and 38 are told it is full', async () => {
    const session = await publishOne(t.db, world, { capacity: 5, waitingList: false });
    await bookMany(t.db, session.id, 3);

    const results = await rush(session.id, 40);
    expect(results.filter((r) => typeof r !== 'string' && r.status === 'confirmed')).toHaveLength(2);
    expect(results.filter((r) => r === 'full')).toHaveLength(38);
    const rows = await rawBookings(t.db, session.id);
    expect(rows).toHaveLength(5);
    expect(rows.every((r) => r.status === 'confirmed')).toBe(true);
  });

  it('never confirms more than the capacity over repeated rushes at an empty session', async () => {
    for (const capacity of [1, 3, 7]) {
      const session = await publishOne(t.db, world, { capacity });
      await rush(session.id, 25);
      const confirmed = (await rawBookings(t.db, session.id)).filter((r) => r.status === 'confirmed');
      expect(confirmed).toHaveLength(capacity);
    }
  });
});
