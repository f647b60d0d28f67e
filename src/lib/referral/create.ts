import { eq, inArray, sql } from 'drizzle-orm';
import type { Database } from '../../../db/client';
import { administrations, associations, referralEvents, referrals, taxonomyTerms } from '../../../db/schema';
import { isStaff } from '../access/policy';
import { actorAdministration, actorScope } from './actor';
import { workingDaysAfter } from './days';
import { pgError, type Tx } from './db';
import { InvalidReferral, NotAllowed } from './errors';
import { eventActor } from './events';
import { newReferralMails, referralLink } from './mails';
import { sealPersonal } from './personal';
import { administrationRecipients, associationRecipients } from './recipients';
import { referenceCode } from './reference';
import { receiverFor } from './route';
import type { NewReferralInput, ReferralActor } from './types';
import { validateNewReferral } from './validate';

type Created = { id: string; reference: string; created: boolean };

/** Who may send: staff and coordinators (for their administration), a case system's token, a citizen. Not members, not admins. */
function source(actor: ReferralActor): 'staff' | 'api' | 'citizen' {
  if (actor.kind === 'api') return 'api';
  if (actor.kind === 'citizen') return 'citizen';
  if (!isStaff(actor.user) || !actor.user.administrationId) throw new NotAllowed(`user ${actor.user.id} (${actor.user.role}) may not send referrals`);
  return 'staff';
}

async function existing(db: Database | Tx, key: string): Promise<Created | null> {
  const [row] = await db.select({ id: referrals.id, reference: referrals.reference }).from(referrals).where(eq(referrals.idempotencyKey, key));
  return row ? { ...row, created: false } : null;
}

/**
 * Inserts the row under a fresh reference. A reference collision (1 in 10^13) is retried inside a
 * savepoint; a concurrent request with the same idempotency key waits on the unique index and then
 * inserts nothing (ON CONFLICT DO NOTHING), so it returns null and the caller reads the first one.
 */
async function insertRow(tx: Tx, values: Omit<typeof referrals.$inferInsert, 'reference'>): Promise<{ id: string; reference: string } | null> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await tx.transaction(async (savepoint) => {
        const [row] = await savepoint
          .insert(referrals)
          .values({ ...values, reference: referenceCode() })
          .onConflictDoNothing({ target: referrals.idempotencyKey, where: sql.raw('idempotency_key is not null') })
          .returning({ id: referrals.id, reference: referrals.reference });
        return row ?? null;
      });
    } catch (error) {
      const { code, constraint } = pgError(error);
      if (code !== '23505' || constraint !== 'referrals_reference_unique' || attempt >= 4) throw error;
    }
  }
}

/**
 * Sends a referral: checks it (CprRefused, InvalidReferral, InvalidTarget, NotAllowed), routes it
 * (`receiverFor`), seals the citizen's details, and in ONE transaction stores it with its first
 * event (→ sent) and queues "Ny henvisning <reference>" to the receiving administration, and to
 * the association when the activity takes referrals directly. Idempotent: the same
 * `idempotencyKey` from the same actor returns the first referral with `created: false`, also
 * when the requests race. `requestUrl` makes the link in the mails absolute (PUBLIC_URL wins).
 */
export async function createReferral(db: Database, input: NewReferralInput, actor: ReferralActor, options: { requestUrl?: URL } = {}): Promise<Created> {
  const from = source(actor);
  const clean = validateNewReferral(input);
  // Scoped by the actor: another sender's key, however chosen, never finds this referral.
  const key = clean.idempotencyKey ? `${actorScope(actor)}:${clean.idempotencyKey}` : null;
  if (key) {
    const first = await existing(db, key);
    if (first) return first;
  }
  return db.transaction(async (tx) => {
    const receiver = await receiverFor(tx, clean.target);
    if (clean.termIds.length > 0) {
      const known = await tx.select({ id: taxonomyTerms.id }).from(taxonomyTerms).where(inArray(taxonomyTerms.id, clean.termIds));
      if (known.length !== clean.termIds.length) throw new InvalidReferral('termIds', 'unknownTerm');
    }
    const [administration] = await tx
      .select({ name: administrations.nameDa, days: administrations.responseTargetDays })
      .from(administrations)
      .where(eq(administrations.id, receiver.administrationId));
    const now = new Date();
    const dueAt = workingDaysAfter(now, administration!.days);
    const sealed = sealPersonal({ citizen: clean.citizen, consent: clean.consent, noteToReceiver: clean.noteToReceiver });
    const row = await insertRow(tx, {
      source: from,
      purpose: clean.purpose,
      activityId: clean.target.kind === 'activity' ? clean.target.activityId : null,
      associationId: receiver.associationId,
      receiverAdministrationId: receiver.administrationId,
      senderAdministrationId: actorAdministration(actor),
      senderUserId: actor.kind === 'user' ? actor.user.id : null,
      urgency: clean.urgency,
      termIds: clean.termIds,
      ...sealed,
      consentAt: clean.consent.givenAt,
      idempotencyKey: key,
      dueAt,
      createdAt: now,
      updatedAt: now,
    });
    if (!row) {
      // Lost the race for the key: the winner has committed (we waited for it), so it is there to read.
      const first = await existing(tx, key!);
      if (!first) throw new Error(`referral with idempotency key of ${actorScope(actor)} vanished`);
      return first;
    }
    await tx.insert(referralEvents).values({
      referralId: row.id,
      fromStatus: null,
      toStatus: 'sent',
      // On the first event this is the administration it was sent to: `receivedBy` reads it from here.
      forwardedToAdministrationId: receiver.administrationId,
      ...eventActor(actor, null),
      at: now,
    });
    let to = await administrationRecipients(tx, receiver.administrationId);
    let receiverName = administration!.name;
    if (receiver.associationId) {
      to = [...new Set([...to, ...(await associationRecipients(tx, receiver.associationId))])];
      const [association] = await tx.select({ name: associations.name }).from(associations).where(eq(associations.id, receiver.associationId));
      receiverName = `${receiverName} / ${association?.name ?? ''}`;
    }
    await newReferralMails(tx, to, { reference: row.reference, receiver: receiverName, urgency: clean.urgency, dueAt, link: referralLink(row.id, options.requestUrl) });
    return { ...row, created: true };
  });
}
