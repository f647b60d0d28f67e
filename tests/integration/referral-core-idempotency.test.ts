import { eq, like } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { referralEvents, referrals } from '../../db/schema';
import { createReferral } from '../../src/lib/referral';
import { useTestDatabase } from '../support/database';
import { createReferralWorld, newReferral, toActivity } from './referral-core-fixtures';

const t = useTestDatabase();

describe('referral idempotency', () => {
  it('makes one referral of the same request sent twice', async () => {
    const w = await createReferralWorld(t.db);
    const input = newReferral(toActivity(w.grief.id), { idempotencyKey: 'form-1' });
    const first = await createReferral(t.db, input, w.staffA);
    const again = await createReferral(t.db, input, w.staffA);
    expect(first.created).toBe(true);
    expect(again).toEqual({ id: first.id, reference: first.reference, created: false });
    expect(await t.db.select().from(referralEvents).where(eq(referralEvents.referralId, first.id))).toHaveLength(1);
  });

  it('makes one referral of ten identical requests at the same moment', async () => {
    const w = await createReferralWorld(t.db);
    const input = newReferral(toActivity(w.grief.id), { idempotencyKey: 'double-click' });
    const results = await Promise.all(Array.from({ length: 10 }, () => createReferral(t.db, input, w.staffA)));
    expect(new Set(results.map((r) => r.id)).size).toBe(1);
    expect(results.filter((r) => r.created)).toHaveLength(1);
    const rows = await t.db.select().from(referrals).where(like(referrals.idempotencyKey, `user:${w.staffA.user.id}:%`));
    expect(rows).toHaveLength(1);
    expect(await t.db.select().from(referralEvents).where(eq(referralEvents.referralId, rows[0]!.id))).toHaveLength(1);
  });

  it('keeps two senders’ keys apart, and makes a new referral without a key', async () => {
    const w = await createReferralWorld(t.db);
    const input = newReferral(toActivity(w.grief.id), { idempotencyKey: 'same-key' });
    const fromA = await createReferral(t.db, input, w.staffA);
    const fromC = await createReferral(t.db, input, w.staffC);
    expect(fromC.id).not.toBe(fromA.id);
    expect(fromC.created).toBe(true);
    const noKey = newReferral(toActivity(w.grief.id));
    const [one, two] = [await createReferral(t.db, noKey, w.staffA), await createReferral(t.db, noKey, w.staffA)];
    expect(one.id).not.toBe(two.id);
  });
});
