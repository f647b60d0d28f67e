/**
 * A small municipality with known figures for the report tests (tests/integration/reports-*):
 * two administrations, three associations, three activities (one stale), four grants (three in
 * 2025, one in 2024) and three referrals of 2025 with their events. No personal data: referrals
 * carry none (`personal` is null, as after erasure), which the figures must not need.
 */
import { randomBytes } from 'node:crypto';
import type { Database } from '../../db/client';
import { grants, referralEvents, referrals } from '../../db/schema';
import { createActivity, createAdministration, createAssociation } from '../support/fixtures';

const DAY = 24 * 60 * 60 * 1000;
/** 3 March 2025, 09:00 UTC: day 0 of the referrals. */
const D0 = Date.UTC(2025, 2, 3, 9, 0);
const day = (n: number) => new Date(D0 + n * DAY);

export interface ReportsWorld {
  /** Socialforvaltningen (SOF) and Kultur- og Fritidsforvaltningen (KFF). */
  sof: string;
  kff: string;
}

/** A referral created on day 0 by `sender` (null: the citizen) to `receiver`, answered with `answer` after `days`, or not. */
async function referral(
  db: Database,
  r: { source: 'staff' | 'citizen'; sender: string | null; receiver: string; answer?: { to: 'accepted' | 'declined'; days: number } },
): Promise<void> {
  const answeredAt = r.answer ? day(r.answer.days) : null;
  const [row] = await db
    .insert(referrals)
    .values({
      reference: `R${randomBytes(4).toString('hex').toUpperCase()}`,
      source: r.source,
      receiverAdministrationId: r.receiver,
      senderAdministrationId: r.sender,
      status: r.answer?.to ?? 'sent',
      personal: null,
      consentAt: day(0),
      // Due five days after; long past by now, so an unanswered one is overdue.
      dueAt: day(5),
      firstResponseAt: answeredAt,
      createdAt: day(0),
      updatedAt: answeredAt ?? day(0),
    })
    .returning({ id: referrals.id });
  await db.insert(referralEvents).values([
    { referralId: row!.id, fromStatus: null, toStatus: 'sent', forwardedToAdministrationId: r.receiver, actorAdministrationId: r.sender, at: day(0) },
    ...(r.answer ? [{ referralId: row!.id, fromStatus: 'sent' as const, toStatus: r.answer.to, actorAdministrationId: r.receiver, at: answeredAt! }] : []),
  ]);
}

/** Builds the world in an empty database. */
export async function createReportsWorld(db: Database): Promise<ReportsWorld> {
  const sof = await createAdministration(db, { slug: 'sof', nameDa: 'Socialforvaltningen', nameEn: 'Social Services Administration', abbreviation: 'SOF' });
  const kff = await createAdministration(db, { slug: 'kff', nameDa: 'Kultur- og Fritidsforvaltningen', nameEn: 'Culture and Leisure Administration', abbreviation: 'KFF' });
  const valby = await createAssociation(db, { name: 'Valby Besøgstjeneste', administrationId: sof.id });
  const natlinjen = await createAssociation(db, { name: 'Natlinjen', administrationId: sof.id });
  const idraet = await createAssociation(db, { name: 'Idræt for Alle', administrationId: kff.id });
  await createActivity(db, valby, { name: 'Besøgsven' });
  await createActivity(db, natlinjen, { name: 'Nattesamtaler', staleSince: new Date('2025-06-01T08:00:00Z') });
  await createActivity(db, idraet, { name: 'Frivillig træner', kind: 'volunteer_role' });

  await db.insert(grants).values([
    { associationId: valby.id, administrationId: sof.id, year: 2025, amountOre: 1_250_000, purpose: 'Besøgsvenner i Valby' },
    { associationId: natlinjen.id, administrationId: sof.id, year: 2025, amountOre: 500_050, purpose: 'Samtaler om natten' },
    { associationId: idraet.id, administrationId: kff.id, year: 2025, amountOre: 2_000_000, purpose: 'Trænere til seniorholdet' },
    { associationId: valby.id, administrationId: sof.id, year: 2024, amountOre: 100_000, purpose: 'Kaffe' },
  ]);

  // SOF → KFF accepted after 2 days; the citizen → SOF declined after 1 day; KFF → SOF never answered.
  await referral(db, { source: 'staff', sender: sof.id, receiver: kff.id, answer: { to: 'accepted', days: 2 } });
  await referral(db, { source: 'citizen', sender: null, receiver: sof.id, answer: { to: 'declined', days: 1 } });
  await referral(db, { source: 'staff', sender: kff.id, receiver: sof.id });
  return { sof: sof.id, kff: kff.id };
}
