/**
 * The fixed procedure of a referral as a pure state machine: which action leads from which state
 * to which, and what it needs. Everything that changes a referral (pages, API, citizen entrance)
 * goes through `nextStatus`, so one rule holds everywhere (docs/decisions/012-referrals.md).
 *
 *   sent ─receive─▶ received ─accept─▶ accepted ─contact─▶ contacted ─start─▶ started ─close─▶ closed
 *     ▲                │ ╲─decline─▶ declined ─close─▶ closed          ╲─not_start─▶ not_started ─close─▶ closed
 *     │                ╲─forward─▶ forwarded (at the new administration; receive again)
 */
export const REFERRAL_STATUSES = ['sent', 'received', 'accepted', 'declined', 'forwarded', 'contacted', 'started', 'not_started', 'closed'] as const;
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];

export const REFERRAL_ACTIONS = ['receive', 'accept', 'decline', 'forward', 'contact', 'start', 'not_start', 'close'] as const;
export type ReferralAction = (typeof REFERRAL_ACTIONS)[number];

export const REFERRAL_REASONS = ['capacity', 'not_eligible', 'outside_area', 'not_reachable', 'citizen_declined', 'other'] as const;
export type ReferralReason = (typeof REFERRAL_REASONS)[number];

/** Who acts: the side that holds the referral now, or the side that sent it. */
export type ReferralSide = 'receiver' | 'sender';

interface Rule {
  from: readonly ReferralStatus[];
  to: ReferralStatus;
  /** Who may take the action. */
  by: readonly ReferralSide[];
  /** A reason from REFERRAL_REASONS is required (and a comment when it is `other`). */
  needsReason?: boolean;
  /** Another administration to send it on to is required. */
  needsTarget?: boolean;
}

export const RULES: Record<ReferralAction, Rule> = {
  receive: { from: ['sent', 'forwarded'], to: 'received', by: ['receiver'] },
  accept: { from: ['received'], to: 'accepted', by: ['receiver'] },
  decline: { from: ['received'], to: 'declined', by: ['receiver'], needsReason: true },
  forward: { from: ['received'], to: 'forwarded', by: ['receiver'], needsTarget: true },
  contact: { from: ['accepted'], to: 'contacted', by: ['receiver'] },
  start: { from: ['contacted'], to: 'started', by: ['receiver'] },
  not_start: { from: ['accepted', 'contacted'], to: 'not_started', by: ['receiver'], needsReason: true },
  close: { from: ['declined', 'started', 'not_started'], to: 'closed', by: ['receiver', 'sender'] },
};

/** Why an action cannot be taken; each has a Danish and English message in the catalogue. */
export type TransitionRefusal = 'not_allowed_from_status' | 'wrong_side' | 'reason_required' | 'comment_required' | 'target_required' | 'same_target';

export type TransitionCheck = { ok: true; to: ReferralStatus } | { ok: false; refusal: TransitionRefusal };

/**
 * Whether `action` may be taken on a referral in `status` by `side`, with what was given.
 * Pure: the caller then writes the change under a row lock, so two people acting at once end in
 * one consistent state (the second sees the new status and is refused or re-checked).
 */
export function nextStatus(
  status: ReferralStatus,
  action: ReferralAction,
  side: ReferralSide,
  given: { reason?: ReferralReason | null; comment?: string | null; forwardTo?: string | null; currentReceiver?: string } = {},
): TransitionCheck {
  const rule = RULES[action];
  if (!rule.from.includes(status)) return { ok: false, refusal: 'not_allowed_from_status' };
  if (!rule.by.includes(side)) return { ok: false, refusal: 'wrong_side' };
  if (rule.needsReason) {
    if (!given.reason) return { ok: false, refusal: 'reason_required' };
    if (given.reason === 'other' && !given.comment?.trim()) return { ok: false, refusal: 'comment_required' };
  }
  if (rule.needsTarget) {
    if (!given.forwardTo) return { ok: false, refusal: 'target_required' };
    if (given.forwardTo === given.currentReceiver) return { ok: false, refusal: 'same_target' };
  }
  return { ok: true, to: rule.to };
}

/** The actions `side` can take now, in the order a form offers them. */
export function availableActions(status: ReferralStatus, side: ReferralSide): ReferralAction[] {
  return REFERRAL_ACTIONS.filter((action) => RULES[action].from.includes(status) && RULES[action].by.includes(side));
}

/** The referral waits for its receiver's first answer (overdue counts against the response target). */
export function awaitsAnswer(status: ReferralStatus): boolean {
  return status === 'sent' || status === 'received' || status === 'forwarded';
}
