import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { referralEvents, referrals } from '../../db/schema';
import { listMails } from '../../src/lib/mail';
import {
  CprRefused,
  createReferral,
  getReferral,
  InvalidTarget,
  listInbox,
  ReferralError,
  StaleReferral,
  transitionReferral,
  TransitionRefused,
} from '../../src/lib/referral';
import { useTestDatabase } from '../support/database';
import { CITIZEN, createReferralWorld, newReferral, toActivity } from './referral-core-fixtures';

const t = useTestDatabase();

async function receivedReferral() {
  const w = await createReferralWorld(t.db);
  const created = await createReferral(t.db, newReferral(toActivity(w.grief.id)), w.staffA);
  await transitionReferral(t.db, { referralId: created.id, action: 'receive' }, w.staffB);
  return { w, ...created };
}

const events = (id: string) => t.db.select().from(referralEvents).where(eq(referralEvents.referralId, id)).orderBy(referralEvents.id);

describe('referral transitions', () => {
  it('walks the whole loop and tells the sender of the answer and the outcome', async () => {
    const { w, id, reference } = await receivedReferral();
    await transitionReferral(t.db, { referralId: id, action: 'accept' }, w.staffB);
    await transitionReferral(t.db, { referralId: id, action: 'contact' }, w.staffB);
    await transitionReferral(t.db, { referralId: id, action: 'start', comment: CITIZEN.comment }, w.coordinatorB);
    expect(await transitionReferral(t.db, { referralId: id, action: 'close' }, w.staffA)).toEqual({ status: 'closed', version: 6 });
    const [row] = await t.db.select().from(referrals).where(eq(referrals.id, id));
    expect(row!.firstResponseAt).not.toBeNull();
    expect(row!.closedAt).not.toBeNull();
    expect((await events(id)).map((e) => e.toStatus)).toEqual(['sent', 'received', 'accepted', 'contacted', 'started', 'closed']);
    const toSender = (await listMails(t.db, { to: w.staffA.user.email })).filter((m) => m.subject.includes(reference));
    expect(toSender.map((m) => m.subject).sort()).toEqual([`Henvisning ${reference}: accepteret`, `Henvisning ${reference}: borgeren er startet`]);
    for (const mail of toSender) expect(mail.body).not.toContain(CITIZEN.comment);
    expect(await listInbox(t.db, w.staffB, 'received', { status: 'closed' })).toHaveLength(1);
  });

  it('refuses what the procedure does not allow, with the reason', async () => {
    const { w, id } = await receivedReferral();
    const refusal = (p: Promise<unknown>) => p.then(() => null, (e: unknown) => (e instanceof TransitionRefused ? e.refusal : e));
    expect(await refusal(transitionReferral(t.db, { referralId: id, action: 'start' }, w.staffB))).toBe('not_allowed_from_status');
    expect(await refusal(transitionReferral(t.db, { referralId: id, action: 'accept' }, w.staffA))).toBe('wrong_side');
    expect(await refusal(transitionReferral(t.db, { referralId: id, action: 'decline' }, w.staffB))).toBe('reason_required');
    expect(await refusal(transitionReferral(t.db, { referralId: id, action: 'decline', reason: 'other' }, w.staffB))).toBe('comment_required');
    expect(await refusal(transitionReferral(t.db, { referralId: id, action: 'forward' }, w.staffB))).toBe('target_required');
    expect(await refusal(transitionReferral(t.db, { referralId: id, action: 'forward', forwardTo: w.b.id }, w.staffB))).toBe('same_target');
    await expect(transitionReferral(t.db, { referralId: id, action: 'forward', forwardTo: crypto.randomUUID() }, w.staffB)).rejects.toBeInstanceOf(InvalidTarget);
    await expect(transitionReferral(t.db, { referralId: id, action: 'accept', comment: 'cpr 010190-1234' }, w.staffB)).rejects.toBeInstanceOf(CprRefused);
    expect((await events(id)).map((e) => e.toStatus)).toEqual(['sent', 'received']);
  });

  it('refuses a change made on an old version of the referral', async () => {
    const { w, id } = await receivedReferral();
    await expect(transitionReferral(t.db, { referralId: id, action: 'accept', expectedVersion: 1 }, w.staffB)).rejects.toBeInstanceOf(StaleReferral);
    expect(await transitionReferral(t.db, { referralId: id, action: 'accept', expectedVersion: 2 }, w.staffB)).toEqual({ status: 'accepted', version: 3 });
  });

  it('lets one of two accepts at the same moment through and refuses the other', async () => {
    const { w, id } = await receivedReferral();
    const results = await Promise.allSettled([
      transitionReferral(t.db, { referralId: id, action: 'accept' }, w.staffB),
      transitionReferral(t.db, { referralId: id, action: 'accept' }, w.coordinatorB),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const rejected = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(rejected.reason).toBeInstanceOf(TransitionRefused);
    expect((await events(id)).filter((e) => e.toStatus === 'accepted')).toHaveLength(1);
  });

  it('ends an accept and a decline at the same moment in one consistent state with one event', async () => {
    const { w, id } = await receivedReferral();
    const results = await Promise.allSettled([
      transitionReferral(t.db, { referralId: id, action: 'accept' }, w.staffB),
      transitionReferral(t.db, { referralId: id, action: 'decline', reason: 'capacity' }, w.coordinatorB),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect((results.find((r) => r.status === 'rejected') as PromiseRejectedResult).reason).toBeInstanceOf(ReferralError);
    const [row] = await t.db.select().from(referrals).where(eq(referrals.id, id));
    const answers = (await events(id)).filter((e) => e.fromStatus === 'received');
    expect(answers).toHaveLength(1);
    expect(row!.status).toBe(answers[0]!.toStatus);
    expect(row!.version).toBe(3);
  });

  it('forwards with the whole history, to a new receiver who then receives it', async () => {
    const { w, id, reference } = await receivedReferral();
    await transitionReferral(t.db, { referralId: id, action: 'forward', forwardTo: w.c.id, comment: CITIZEN.comment }, w.staffB);
    const [row] = await t.db.select().from(referrals).where(eq(referrals.id, id));
    expect(row).toMatchObject({ status: 'forwarded', receiverAdministrationId: w.c.id, associationId: null });
    expect((await listInbox(t.db, w.staffC, 'received')).map((i) => i.id)).toEqual([id]);
    expect(await listInbox(t.db, w.staffB, 'received')).toEqual([]);
    expect((await listMails(t.db, { to: w.c.email! })).map((m) => m.subject)).toContain(`Henvisning ${reference} er sendt videre til jer`);
    expect((await listMails(t.db, { to: w.staffA.user.email })).map((m) => m.subject)).toContain(`Henvisning ${reference}: sendt videre`);

    // Opening it in the portal receives it at the new administration.
    const detail = (await getReferral(t.db, id, w.staffC, 'view'))!;
    expect(detail.status).toBe('received');
    expect(detail.actions).toEqual(['accept', 'decline', 'forward']);
    expect(detail.timeline.map((e) => e.toStatus)).toEqual(['sent', 'received', 'forwarded', 'received']);
    expect(detail.timeline[2]).toMatchObject({ comment: CITIZEN.comment, forwardedToName: w.c.nameDa, actorName: 'Bo Sagsbehandler', actorOrganisation: w.b.nameDa });
    expect((await getReferral(t.db, id, w.staffB, 'view'))!.timeline).toHaveLength(4);
    expect((await getReferral(t.db, id, w.staffA, 'view'))!.viewerSide).toBe('sender');
  });

  it('marks a referral received when its receiver opens it, but not when the sender does', async () => {
    const w = await createReferralWorld(t.db);
    const { id } = await createReferral(t.db, newReferral(toActivity(w.visiting.id)), w.staffA);
    expect((await getReferral(t.db, id, w.staffA, 'view'))!.status).toBe('sent');
    expect((await getReferral(t.db, id, w.memberDirect, 'print'))!.status).toBe('sent');
    const opened = (await getReferral(t.db, id, w.memberDirect, 'view'))!;
    expect(opened).toMatchObject({ status: 'received', version: 2, actions: ['accept', 'decline', 'forward'] });
    expect((await events(id)).at(-1)).toMatchObject({ toStatus: 'received', actorUserId: w.memberDirect.user.id, actorAssociationId: w.direct.id });
  });
});
