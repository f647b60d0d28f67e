import { describe, expect, it } from 'vitest';
import { createReferral, getReferral, isVisibleTo, listInbox, NotAllowed, ReferralNotFound, transitionReferral } from '../../src/lib/referral';
import { useTestDatabase } from '../support/database';
import { createReferralWorld, newReferral, toActivity } from './referral-core-fixtures';

const t = useTestDatabase();

describe('referral isolation', () => {
  it('shows a referral only to the sender, the receiver and the association it was passed to', async () => {
    const w = await createReferralWorld(t.db);
    const { id } = await createReferral(t.db, newReferral(toActivity(w.visiting.id)), w.staffA);

    for (const outsider of [w.staffC, w.memberOther, w.admin, { kind: 'citizen' as const }]) {
      expect(await getReferral(t.db, id, outsider, 'view')).toBeNull();
    }
    for (const outsider of [w.staffC, w.memberOther, w.admin]) {
      expect(await listInbox(t.db, outsider, 'received', { status: 'all' })).toEqual([]);
      expect(await listInbox(t.db, outsider, 'sent', { status: 'all' })).toEqual([]);
    }
    expect(await getReferral(t.db, id, w.staffA, 'view')).toMatchObject({ id, viewerSide: 'sender', actions: [] });
    expect(await getReferral(t.db, id, w.memberDirect, 'print')).toMatchObject({ id, viewerSide: 'receiver' });
    expect(await getReferral(t.db, id, w.staffB, 'view')).toMatchObject({ id, viewerSide: 'receiver' });
  });

  it('refuses a transition by an outsider as if the referral did not exist', async () => {
    const w = await createReferralWorld(t.db);
    const { id } = await createReferral(t.db, newReferral(toActivity(w.visiting.id)), w.staffA);
    for (const outsider of [w.staffC, w.memberOther, w.admin, { kind: 'citizen' as const }]) {
      await expect(transitionReferral(t.db, { referralId: id, action: 'receive' }, outsider)).rejects.toBeInstanceOf(ReferralNotFound);
    }
    await expect(transitionReferral(t.db, { referralId: 'nonsense', action: 'receive' }, w.staffB)).rejects.toBeInstanceOf(ReferralNotFound);
  });

  it('lets a case system act for its own administration only', async () => {
    const w = await createReferralWorld(t.db);
    const apiB = { kind: 'api' as const, tokenId: crypto.randomUUID(), administrationId: w.b.id, name: 'Fagsystem B' };
    const apiC = { kind: 'api' as const, tokenId: crypto.randomUUID(), administrationId: w.c.id, name: 'Fagsystem C' };
    const { id } = await createReferral(t.db, newReferral(toActivity(w.grief.id)), w.staffA);
    expect(await getReferral(t.db, id, apiC, 'api_view')).toBeNull();
    expect(await getReferral(t.db, id, apiB, 'api_view')).toMatchObject({ id, viewerSide: 'receiver', status: 'sent' });
    expect(await transitionReferral(t.db, { referralId: id, action: 'receive' }, apiB)).toEqual({ status: 'received', version: 2 });
  });

  it('keeps the association out once the referral is forwarded, and the earlier receiver reading only', async () => {
    const w = await createReferralWorld(t.db);
    const { id } = await createReferral(t.db, newReferral(toActivity(w.visiting.id)), w.staffA);
    await transitionReferral(t.db, { referralId: id, action: 'receive' }, w.staffB);
    await transitionReferral(t.db, { referralId: id, action: 'forward', forwardTo: w.c.id }, w.staffB);
    expect(await getReferral(t.db, id, w.memberDirect, 'view')).toBeNull();
    expect(await listInbox(t.db, w.memberDirect, 'received', { status: 'all' })).toEqual([]);
    expect(await getReferral(t.db, id, w.staffB, 'view')).toMatchObject({ id, actions: [] });
    await expect(transitionReferral(t.db, { referralId: id, action: 'receive' }, w.staffB)).rejects.toBeInstanceOf(NotAllowed);
  });

  it('decides visibility from the parties alone', () => {
    const parties = { senderAdministrationId: 'A', receiverAdministrationId: 'B', associationId: 'X', receivedBy: ['C', 'B'] };
    const staff = (administrationId: string) => ({ kind: 'user' as const, user: { id: '1', email: 'x@example.dk', name: 'X', role: 'staff' as const, administrationId, associationIds: [], isDemo: false } });
    const member = (associationId: string) => ({ kind: 'user' as const, user: { id: '2', email: 'y@example.dk', name: 'Y', role: 'member' as const, administrationId: null, associationIds: [associationId], isDemo: false } });
    expect(['A', 'B', 'C', 'D'].map((a) => isVisibleTo(parties, staff(a)))).toEqual([true, true, true, false]);
    expect(isVisibleTo(parties, member('X'))).toBe(true);
    expect(isVisibleTo(parties, member('Y'))).toBe(false);
    expect(isVisibleTo(parties, { kind: 'citizen' })).toBe(false);
  });
});
