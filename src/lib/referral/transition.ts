import { and, eq } from 'drizzle-orm';
import type { Database } from '../../../db/client';
import { administrations, associations, referralEvents, referrals, type Referral } from '../../../db/schema';
import { actorAdministration, actorAssociation, isVisibleTo, sideOf } from './actor';
import { findCprLike } from './cpr';
import { workingDaysAfter } from './days';
import { isUuid, type Tx } from './db';
import { CprRefused, InvalidReferral, InvalidTarget, NotAllowed, ReferralNotFound, StaleReferral, TransitionRefused } from './errors';
import { eventActor } from './events';
import { receivedBy } from './history';
import { forwardedMails, referralLink, type ReportedAction, updateMails } from './mails';
import { nextStatus, REFERRAL_ACTIONS, REFERRAL_REASONS, RULES, type ReferralSide, type ReferralStatus } from './machine';
import { sealComment } from './personal';
import { administrationRecipients, senderRecipients } from './recipients';
import type { ReferralActor, TransitionInput } from './types';
import { LIMITS } from './validate';

const REPORTED: readonly string[] = ['accept', 'decline', 'forward', 'start', 'not_start'] satisfies ReportedAction[];
const ANSWERS: readonly string[] = ['accept', 'decline', 'forward'];

/** Locks the row: whoever comes second waits here, then sees the first one's result. */
async function lock(tx: Tx, id: string): Promise<Referral> {
  const [row] = isUuid(id) ? await tx.select().from(referrals).where(eq(referrals.id, id)).for('update') : [];
  if (!row) throw new ReferralNotFound(`referral ${id} does not exist`);
  return row;
}

/** The actor's side, or NotAllowed (they see it, as an earlier receiver) / ReferralNotFound (they do not). */
async function sideFor(tx: Tx, row: Referral, actor: ReferralActor): Promise<ReferralSide> {
  const side = sideOf(row, actor);
  if (side) return side;
  const visible = isVisibleTo({ ...row, receivedBy: await receivedBy(tx, row.id) }, actor);
  if (visible) throw new NotAllowed(`actor may see referral ${row.id} but not act on it`);
  throw new ReferralNotFound(`referral ${row.id} is not visible to the actor`);
}

function cleanInput(input: TransitionInput) {
  if (!REFERRAL_ACTIONS.includes(input.action)) throw new InvalidReferral('action', 'choice');
  if (input.reason && !REFERRAL_REASONS.includes(input.reason)) throw new InvalidReferral('reason', 'choice');
  const comment = input.comment?.trim() || null;
  if (comment && comment.length > LIMITS.note) throw new InvalidReferral('comment', 'tooLong');
  if (comment && findCprLike(comment)) throw new CprRefused('comment');
  return { action: input.action, reason: input.reason ?? null, comment, forwardTo: input.forwardTo?.trim() || null };
}

async function nameOf(tx: Tx, administrationId: string | null, associationId: string | null): Promise<string> {
  if (associationId) {
    const [a] = await tx.select({ name: associations.name }).from(associations).where(eq(associations.id, associationId));
    if (a) return a.name;
  }
  if (!administrationId) return 'Indgang';
  const [a] = await tx.select({ name: administrations.nameDa }).from(administrations).where(eq(administrations.id, administrationId));
  return a?.name ?? 'Indgang';
}

/**
 * Takes one step of the fixed procedure (machine.ts) on a referral, under a row lock so that two
 * people acting at once end in one consistent state: the second sees the first one's status and
 * is refused unless the step is still allowed. Checks, in order: the referral exists and the actor
 * is on a side (ReferralNotFound, NotAllowed), the version they saw (StaleReferral), the input
 * (InvalidReferral, CprRefused), the machine (TransitionRefused), the forward target (InvalidTarget).
 * Writes the new status, version, the first answer and closing times, an event with the encrypted
 * comment, and queues mails: the sender side hears of accept, decline, forward, start and not
 * start; a forward also tells the new administration. A forward moves the referral to that
 * administration (no longer to the association) with a new due date; it is then received there.
 */
export async function transitionReferral(
  db: Database,
  input: TransitionInput,
  actor: ReferralActor,
  options: { requestUrl?: URL } = {},
): Promise<{ status: ReferralStatus; version: number }> {
  return db.transaction(async (tx) => {
    const row = await lock(tx, input.referralId);
    const side = await sideFor(tx, row, actor);
    if (input.expectedVersion != null && input.expectedVersion !== row.version) {
      throw new StaleReferral(`referral ${row.id} is at version ${row.version}, not ${input.expectedVersion}`);
    }
    const given = cleanInput(input);
    const check = nextStatus(row.status, given.action, side, { ...given, currentReceiver: row.receiverAdministrationId });
    if (!check.ok) throw new TransitionRefused(check.refusal, `${given.action} on ${row.status} by ${side} refused: ${check.refusal}`);

    const now = new Date();
    const change: Partial<typeof referrals.$inferInsert> = { status: check.to, version: row.version + 1, updatedAt: now };
    if (ANSWERS.includes(given.action) && !row.firstResponseAt) change.firstResponseAt = now;
    if (check.to === 'closed') change.closedAt = now;
    let target: { id: string; name: string; days: number } | undefined;
    if (given.action === 'forward') {
      [target] = isUuid(given.forwardTo!)
        ? await tx
            .select({ id: administrations.id, name: administrations.nameDa, days: administrations.responseTargetDays })
            .from(administrations)
            .where(eq(administrations.id, given.forwardTo!))
        : [];
      if (!target) throw new InvalidTarget(`administration ${given.forwardTo} is unknown`);
      Object.assign(change, { receiverAdministrationId: target.id, associationId: null, dueAt: workingDaysAfter(now, target.days) });
    }
    const [updated] = await tx
      .update(referrals)
      .set(change)
      .where(and(eq(referrals.id, row.id), eq(referrals.version, row.version)))
      .returning({ status: referrals.status, version: referrals.version });
    await tx.insert(referralEvents).values({
      referralId: row.id,
      fromStatus: row.status,
      toStatus: check.to,
      reason: RULES[given.action].needsReason ? given.reason : null,
      comment: sealComment(given.comment),
      forwardedToAdministrationId: target?.id ?? null,
      ...eventActor(actor, row.associationId),
      at: now,
    });

    if (REPORTED.includes(given.action)) {
      const link = referralLink(row.id, options.requestUrl);
      const by = await nameOf(tx, actorAdministration(actor), actorAssociation(actor, row.associationId));
      const own = actor.kind === 'user' ? actor.user.email.toLowerCase() : null;
      const to = (await senderRecipients(tx, row)).filter((address) => address !== own);
      await updateMails(tx, to, { reference: row.reference, action: given.action as ReportedAction, by, link });
      if (target) await forwardedMails(tx, await administrationRecipients(tx, target.id), { reference: row.reference, from: by, receiver: target.name, link });
    }
    return updated!;
  });
}
