import { describe, expect, it } from 'vitest';
import { availableActions, nextStatus, REFERRAL_ACTIONS, REFERRAL_STATUSES, type ReferralAction, type ReferralStatus, RULES } from './machine';

/** The procedure as the issue writes it: every allowed (status, action) → status. */
const ALLOWED: [ReferralStatus, ReferralAction, ReferralStatus][] = [
  ['sent', 'receive', 'received'],
  ['forwarded', 'receive', 'received'],
  ['received', 'accept', 'accepted'],
  ['received', 'decline', 'declined'],
  ['received', 'forward', 'forwarded'],
  ['accepted', 'contact', 'contacted'],
  ['contacted', 'start', 'started'],
  ['accepted', 'not_start', 'not_started'],
  ['contacted', 'not_start', 'not_started'],
  ['declined', 'close', 'closed'],
  ['started', 'close', 'closed'],
  ['not_started', 'close', 'closed'],
];

const given = { reason: 'capacity' as const, comment: 'x', forwardTo: 'B', currentReceiver: 'A' };

describe('the referral procedure', () => {
  it('allows exactly the transitions of the procedure, and refuses every other one', () => {
    for (const status of REFERRAL_STATUSES) {
      for (const action of REFERRAL_ACTIONS) {
        const expected = ALLOWED.find(([s, a]) => s === status && a === action);
        const side = RULES[action].by[0]!;
        const result = nextStatus(status, action, side, given);
        if (expected) expect(result, `${status} --${action}-->`).toEqual({ ok: true, to: expected[2] });
        else expect(result, `${status} --${action}-->`).toEqual({ ok: false, refusal: 'not_allowed_from_status' });
      }
    }
  });

  it('lets only the receiver act on the referral, and either side close it', () => {
    expect(nextStatus('received', 'accept', 'sender')).toEqual({ ok: false, refusal: 'wrong_side' });
    expect(nextStatus('started', 'close', 'sender')).toEqual({ ok: true, to: 'closed' });
    expect(nextStatus('started', 'close', 'receiver')).toEqual({ ok: true, to: 'closed' });
  });

  it('needs a reason to decline or record "not started", and a comment with the reason "other"', () => {
    expect(nextStatus('received', 'decline', 'receiver')).toEqual({ ok: false, refusal: 'reason_required' });
    expect(nextStatus('contacted', 'not_start', 'receiver', { reason: 'other', comment: '  ' })).toEqual({ ok: false, refusal: 'comment_required' });
    expect(nextStatus('contacted', 'not_start', 'receiver', { reason: 'other', comment: 'Flyttet' })).toEqual({ ok: true, to: 'not_started' });
  });

  it('needs another administration to forward to', () => {
    expect(nextStatus('received', 'forward', 'receiver')).toEqual({ ok: false, refusal: 'target_required' });
    expect(nextStatus('received', 'forward', 'receiver', { forwardTo: 'A', currentReceiver: 'A' })).toEqual({ ok: false, refusal: 'same_target' });
  });

  it('offers each side only what it can do now', () => {
    expect(availableActions('received', 'receiver')).toEqual(['accept', 'decline', 'forward']);
    expect(availableActions('received', 'sender')).toEqual([]);
    expect(availableActions('closed', 'receiver')).toEqual([]);
  });
});
