import { beforeAll, describe, expect, it } from 'vitest';
import { findPublishedActivity } from '../../src/lib/directory';
import { referralFiguresOf } from '../../src/lib/referral-stats';
import { useTestDatabase } from '../support/database';
import { createActivity, createAdministration, createAssociation } from '../support/fixtures';
import { daysAgo, insertReferral } from './referral-privacy-fixtures';

const t = useTestDatabase();
let sender: string;
let receiver: string;

/** An activity of its own, with closed referrals answered after these hours (accepted unless listed in `declined`). */
async function activityWith(replyHours: number[], declined: number[] = []) {
  const activity = await createActivity(t.db, await createAssociation(t.db, { administrationId: receiver }));
  for (const [i, hours] of replyHours.entries()) {
    await insertReferral(t.db, {
      sender,
      receiver,
      activityId: activity.id,
      citizen: { name: `Borger ${i}`, email: `borger${i}.tal@example.dk`, phone: null },
      replyHours: hours,
      accepted: !declined.includes(i),
      closedAt: daysAgo(2),
    });
  }
  return activity;
}

beforeAll(async () => {
  [sender, receiver] = (await Promise.all([createAdministration(t.db), createAdministration(t.db)])).map((a) => a.id) as [string, string];
});

describe('referral figures of an activity', () => {
  it('shows nothing below five closed referrals, however many are open', async () => {
    const activity = await activityWith([2, 3, 4, 5]);
    for (let i = 0; i < 3; i++) {
      await insertReferral(t.db, { sender, receiver, activityId: activity.id, citizen: { name: 'Åben', email: null, phone: '12345678' }, replyHours: 1 });
    }
    expect(await referralFiguresOf(t.db, activity.id)).toBeNull();
    expect((await findPublishedActivity(t.db, activity.slug))?.referralFigures).toBeNull();
  });

  it('shows the median reply time and the share accepted from five closed referrals', async () => {
    // Median of 2, 10, 24, 48, 72 hours is 24 hours; 3 of 5 accepted.
    const activity = await activityWith([48, 2, 72, 10, 24], [1, 3]);
    expect(await referralFiguresOf(t.db, activity.id)).toEqual({ count: 5, medianReplyHours: 24, acceptedShare: 0.6 });
    expect((await findPublishedActivity(t.db, activity.slug))?.referralFigures).toEqual({ count: 5, medianReplyHours: 24, acceptedShare: 0.6 });
  });

  it('takes the middle of an even number as the mean of the two middle times', async () => {
    const activity = await activityWith([1, 2, 3, 5, 100, 200]);
    expect(await referralFiguresOf(t.db, activity.id)).toMatchObject({ count: 6, medianReplyHours: 4, acceptedShare: 1 });
  });

  it("does not count a referral closed before any answer (closed on the citizen's request)", async () => {
    const activity = await activityWith([5, 5, 5, 5]);
    await insertReferral(t.db, { sender, receiver, activityId: activity.id, citizen: { name: 'Slettet', email: null, phone: null }, replyHours: null, closedAt: daysAgo(1) });
    expect(await referralFiguresOf(t.db, activity.id)).toBeNull();
  });
});
