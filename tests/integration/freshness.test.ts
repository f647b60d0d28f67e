import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { activities, associations, listingHistory, mails, verificationReminders } from '../../db/schema';
import { confirmListing, lookupConfirmToken, monthsBefore, runFreshness, staleListings } from '../../src/lib/freshness';
import { createActivity, createAdministration, createAssociation } from '../support/fixtures';
import { createUser } from '../support/accounts';
import { useTestDatabase } from '../support/database';

const t = useTestDatabase();
const BASE = 'https://indgang.example.dk';
const DAY = 86_400_000;

/** An association with its own e-mail and one member, confirmed long ago (so only its activity is due). */
async function associationWithMember(slug: string) {
  const now = new Date();
  const association = await createAssociation(t.db, { slug, email: `${slug}@example.dk`, lastVerifiedAt: now, createdAt: now });
  const member = await createUser(t.db, { role: 'member', email: `medlem.${slug}@example.dk`, associationIds: [association.id] });
  return { association, member };
}

/** An activity last confirmed `months` months (and a day) before `now`. */
async function activityConfirmed(association: { id: string; administrationId: string }, months: number, now: Date, over = {}) {
  const at = new Date(monthsBefore(now, months).getTime() - DAY);
  return createActivity(t.db, association, { lastVerifiedAt: at, createdAt: monthsBefore(now, 30), ...over });
}

const mailsTo = (address: string) => t.db.select().from(mails).where(eq(mails.to, address));

describe('confirmation reminders', () => {
  it('reminds at 11 months and again at 12, each exactly once, to the association and its members', async () => {
    const { association, member } = await associationWithMember('paamindelse-en');
    const now = new Date();
    const activity = await activityConfirmed(association, 11, now, { name: 'Strikkeklub på biblioteket' });

    await runFreshness(t.db, { now, baseUrl: BASE });
    await runFreshness(t.db, { now: new Date(now.getTime() + 60 * 60 * 1000), baseUrl: BASE });

    const first = await mailsTo(member.email);
    expect(first).toHaveLength(1);
    expect(first[0]!.subject).toBe('Er jeres oplysninger på Indgang stadig rigtige?');
    expect(first[0]!.body).toContain('Strikkeklub på biblioteket');
    expect(first[0]!.body).toMatch(new RegExp(`${BASE}/bekraeft/[A-Za-z0-9_-]{43}`));
    expect(await mailsTo('paamindelse-en@example.dk')).toHaveLength(1);

    const aMonthLater = new Date(now.getTime() + 31 * DAY);
    await runFreshness(t.db, { now: aMonthLater, baseUrl: BASE });
    await runFreshness(t.db, { now: aMonthLater, baseUrl: BASE });
    const all = await mailsTo(member.email);
    expect(all).toHaveLength(2);
    expect(all.map((m) => m.subject)).toContain('Sidste påmindelse: er jeres oplysninger på Indgang stadig rigtige?');
    const stages = await t.db.select().from(verificationReminders).where(eq(verificationReminders.listingId, activity.id));
    expect(stages.map((s) => s.stage).sort()).toEqual([11, 12]);
  });

  it('sends each reminder once when two instances run the job at the same moment', async () => {
    const { association, member } = await associationWithMember('paamindelse-samtidig');
    const now = new Date();
    await activityConfirmed(association, 12, now);
    await activityConfirmed(association, 11, now);

    const runs = await Promise.all([runFreshness(t.db, { now, baseUrl: BASE }), runFreshness(t.db, { now, baseUrl: BASE })]);

    // One mail for the association's two due activities, however the two runs raced.
    expect(await mailsTo(member.email)).toHaveLength(1);
    expect(runs[0]!.reminded + runs[1]!.reminded).toBe(2);
  });

  it('sends nothing for listings confirmed within 11 months, or for drafts', async () => {
    const { association, member } = await associationWithMember('paamindelse-frisk');
    const now = new Date();
    await activityConfirmed(association, 10, now);
    await activityConfirmed(association, 24, now, { status: 'draft' });
    await activityConfirmed(association, 24, now, { status: 'archived' });

    await runFreshness(t.db, { now, baseUrl: BASE });

    expect(await mailsTo(member.email)).toEqual([]);
  });

  it('marks nothing as reminded when nobody in the association can be mailed', async () => {
    const association = await createAssociation(t.db, { email: null, lastVerifiedAt: new Date() });
    const now = new Date();
    const activity = await activityConfirmed(association, 12, now);

    await runFreshness(t.db, { now, baseUrl: BASE });

    expect(await t.db.select().from(verificationReminders).where(eq(verificationReminders.listingId, activity.id))).toEqual([]);
  });

  it('counts from creation when a listing was never confirmed', async () => {
    const { association, member } = await associationWithMember('paamindelse-aldrig');
    const now = new Date();
    await createActivity(t.db, association, { lastVerifiedAt: null, createdAt: monthsBefore(now, 13), name: 'Aldrig bekræftet' });

    await runFreshness(t.db, { now, baseUrl: BASE });

    const [mail] = await mailsTo(member.email);
    expect(mail?.body).toContain('Aldrig bekræftet (oprettet');
  });
});

describe('stale listings', () => {
  it('marks a listing stale after 15 months, and confirming clears it', async () => {
    const { association, member } = await associationWithMember('forældet-en');
    const now = new Date();
    const stale = await activityConfirmed(association, 15, now);
    const fresh = await activityConfirmed(association, 14, now);

    const run = await runFreshness(t.db, { now, baseUrl: BASE });

    const read = async (id: string) => (await t.db.select().from(activities).where(eq(activities.id, id)))[0]!;
    expect((await read(stale.id)).staleSince).toEqual(now);
    expect((await read(fresh.id)).staleSince).toBeNull();
    expect(run.markedStale).toBeGreaterThanOrEqual(1);

    const user = { id: member.id, email: member.email, name: member.name, role: 'member' as const, administrationId: null, associationIds: [association.id], isDemo: false };
    const confirmed = await confirmListing(t.db, { kind: 'activity', listingId: stale.id, actor: user, via: 'dashboard' });
    expect(confirmed?.name).toBe(stale.name);
    const after = await read(stale.id);
    expect(after.staleSince).toBeNull();
    expect(after.lastVerifiedAt!.getTime()).toBeGreaterThan(now.getTime() - 60_000);
    const history = await t.db.select().from(listingHistory).where(and(eq(listingHistory.listingId, stale.id), eq(listingHistory.action, 'confirmed')));
    expect(history.map((h) => h.actorName)).toEqual([member.name]);
  });

  it('lists the administration’s listings unconfirmed for a year, oldest first, with the reminders sent', async () => {
    const administration = await createAdministration(t.db);
    const now = new Date();
    const association = await createAssociation(t.db, { administrationId: administration.id, email: 'liste@example.dk', phone: '33 00 00 00', lastVerifiedAt: now });
    const older = await activityConfirmed(association, 14, now, { name: 'Ældst' });
    const old = await activityConfirmed(association, 12, now, { name: 'Gammel', status: 'paused' });
    await activityConfirmed(association, 11, now, { name: 'Ikke endnu' });
    const elsewhere = await createAssociation(t.db);
    await activityConfirmed(elsewhere, 20, now, { name: 'Andens ansvar' });
    await runFreshness(t.db, { now, baseUrl: BASE });

    const list = await staleListings(t.db, administration.id, now);

    expect(list.map((l) => l.name)).toEqual([older.name, old.name]);
    expect(list[0]!.associationPhone).toBe('33 00 00 00');
    expect(list[0]!.reminders.map((r) => r.stage)).toEqual([12]);
    expect(list[1]!.status).toBe('paused');
  });
});

describe('confirm links', () => {
  it('confirm the listing from the link in the mail, more than once, until they expire', async () => {
    const { association, member } = await associationWithMember('link-en');
    const now = new Date();
    const activity = await activityConfirmed(association, 16, now);
    await runFreshness(t.db, { now, baseUrl: BASE });
    const [mail] = await mailsTo(member.email);
    const token = /\/bekraeft\/([A-Za-z0-9_-]+)/.exec(mail!.body!)![1]!;

    const found = await lookupConfirmToken(t.db, token, now);
    expect(found).toEqual({ state: 'valid', kind: 'activity', listingId: activity.id });
    await confirmListing(t.db, { kind: 'activity', listingId: activity.id, actor: null, via: 'email' });
    expect((await lookupConfirmToken(t.db, token, now)).state).toBe('valid');
    const [row] = await t.db.select().from(activities).where(eq(activities.id, activity.id));
    expect(row!.staleSince).toBeNull();

    expect(await lookupConfirmToken(t.db, token, new Date(now.getTime() + 61 * DAY))).toEqual({ state: 'expired' });
    expect(await lookupConfirmToken(t.db, `${token.slice(0, -1)}x`, now)).toEqual({ state: 'unknown' });
  });

  it('does not confirm an archived listing', async () => {
    const association = await createAssociation(t.db, { status: 'archived' });
    expect(await confirmListing(t.db, { kind: 'association', listingId: association.id, actor: null, via: 'email' })).toBeNull();
    const [row] = await t.db.select().from(associations).where(eq(associations.id, association.id));
    expect(row!.lastVerifiedAt).toBeNull();
  });
});
