import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { activities, administrations, associations, listingRevisions, schedules } from '../../db/schema';
import {
  approveRevision,
  CommentRequired,
  createActivity,
  getRevision,
  listAssociationRevisions,
  listHistory,
  loadActivityValues,
  loadAssociationValues,
  NotAllowed,
  recentDecisions,
  rejectRevision,
  RevisionNotPending,
  reviewQueue,
  saveListing,
  setExemptFields,
  submitForPublication,
  type ActivityValues,
} from '../../src/lib/listing';
import { listMails } from '../../src/lib/mail';
import { useTestDatabase } from '../support/database';
import { createWorld } from './listing-fixtures';

const t = useTestDatabase();

const withTime = (values: ActivityValues, opensAt: string, closesAt: string): ActivityValues => ({
  ...values,
  schedules: values.schedules.map((s, i) => (i === 0 ? { ...s, opensAt, closesAt } : s)),
});

/** A world with a pending change of the activity's time from 14-16 to 15-17. */
async function proposedTimeChange() {
  const w = await createWorld(t.db);
  const live = (await loadActivityValues(t.db, w.activity.id))!;
  const { revisionId } = await saveListing(t.db, { kind: 'activity', listingId: w.activity.id, values: withTime(live, '15:00', '17:00'), actor: w.member });
  return { ...w, revisionId: revisionId! };
}

const opensAt = async (activityId: string) =>
  (await t.db.select({ at: schedules.opensAt }).from(schedules).where(eq(schedules.activityId, activityId)))[0]?.at;

describe('the review queue', () => {
  it("lists the administration's pending revisions oldest first, with listing, association, fields and proposer", async () => {
    const w = await proposedTimeChange();
    const live = (await loadAssociationValues(t.db, w.association.id))!;
    await saveListing(t.db, { kind: 'association', listingId: w.association.id, values: { ...live, phone: '55555555' }, actor: w.member });

    const queue = await reviewQueue(t.db, w.home.id);
    expect(queue.map((r) => [r.listingName, r.associationName, r.fields, r.proposedByName])).toEqual([
      ['Sorggruppe i testbyen', 'Testforeningen', ['schedules'], w.member.name],
      ['Testforeningen', 'Testforeningen', ['phone'], w.member.name],
    ]);
    expect(await reviewQueue(t.db, w.other.id)).toEqual([]);
  });

  it('shows a revision with the old, proposed and current value of each field, and the public page', async () => {
    const w = await proposedTimeChange();
    const detail = await getRevision(t.db, w.revisionId);
    expect(detail).toMatchObject({ status: 'pending', listingName: 'Sorggruppe i testbyen', publicPath: `/aktiviteter/${w.activity.slug}` });
    const diff = detail?.diffs.find((d) => d.key === 'schedules');
    expect((diff?.from as { opensAt: string }[])[0]?.opensAt).toBe('14:00');
    expect((diff?.to as { opensAt: string }[])[0]?.opensAt).toBe('15:00');
    expect((diff?.current as { opensAt: string }[])[0]?.opensAt).toBe('14:00');
    expect(await getRevision(t.db, '00000000-0000-4000-8000-000000000000')).toBeNull();
    expect(await getRevision(t.db, 'noget-andet')).toBeNull();
  });
});

describe('approving a revision', () => {
  it('applies the change, marks it approved, confirms the listing and records the history', async () => {
    const w = await proposedTimeChange();
    await t.db.update(activities).set({ lastVerifiedAt: new Date('2024-01-01'), staleSince: new Date('2025-04-01') }).where(eq(activities.id, w.activity.id));
    const before = Date.now();
    await approveRevision(t.db, { revisionId: w.revisionId, reviewer: w.reviewer, comment: '  Fint.  ' });

    expect(await opensAt(w.activity.id)).toBe('15:00:00');
    const [revision] = await t.db.select().from(listingRevisions).where(eq(listingRevisions.id, w.revisionId));
    expect(revision).toMatchObject({ status: 'approved', reviewedBy: w.reviewer.id, reviewComment: 'Fint.' });
    const [activity] = await t.db.select().from(activities).where(eq(activities.id, w.activity.id));
    expect(activity?.lastVerifiedAt?.getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect(activity?.staleSince).toBeNull();
    const [latest] = await listHistory(t.db, 'activity', w.activity.id);
    expect(latest).toMatchObject({ action: 'approved', actorName: w.reviewer.name, comment: 'Fint.' });
    expect(Object.keys(latest?.changes ?? {})).toEqual(['schedules']);
    expect(await reviewQueue(t.db, w.home.id)).toEqual([]);
    expect((await recentDecisions(t.db, w.home.id, { limit: 20 })).map((r) => r.status)).toEqual(['approved']);
  });

  it('refuses a reviewer from another administration and a member, and leaves the listing unchanged', async () => {
    const w = await proposedTimeChange();
    await expect(approveRevision(t.db, { revisionId: w.revisionId, reviewer: w.stranger })).rejects.toBeInstanceOf(NotAllowed);
    await expect(approveRevision(t.db, { revisionId: w.revisionId, reviewer: w.member })).rejects.toBeInstanceOf(NotAllowed);
    await expect(rejectRevision(t.db, { revisionId: w.revisionId, reviewer: w.stranger, comment: 'Nej' })).rejects.toBeInstanceOf(NotAllowed);
    expect(await opensAt(w.activity.id)).toBe('14:00:00');
    expect((await getRevision(t.db, w.revisionId))?.status).toBe('pending');
  });

  it('tells the second of two reviewers that the revision is already decided', async () => {
    const w = await proposedTimeChange();
    await approveRevision(t.db, { revisionId: w.revisionId, reviewer: w.reviewer });
    await expect(approveRevision(t.db, { revisionId: w.revisionId, reviewer: w.coordinator })).rejects.toBeInstanceOf(RevisionNotPending);
    await expect(rejectRevision(t.db, { revisionId: w.revisionId, reviewer: w.coordinator, comment: 'For sent' })).rejects.toBeInstanceOf(RevisionNotPending);
  });

  it('publishes a draft when its publication is approved', async () => {
    const w = await createWorld(t.db);
    const base = (await loadActivityValues(t.db, w.activity.id))!;
    const draft = await createActivity(t.db, { associationId: w.association.id, values: { ...base, name: 'Ny strikkeklub', places: [], contacts: [] }, actor: w.member });
    const { revisionId } = await submitForPublication(t.db, { kind: 'activity', listingId: draft.id, actor: w.member });
    expect((await getRevision(t.db, revisionId))?.publicPath).toBeNull();
    await approveRevision(t.db, { revisionId, reviewer: w.coordinator });
    const [row] = await t.db.select().from(activities).where(eq(activities.id, draft.id));
    expect(row?.status).toBe('published');
    expect(row?.lastVerifiedAt).toBeInstanceOf(Date);
    expect((await listHistory(t.db, 'activity', draft.id)).map((h) => h.action)).toEqual(['published', 'approved', 'proposed', 'created']);
  });
});

describe('rejecting a revision', () => {
  it('needs a comment, and leaves the listing unchanged', async () => {
    const w = await proposedTimeChange();
    await expect(rejectRevision(t.db, { revisionId: w.revisionId, reviewer: w.reviewer, comment: '   ' })).rejects.toBeInstanceOf(CommentRequired);
    expect((await getRevision(t.db, w.revisionId))?.status).toBe('pending');

    await rejectRevision(t.db, { revisionId: w.revisionId, reviewer: w.reviewer, comment: 'Tidspunktet passer ikke med lokalet.' });
    expect(await opensAt(w.activity.id)).toBe('14:00:00');
    const [mine] = await listAssociationRevisions(t.db, w.association.id, { limit: 10 });
    expect(mine).toMatchObject({ status: 'rejected', reviewComment: 'Tidspunktet passer ikke med lokalet.', reviewedByName: w.reviewer.name });
    const [latest] = await listHistory(t.db, 'activity', w.activity.id);
    expect(latest).toMatchObject({ action: 'rejected', comment: 'Tidspunktet passer ikke med lokalet.', actorName: w.reviewer.name });
  });
});

describe('mails about decisions', () => {
  it('mails the association and every member on approval and on rejection, with the comment', async () => {
    const w = await proposedTimeChange();
    await approveRevision(t.db, { revisionId: w.revisionId, reviewer: w.reviewer, comment: 'Tak for rettelsen.', requestUrl: new URL('http://localhost:4321/forvaltning/godkendelser') });
    for (const to of ['kontakt@testforeningen.example.dk', w.member.email]) {
      const [mail] = await listMails(t.db, { to });
      expect(mail?.subject).toBe('Godkendt: jeres ændring af “Sorggruppe i testbyen”');
      expect(mail?.body).toContain('Hjemforvaltningen har godkendt');
      expect(mail?.body).toContain('Tidspunkter');
      expect(mail?.body).toContain('Tak for rettelsen.');
      expect(mail?.body).toContain('/forening');
    }

    const live = (await loadActivityValues(t.db, w.activity.id))!;
    const { revisionId } = await saveListing(t.db, { kind: 'activity', listingId: w.activity.id, values: { ...live, summary: 'Kom og vær med.' }, actor: w.member });
    await rejectRevision(t.db, { revisionId: revisionId!, reviewer: w.reviewer, comment: 'Skriv lidt mere om, hvem gruppen er for.' });
    const [mail] = await listMails(t.db, { to: w.member.email });
    expect(mail?.subject).toBe('Ikke godkendt: jeres ændring af “Sorggruppe i testbyen”');
    expect(mail?.body).toContain('Skriv lidt mere om, hvem gruppen er for.');
    expect(mail?.body).toContain('Kort beskrivelse');
    // Nobody outside the association hears of it.
    for (const staff of [w.reviewer, w.coordinator, w.stranger]) expect(await listMails(t.db, { to: staff.email })).toEqual([]);
  });
});

describe('fields exempt from review', () => {
  it('are set by the coordinator only, from known keys', async () => {
    const w = await createWorld(t.db);
    await expect(setExemptFields(t.db, { administrationId: w.home.id, keys: ['activity.schedules'], actor: w.reviewer })).rejects.toBeInstanceOf(NotAllowed);
    await expect(setExemptFields(t.db, { administrationId: w.home.id, keys: ['activity.schedules'], actor: w.stranger })).rejects.toBeInstanceOf(NotAllowed);
    expect(await setExemptFields(t.db, { administrationId: w.home.id, keys: ['activity.nonsense'], actor: w.coordinator })).toBe(false);
    expect(await setExemptFields(t.db, { administrationId: w.home.id, keys: ['association.phone', 'activity.schedules'], actor: w.coordinator })).toBe(true);
    const [row] = await t.db.select({ keys: administrations.reviewExemptFields }).from(administrations).where(eq(administrations.id, w.home.id));
    expect(row?.keys).toEqual(['association.phone', 'activity.schedules']);

    const live = (await loadActivityValues(t.db, w.activity.id))!;
    const outcome = await saveListing(t.db, { kind: 'activity', listingId: w.activity.id, values: withTime(live, '18:00', '19:00'), actor: w.member });
    expect(outcome).toMatchObject({ applied: ['schedules'], pending: [] });
    expect(await opensAt(w.activity.id)).toBe('18:00:00');
    const [association] = await t.db.select().from(associations).where(eq(associations.id, w.association.id));
    expect(association?.phone).toBe('11111111');
  });
});
