import { randomBytes } from 'node:crypto';
import type { Database } from '../../db/client';
import { referrals } from '../../db/schema';
import { eq } from 'drizzle-orm';
import type { NewReferralInput, ReferralActor, ReferralTarget } from '../../src/lib/referral';
import { createUser, sessionFor } from '../support/accounts';
import { createActivity, createAdministration, createAssociation } from '../support/fixtures';

/** A user as the core sees them when they act in the portal. */
async function actorFor(db: Database, over: Parameters<typeof createUser>[1]): Promise<Extract<ReferralActor, { kind: 'user' }>> {
  const user = await createUser(db, over);
  return { kind: 'user', user: (await sessionFor(db, user.id)).user };
}

/**
 * Three administrations: A (the sender's, Health and Care), B (responsible for two activities of
 * its associations: one that takes referrals directly, one that does not) and C (a bystander).
 * Staff and coordinators of each, members of the two associations, and an admin.
 */
export async function createReferralWorld(db: Database) {
  const tag = randomBytes(3).toString('hex');
  const a = await createAdministration(db, { nameDa: `Sundhed ${tag}`, email: `sundhed-${tag}@example.dk`, responseTargetDays: 3 });
  const b = await createAdministration(db, { nameDa: `Social ${tag}`, email: `social-${tag}@example.dk`, responseTargetDays: 5 });
  const c = await createAdministration(db, { nameDa: `Kultur ${tag}`, email: `kultur-${tag}@example.dk` });
  const direct = await createAssociation(db, { administrationId: b.id, name: `Besøgsvennerne ${tag}`, email: `besoeg-${tag}@example.dk` });
  const other = await createAssociation(db, { administrationId: b.id, name: `Sorggruppen ${tag}` });
  const visiting = await createActivity(db, direct, { name: `Besøgsven ${tag}`, takesReferrals: true });
  const grief = await createActivity(db, other, { name: `Sorggruppe ${tag}`, takesReferrals: false });
  const draft = await createActivity(db, other, { status: 'draft' });
  return {
    a,
    b,
    c,
    direct,
    other,
    visiting,
    grief,
    draft,
    staffA: await actorFor(db, { role: 'staff', administrationId: a.id, name: 'Hanne Hjemmehjælper' }),
    staffB: await actorFor(db, { role: 'staff', administrationId: b.id, name: 'Bo Sagsbehandler' }),
    coordinatorB: await actorFor(db, { role: 'coordinator', administrationId: b.id }),
    staffC: await actorFor(db, { role: 'staff', administrationId: c.id }),
    memberDirect: await actorFor(db, { role: 'member', associationIds: [direct.id], name: 'Mette Medlem' }),
    memberOther: await actorFor(db, { role: 'member', associationIds: [other.id] }),
    admin: await actorFor(db, { role: 'admin' }),
  };
}

export type ReferralWorld = Awaited<ReturnType<typeof createReferralWorld>>;

/** The invented citizen of the tests: every text here must never be found in plain text in the database or a mail. */
export const CITIZEN = {
  name: 'Åge Testesen',
  phone: '12 34 56 78',
  email: 'aage.testesen@example.dk',
  needs: 'Føler sig meget alene efter sin kones død og vil gerne have besøg',
  note: 'Hører dårligt på venstre øre',
  comment: 'Talte med Åge i telefonen',
};

/** A complete new referral to `target`; anything can be overridden. */
export function newReferral(target: ReferralTarget, over: Partial<NewReferralInput> = {}): NewReferralInput {
  return {
    target,
    citizen: { name: CITIZEN.name, phone: CITIZEN.phone, email: CITIZEN.email, preferredContact: 'phone', goodTimes: 'Formiddag på hverdage', needs: CITIZEN.needs },
    consent: { method: 'oral', givenAt: new Date(Date.now() - 60_000), scope: 'Socialforvaltningen og foreningen' },
    urgency: 'normal',
    termIds: [],
    noteToReceiver: CITIZEN.note,
    purpose: 'help',
    idempotencyKey: null,
    ...over,
  };
}

export const toActivity = (activityId: string): ReferralTarget => ({ kind: 'activity', activityId });
export const toAdministration = (administrationId: string): ReferralTarget => ({ kind: 'administration', administrationId });

/** Moves a referral's due time into the past, as if its response target had passed. */
export async function makeOverdue(db: Database, referralId: string): Promise<void> {
  await db.update(referrals).set({ dueAt: new Date(Date.now() - 60_000) }).where(eq(referrals.id, referralId));
}
