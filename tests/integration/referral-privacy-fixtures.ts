import { randomBytes } from 'node:crypto';
import type { Database } from '../../db/client';
import { referralEvents, referrals } from '../../db/schema';
import { referralKeyring } from '../../src/lib/referral/crypto';
import type { ReferralStatus } from '../../src/lib/referral/machine';

const DAY = 24 * 60 * 60 * 1000;
const HOUR = 60 * 60 * 1000;

/** A citizen of the tests (invented; e-mails at example.dk). */
export interface TestCitizen {
  name: string;
  email: string | null;
  phone: string | null;
}

export interface TestReferral {
  sender: string | null;
  receiver: string;
  citizen: TestCitizen;
  activityId?: string | null;
  status?: ReferralStatus;
  createdAt?: Date;
  /** Hours from sent to the first answer; none when unanswered. */
  replyHours?: number | null;
  /** Whether it was accepted on the way (else declined, when answered). */
  accepted?: boolean;
  closedAt?: Date | null;
  /** An event comment that names the citizen, encrypted like the core does. */
  comment?: string;
}

/**
 * Inserts a referral as the core would have stored it (personal part sealed with the test key,
 * keyed e-mail and phone hashes, events with an encrypted comment), without going through the
 * core, so that these tests stand on the schema and the crypto module alone.
 */
export async function insertReferral(db: Database, r: TestReferral): Promise<{ id: string; reference: string }> {
  const ring = referralKeyring();
  const createdAt = r.createdAt ?? new Date(Date.now() - 30 * DAY);
  const firstResponseAt = r.replyHours == null ? null : new Date(createdAt.getTime() + r.replyHours * HOUR);
  const status = r.status ?? (r.closedAt ? 'closed' : 'received');
  const personal = {
    citizen: { name: r.citizen.name, email: r.citizen.email, phone: r.citizen.phone, preferredContact: r.citizen.phone ? 'phone' : 'email', goodTimes: 'Formiddag', needs: `${r.citizen.name} vil gerne have en besøgsven.` },
    consent: { method: 'oral', givenAt: createdAt.toISOString(), scope: 'Forvaltningen og foreningen' },
    noteToReceiver: `Ring til ${r.citizen.name} om formiddagen.`,
  };
  const [row] = await db
    .insert(referrals)
    .values({
      reference: `T${randomBytes(4).toString('hex').toUpperCase()}`,
      source: 'staff',
      activityId: r.activityId ?? null,
      receiverAdministrationId: r.receiver,
      senderAdministrationId: r.sender,
      status,
      personal: ring.encrypt(JSON.stringify(personal)),
      emailIndex: r.citizen.email ? ring.index('email', r.citizen.email) : null,
      phoneIndex: r.citizen.phone ? ring.index('phone', r.citizen.phone) : null,
      consentAt: createdAt,
      dueAt: new Date(createdAt.getTime() + 7 * DAY),
      firstResponseAt,
      closedAt: r.closedAt ?? null,
      createdAt,
      updatedAt: r.closedAt ?? createdAt,
    })
    .returning({ id: referrals.id, reference: referrals.reference });
  const events: (typeof referralEvents.$inferInsert)[] = [
    { referralId: row!.id, fromStatus: null, toStatus: 'sent', forwardedToAdministrationId: r.receiver, actorAdministrationId: r.sender, at: createdAt },
  ];
  if (firstResponseAt) {
    events.push({
      referralId: row!.id,
      fromStatus: 'received',
      toStatus: r.accepted === false ? 'declined' : 'accepted',
      reason: r.accepted === false ? 'capacity' : null,
      comment: r.comment ? ring.encrypt(r.comment) : null,
      actorAdministrationId: r.receiver,
      actorName: 'Modtager Mette',
      at: firstResponseAt,
    });
  }
  if (r.closedAt) {
    events.push({ referralId: row!.id, fromStatus: r.accepted === false ? 'declined' : 'started', toStatus: 'closed', actorAdministrationId: r.receiver, at: r.closedAt });
  }
  await db.insert(referralEvents).values(events);
  return row!;
}

/** A date `days` before now (or before `from`). */
export function daysAgo(days: number, from = new Date()): Date {
  return new Date(from.getTime() - days * DAY);
}
