import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { activities, activityPlaces, listingRevisions, places, schedules } from '../../db/schema';
import {
  createActivity,
  InvalidStatusChange,
  InvalidValues,
  ListingArchived,
  listHistory,
  loadActivityValues,
  loadAssociationValues,
  loadProposedValues,
  NotAllowed,
  NothingToSubmit,
  saveListing,
  setListingStatus,
  submitForPublication,
  withdrawRevision,
  type ActivityValues,
} from '../../src/lib/listing';
import { useTestDatabase } from '../support/database';
import { createAssociation } from '../support/fixtures';
import { actor, createWorld, exempt } from './listing-fixtures';

const t = useTestDatabase();

const withTime = (values: ActivityValues, opensAt: string, closesAt: string): ActivityValues => ({
  ...values,
  schedules: values.schedules.map((s, i) => (i === 0 ? { ...s, opensAt, closesAt } : s)),
});

describe('loading listing values', () => {
  it('gives an activity with its terms, places, schedules (as HH:MM) and own contacts', async () => {
    const w = await createWorld(t.db);
    const values = await loadActivityValues(t.db, w.activity.id);
    expect(values).toMatchObject({ name: 'Sorggruppe i testbyen', summary: 'Mød andre i sorg.', termIds: [] });
    expect(values?.places).toEqual([expect.objectContaining({ id: w.place.id, address: 'Testvej 1', postalCode: '2500' })]);
    expect(values?.schedules).toEqual([
      { freq: 'WEEKLY', interval: 1, byday: ['WE'], opensAt: '14:00', closesAt: '16:00', validFrom: null, validTo: null, note: null },
    ]);
    expect(values?.contacts).toEqual([expect.objectContaining({ id: w.contact.id, name: 'Kontakt Karlsen', visibility: 'public' })]);
  });

  it('gives null for an unknown or malformed id', async () => {
    expect(await loadActivityValues(t.db, '00000000-0000-4000-8000-000000000000')).toBeNull();
    expect(await loadAssociationValues(t.db, 'ikke-et-id')).toBeNull();
  });
});

describe('saving a published listing', () => {
  it('keeps the public version until the change is approved', async () => {
    const w = await createWorld(t.db);
    const live = (await loadActivityValues(t.db, w.activity.id))!;
    const outcome = await saveListing(t.db, { kind: 'activity', listingId: w.activity.id, values: withTime(live, '15:00', '17:00'), actor: w.member });

    expect(outcome).toMatchObject({ applied: [], pending: ['schedules'] });
    expect(outcome.revisionId).toBeTruthy();
    const [row] = await t.db.select().from(schedules).where(eq(schedules.activityId, w.activity.id));
    expect(row?.opensAt).toBe('14:00:00');
    const proposed = await loadProposedValues(t.db, 'activity', w.activity.id);
    expect((proposed?.values as ActivityValues).schedules[0]?.opensAt).toBe('15:00');
    expect(proposed?.pending).toMatchObject({ revisionId: outcome.revisionId, fields: ['schedules'], proposedByName: w.member.name });
  });

  it('applies a phone change at once when the administration exempts phone, and sends the rest to review', async () => {
    const w = await createWorld(t.db, { exempt: ['association.phone'] });
    const live = (await loadAssociationValues(t.db, w.association.id))!;
    const outcome = await saveListing(t.db, {
      kind: 'association',
      listingId: w.association.id,
      values: { ...live, phone: '33333333', description: 'En ny beskrivelse.' },
      actor: w.member,
    });
    expect(outcome).toMatchObject({ applied: ['phone'], pending: ['description'] });
    const now = await loadAssociationValues(t.db, w.association.id);
    expect(now).toMatchObject({ phone: '33333333', description: live.description });
  });

  it('merges a second edit into the pending revision, keeping the value from before the first', async () => {
    const w = await createWorld(t.db);
    const live = (await loadActivityValues(t.db, w.activity.id))!;
    const first = await saveListing(t.db, { kind: 'activity', listingId: w.activity.id, values: withTime(live, '15:00', '17:00'), actor: w.member });
    const proposed = (await loadProposedValues(t.db, 'activity', w.activity.id))!.values as ActivityValues;
    const second = await saveListing(t.db, {
      kind: 'activity',
      listingId: w.activity.id,
      values: { ...withTime(proposed, '15:30', '17:30'), summary: 'Et nyt resumé.' },
      actor: w.member,
    });

    expect(second.revisionId).toBe(first.revisionId);
    expect(second.pending.sort()).toEqual(['schedules', 'summary']);
    const revisions = await t.db.select().from(listingRevisions).where(eq(listingRevisions.listingId, w.activity.id));
    expect(revisions).toHaveLength(1);
    const changes = revisions[0]!.changes as Record<string, { from: { opensAt: string }[]; to: { opensAt: string }[] }>;
    expect(changes.schedules?.from[0]?.opensAt).toBe('14:00');
    expect(changes.schedules?.to[0]?.opensAt).toBe('15:30');
  });

  it('withdraws the pending revision when every proposed field is set back to the live value', async () => {
    const w = await createWorld(t.db);
    const live = (await loadActivityValues(t.db, w.activity.id))!;
    const first = await saveListing(t.db, { kind: 'activity', listingId: w.activity.id, values: withTime(live, '15:00', '17:00'), actor: w.member });
    const again = await saveListing(t.db, { kind: 'activity', listingId: w.activity.id, values: live, actor: w.member });
    expect(again).toEqual({ applied: [], pending: [], revisionId: null });
    const [revision] = await t.db.select().from(listingRevisions).where(eq(listingRevisions.id, first.revisionId!));
    expect(revision?.status).toBe('withdrawn');
  });

  it('changes nothing and creates no revision when nothing changed', async () => {
    const w = await createWorld(t.db);
    const live = (await loadActivityValues(t.db, w.activity.id))!;
    // The same values in another order are the same values.
    const outcome = await saveListing(t.db, { kind: 'activity', listingId: w.activity.id, values: { ...live, languages: [...live.languages].reverse() }, actor: w.member });
    expect(outcome).toEqual({ applied: [], pending: [], revisionId: null });
    expect(await listHistory(t.db, 'activity', w.activity.id)).toEqual([]);
  });

  it('refuses a member of another association, and places of another association', async () => {
    const w = await createWorld(t.db);
    const elsewhere = await createAssociation(t.db, { administrationId: w.home.id });
    const outsider = await actor(t.db, { role: 'member', associationIds: [elsewhere.id] });
    const live = (await loadActivityValues(t.db, w.activity.id))!;
    await expect(saveListing(t.db, { kind: 'activity', listingId: w.activity.id, values: withTime(live, '9:00', '10:00'), actor: outsider })).rejects.toBeInstanceOf(NotAllowed);

    const [foreign] = await t.db
      .insert(places)
      .values({ associationId: elsewhere.id, name: 'Fremmed sted', address: 'Andenvej 2', postalCode: '2500', city: 'Valby', latitude: 55.6, longitude: 12.5 })
      .returning();
    const stolen = { ...live.places[0]!, id: foreign!.id, name: 'Overtaget' };
    await exempt(t.db, w.home.id, ['activity.places']);
    await expect(saveListing(t.db, { kind: 'activity', listingId: w.activity.id, values: { ...live, places: [stolen] }, actor: w.member })).rejects.toBeInstanceOf(InvalidValues);
    const [untouched] = await t.db.select().from(places).where(eq(places.id, foreign!.id));
    expect(untouched?.name).toBe('Fremmed sted');
  });

  it('applies lists as given when exempt: places updated and added, schedules replaced in order, contacts kept by id', async () => {
    const w = await createWorld(t.db, { exempt: ['activity.places', 'activity.schedules', 'activity.contacts'] });
    const live = (await loadActivityValues(t.db, w.activity.id))!;
    const values: ActivityValues = {
      ...live,
      places: [{ ...live.places[0]!, address: 'Testvej 3' }, { ...live.places[0]!, id: undefined, name: 'Biblioteket', address: 'Bogvej 5' }],
      schedules: [
        { ...live.schedules[0]!, byday: ['FR'], opensAt: '10:00', closesAt: '11:00' },
        { ...live.schedules[0]!, byday: ['MO'], opensAt: '09:00', closesAt: '10:00' },
      ],
      contacts: [{ ...live.contacts[0]!, phone: '44444444' }, { name: 'Ny Nielsen', title: null, email: 'ny@example.dk', phone: null, visibility: 'internal' }],
    };
    const outcome = await saveListing(t.db, { kind: 'activity', listingId: w.activity.id, values, actor: w.member });
    expect(outcome.applied.sort()).toEqual(['contacts', 'places', 'schedules']);

    const now = (await loadActivityValues(t.db, w.activity.id))!;
    expect(now.places.map((p) => [p.name, p.address])).toEqual([['Biblioteket', 'Bogvej 5'], ['Medborgerhuset', 'Testvej 3']]);
    expect(now.places.find((p) => p.name === 'Medborgerhuset')?.id).toBe(w.place.id);
    expect(now.schedules.map((s) => `${s.byday.join()} ${s.opensAt}`)).toEqual(['FR 10:00', 'MO 09:00']);
    expect(now.contacts.find((c) => c.id === w.contact.id)?.phone).toBe('44444444');
    expect(now.contacts.map((c) => c.name).sort()).toEqual(['Kontakt Karlsen', 'Ny Nielsen']);
    const links = await t.db.select().from(activityPlaces).where(eq(activityPlaces.activityId, w.activity.id));
    expect(links).toHaveLength(2);
  });
});

describe('the history of a listing', () => {
  it('records who changed and proposed what, with the values before and after', async () => {
    const w = await createWorld(t.db, { exempt: ['activity.summary'] });
    const live = (await loadActivityValues(t.db, w.activity.id))!;
    await saveListing(t.db, { kind: 'activity', listingId: w.activity.id, values: { ...withTime(live, '15:00', '17:00'), summary: 'Nyt resumé.' }, actor: w.member });
    const history = await listHistory(t.db, 'activity', w.activity.id);
    expect(history.map((h) => h.action).sort()).toEqual(['changed', 'proposed']);
    const changed = history.find((h) => h.action === 'changed');
    expect(changed).toMatchObject({ actorName: w.member.name, changes: { summary: { from: 'Mød andre i sorg.', to: 'Nyt resumé.' } } });
    expect(changed?.at).toBeInstanceOf(Date);
    const proposed = history.find((h) => h.action === 'proposed');
    expect(Object.keys(proposed?.changes ?? {})).toEqual(['schedules']);
  });
});

describe('drafts and publication', () => {
  it('creates an activity as a draft, applies edits to it at once, and submits it for publication', async () => {
    const w = await createWorld(t.db);
    const base = (await loadActivityValues(t.db, w.activity.id))!;
    const created = await createActivity(t.db, {
      associationId: w.association.id,
      values: { ...base, name: 'Gåhold i testbyen', places: [base.places[0]!], contacts: [] },
      actor: w.member,
    });
    expect(created.slug).toBe('gaahold-i-testbyen');
    const [row] = await t.db.select().from(activities).where(eq(activities.id, created.id));
    expect(row).toMatchObject({ status: 'draft', administrationId: w.home.id });

    const draft = (await loadActivityValues(t.db, created.id))!;
    const saved = await saveListing(t.db, { kind: 'activity', listingId: created.id, values: withTime(draft, '08:00', '09:00'), actor: w.member });
    expect(saved.applied).toEqual(['schedules']);
    expect((await loadActivityValues(t.db, created.id))?.schedules[0]?.opensAt).toBe('08:00');

    const { revisionId } = await submitForPublication(t.db, { kind: 'activity', listingId: created.id, actor: w.member });
    const [revision] = await t.db.select().from(listingRevisions).where(eq(listingRevisions.id, revisionId));
    expect(revision).toMatchObject({ status: 'pending', changes: { status: { from: 'draft', to: 'published' } } });
    expect((await submitForPublication(t.db, { kind: 'activity', listingId: created.id, actor: w.member })).revisionId).toBe(revisionId);
  });

  it('gives a second activity of the same name its own slug, and refuses to submit one without a summary', async () => {
    const w = await createWorld(t.db);
    const base = (await loadActivityValues(t.db, w.activity.id))!;
    const values = { ...base, name: 'Kaffeklub på loftet', places: [], contacts: [], summary: ' ' };
    const first = await createActivity(t.db, { associationId: w.association.id, values, actor: w.member });
    const created = await createActivity(t.db, { associationId: w.association.id, values, actor: w.member });
    expect([first.slug, created.slug]).toEqual(['kaffeklub-paa-loftet', 'kaffeklub-paa-loftet-2']);
    await expect(submitForPublication(t.db, { kind: 'activity', listingId: created.id, actor: w.member })).rejects.toBeInstanceOf(NothingToSubmit);
  });
});

describe('pausing, resuming and archiving', () => {
  it('pauses and resumes without review, archives, and then refuses edits and further changes', async () => {
    const w = await createWorld(t.db);
    const status = async () => (await t.db.select({ s: activities.status }).from(activities).where(eq(activities.id, w.activity.id)))[0]?.s;
    await setListingStatus(t.db, { kind: 'activity', listingId: w.activity.id, status: 'paused', actor: w.member });
    expect(await status()).toBe('paused');
    await setListingStatus(t.db, { kind: 'activity', listingId: w.activity.id, status: 'published', actor: w.member });
    expect(await status()).toBe('published');
    await expect(setListingStatus(t.db, { kind: 'activity', listingId: w.activity.id, status: 'published', actor: w.member })).rejects.toBeInstanceOf(InvalidStatusChange);

    const live = (await loadActivityValues(t.db, w.activity.id))!;
    const { revisionId } = await saveListing(t.db, { kind: 'activity', listingId: w.activity.id, values: withTime(live, '15:00', '17:00'), actor: w.member });
    await setListingStatus(t.db, { kind: 'activity', listingId: w.activity.id, status: 'archived', actor: w.member });
    expect(await status()).toBe('archived');
    const [revision] = await t.db.select().from(listingRevisions).where(eq(listingRevisions.id, revisionId!));
    expect(revision?.status).toBe('withdrawn');
    await expect(saveListing(t.db, { kind: 'activity', listingId: w.activity.id, values: live, actor: w.member })).rejects.toBeInstanceOf(ListingArchived);
    await expect(setListingStatus(t.db, { kind: 'activity', listingId: w.activity.id, status: 'published', actor: w.member })).rejects.toBeInstanceOf(InvalidStatusChange);
    const actions = (await listHistory(t.db, 'activity', w.activity.id)).map((h) => h.action);
    expect(actions).toEqual(['archived', 'withdrawn', 'proposed', 'resumed', 'paused']);
  });

  it('lets a member withdraw a pending revision, but not a member of another association', async () => {
    const w = await createWorld(t.db);
    const live = (await loadActivityValues(t.db, w.activity.id))!;
    const { revisionId } = await saveListing(t.db, { kind: 'activity', listingId: w.activity.id, values: withTime(live, '15:00', '17:00'), actor: w.member });
    const outsider = await actor(t.db, { role: 'member', associationIds: [(await createAssociation(t.db)).id] });
    await expect(withdrawRevision(t.db, { revisionId: revisionId!, actor: outsider })).rejects.toBeInstanceOf(NotAllowed);
    await withdrawRevision(t.db, { revisionId: revisionId!, actor: w.member });
    const pending = await t.db
      .select()
      .from(listingRevisions)
      .where(and(eq(listingRevisions.listingId, w.activity.id), eq(listingRevisions.status, 'pending')));
    expect(pending).toEqual([]);
    expect((await loadProposedValues(t.db, 'activity', w.activity.id))?.pending).toBeNull();
  });
});
