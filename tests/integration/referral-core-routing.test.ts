import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { referralEvents, referrals, routingRules, taxonomyTerms } from '../../db/schema';
import { listMails } from '../../src/lib/mail';
import { createReferral, InvalidTarget, listInbox, NotAllowed, receiverFor, suggestReceiver, workingDaysAfter } from '../../src/lib/referral';
import { useTestDatabase } from '../support/database';
import { CITIZEN, createReferralWorld, makeOverdue, newReferral, toActivity, toAdministration } from './referral-core-fixtures';

const t = useTestDatabase();

describe('referral routing', () => {
  it('sends a referral to an activity that takes referrals to its administration and its association', async () => {
    const w = await createReferralWorld(t.db);
    expect(await receiverFor(t.db, toActivity(w.visiting.id))).toEqual({ administrationId: w.b.id, associationId: w.direct.id });
    const { id, created } = await createReferral(t.db, newReferral(toActivity(w.visiting.id)), w.staffA);
    expect(created).toBe(true);
    const [row] = await t.db.select().from(referrals).where(eq(referrals.id, id));
    expect(row).toMatchObject({ receiverAdministrationId: w.b.id, associationId: w.direct.id, senderAdministrationId: w.a.id, senderUserId: w.staffA.user.id, status: 'sent', source: 'staff', version: 1 });
    expect((await listInbox(t.db, w.staffB, 'received')).map((i) => i.id)).toEqual([id]);
    expect((await listInbox(t.db, w.memberDirect, 'received')).map((i) => i.id)).toEqual([id]);
    expect((await listInbox(t.db, w.staffA, 'sent')).map((i) => i.id)).toEqual([id]);
  });

  it('sends a referral to an activity that does not take referrals to its administration only', async () => {
    const w = await createReferralWorld(t.db);
    const { id } = await createReferral(t.db, newReferral(toActivity(w.grief.id)), w.staffA);
    const [row] = await t.db.select().from(referrals).where(eq(referrals.id, id));
    expect(row).toMatchObject({ receiverAdministrationId: w.b.id, associationId: null, activityId: w.grief.id });
    expect(await listInbox(t.db, w.memberOther, 'received')).toEqual([]);
  });

  it('sends a referral to an administration to that administration', async () => {
    const w = await createReferralWorld(t.db);
    const { id } = await createReferral(t.db, newReferral(toAdministration(w.c.id)), w.staffA);
    const [row] = await t.db.select().from(referrals).where(eq(referrals.id, id));
    expect(row).toMatchObject({ receiverAdministrationId: w.c.id, associationId: null, activityId: null });
    expect((await listInbox(t.db, w.staffC, 'received')).map((i) => i.id)).toEqual([id]);
  });

  it('refuses an unknown or unpublished activity and an unknown administration', async () => {
    const w = await createReferralWorld(t.db);
    const before = (await t.db.select().from(referrals)).length;
    await expect(createReferral(t.db, newReferral(toActivity(w.draft.id)), w.staffA)).rejects.toBeInstanceOf(InvalidTarget);
    await expect(createReferral(t.db, newReferral(toActivity('not-an-id')), w.staffA)).rejects.toBeInstanceOf(InvalidTarget);
    await expect(receiverFor(t.db, toAdministration('00000000-0000-4000-8000-000000000000'))).rejects.toBeInstanceOf(InvalidTarget);
    expect(await t.db.select().from(referrals)).toHaveLength(before);
  });

  it('suggests the receiver from the routing table, by the first term that has a rule', async () => {
    const w = await createReferralWorld(t.db);
    const [lonely, sport, art] = await t.db
      .insert(taxonomyTerms)
      .values(['ensomme-x', 'motion-x', 'kunst-x'].map((slug) => ({ taxonomy: 'category' as const, slug, nameDa: slug, nameEn: slug })))
      .returning();
    await t.db.insert(routingRules).values([
      { termId: lonely!.id, administrationId: w.b.id },
      { termId: sport!.id, administrationId: w.a.id },
    ]);
    expect(await suggestReceiver(t.db, [art!.id, sport!.id, lonely!.id])).toEqual({ administrationId: w.a.id, termId: sport!.id });
    expect(await suggestReceiver(t.db, [lonely!.id])).toEqual({ administrationId: w.b.id, termId: lonely!.id });
    expect(await suggestReceiver(t.db, [art!.id])).toBeNull();
    expect(await suggestReceiver(t.db, [])).toBeNull();
  });

  it('sets the due date from the receiver’s response target in working days', async () => {
    const w = await createReferralWorld(t.db);
    const before = new Date();
    const { id } = await createReferral(t.db, newReferral(toActivity(w.grief.id), { urgency: 'urgent' }), w.staffA);
    const [row] = await t.db.select().from(referrals).where(eq(referrals.id, id));
    expect(row!.dueAt.getTime()).toBe(workingDaysAfter(before, 5).getTime());
  });

  it('writes the first event and tells the receivers, without personal data in the mails', async () => {
    const w = await createReferralWorld(t.db);
    const { id, reference } = await createReferral(t.db, newReferral(toActivity(w.visiting.id)), w.staffA, { requestUrl: new URL('http://portal.example.dk/') });
    const events = await t.db.select().from(referralEvents).where(eq(referralEvents.referralId, id));
    expect(events).toMatchObject([{ fromStatus: null, toStatus: 'sent', actorUserId: w.staffA.user.id, actorAdministrationId: w.a.id }]);
    const mails = (await listMails(t.db)).filter((m) => m.subject.includes(reference));
    const to = mails.map((m) => m.to).sort();
    expect(to).toEqual(
      [w.b.email!, w.coordinatorB.user.email, w.direct.email!, w.memberDirect.user.email].map((e) => e.toLowerCase()).sort(),
    );
    for (const mail of mails) {
      expect(mail.subject).toBe(`Ny henvisning ${reference}`);
      expect(mail.body).toContain(`/henvisninger/${id}`);
      for (const secret of [CITIZEN.name, 'Testesen', CITIZEN.email, CITIZEN.phone, CITIZEN.needs, CITIZEN.note]) expect(mail.body).not.toContain(secret);
    }
  });

  it('sorts an inbox by urgency, then age, and marks what is overdue', async () => {
    const w = await createReferralWorld(t.db);
    const first = await createReferral(t.db, newReferral(toActivity(w.grief.id), { urgency: 'normal' }), w.staffA);
    const second = await createReferral(t.db, newReferral(toActivity(w.grief.id), { urgency: 'urgent' }), w.staffA);
    const third = await createReferral(t.db, newReferral(toActivity(w.grief.id), { urgency: 'normal' }), w.staffA);
    await makeOverdue(t.db, first.id);
    const inbox = await listInbox(t.db, w.staffB, 'received');
    expect(inbox.map((i) => i.id)).toEqual([second.id, first.id, third.id]);
    expect(inbox.map((i) => i.overdue)).toEqual([false, true, false]);
    expect(await listInbox(t.db, w.staffB, 'received', { status: 'closed' })).toEqual([]);
  });

  it('lets only staff and coordinators send from the portal', async () => {
    const w = await createReferralWorld(t.db);
    await expect(createReferral(t.db, newReferral(toActivity(w.grief.id)), w.memberDirect)).rejects.toBeInstanceOf(NotAllowed);
    await expect(createReferral(t.db, newReferral(toActivity(w.grief.id)), w.admin)).rejects.toBeInstanceOf(NotAllowed);
    const fromCoordinator = await createReferral(t.db, newReferral(toActivity(w.grief.id)), w.coordinatorB);
    expect(fromCoordinator.created).toBe(true);
  });
});
