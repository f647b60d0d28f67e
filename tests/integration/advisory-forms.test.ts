import { describe, expect, it } from 'vitest';
import { findPublicSession, publishSessions } from '../../src/lib/advisory';
import {
  formatWhen,
  knownChoices,
  readSessionForm,
  sessionFormOptions,
  sessionOwner,
  type SessionFormState,
  stateFromSession,
} from '../../src/lib/advisory-forms';
import { todayInCopenhagen } from '../../src/lib/referral-forms';
import { useTestDatabase } from '../support/database';
import { createAssociation } from '../support/fixtures';
import { createAdvisoryWorld, dateIn } from './advisory-fixtures';

const t = useTestDatabase();

/** A form as a coordinator fills it in: the world's partner and host association, its category and district. */
function filledForm(world: Awaited<ReturnType<typeof createAdvisoryWorld>>, values: Record<string, string> = {}): SessionFormState {
  return {
    values: {
      topic: `Rådgivning om pension ${world.tag}`,
      topicEn: '',
      description: 'Spørg kommunen og foreningen om pension og digital post.',
      descriptionEn: '',
      placeName: 'Valby Bibliotek',
      address: 'Annexstræde 2',
      postalCode: '2500',
      city: 'Valby',
      districtId: world.district.id,
      latitude: '55,66',
      longitude: '12,51',
      onlineUrl: '',
      date: dateIn(10),
      startTime: '16.00',
      endTime: '18.00',
      capacity: '8',
      waitingList: 'yes',
      audience: 'both',
      repeat: 'none',
      interval: '1',
      ...values,
    },
    lists: { termIds: [world.category.id], hostAdministrationIds: [world.partner.id], hostAssociationIds: [world.hostAssociation.id], languages: ['da', 'en'], weekdays: [] },
  };
}

describe('the choices of the session form', () => {
  it('offers the other administrations, public associations grouped under theirs, and only category terms', async () => {
    const world = await createAdvisoryWorld(t.db);
    const hidden = await createAssociation(t.db, { administrationId: world.partner.id, status: 'archived', name: `Lukket ${world.tag}` });
    const options = await sessionFormOptions(t.db, world.owner.id);
    expect(options.own.name.da).toBe(world.owner.nameDa);
    expect(options.administrations.map((a) => a.id)).not.toContain(world.owner.id);
    expect(options.administrations.map((a) => a.id)).toEqual(expect.arrayContaining([world.partner.id, world.bystander.id]));
    const ownGroup = options.associationGroups.find((g) => g.administration.id === world.owner.id);
    expect(ownGroup?.associations.map((a) => a.name)).toEqual([world.hostAssociation.name, world.otherAssociation.name]);
    const known = knownChoices(options);
    expect(known.associationIds.has(hidden.id)).toBe(false);
    expect(known.termIds.has(world.category.id)).toBe(true);
    expect(known.termIds.has(world.targetGroup.id)).toBe(false);
    expect(known.districtIds.has(world.district.id)).toBe(true);
  });
});

describe('publishing from the form and editing again', () => {
  it('publishes what the form says, and the edit form shows it so that it reads back unchanged', async () => {
    const world = await createAdvisoryWorld(t.db);
    const options = await sessionFormOptions(t.db, world.owner.id);
    const sent = readSessionForm(filledForm(world), 'da', { withRepeat: true, today: todayInCopenhagen(), known: knownChoices(options) });
    expect(sent.ok).toBe(true);
    if (!sent.ok) return;
    const made = await publishSessions(t.db, sent.input, world.coordinator);
    expect(made.ids).toHaveLength(1);
    expect(await sessionOwner(t.db, made.ids[0]!)).toEqual({ slug: made.slugs[0], administrationId: world.owner.id });
    expect(await sessionOwner(t.db, '00000000-0000-4000-8000-000000000000')).toBeNull();
    expect(await sessionOwner(t.db, 'ikke-et-id')).toBeNull();

    const session = (await findPublicSession(t.db, made.slugs[0]!))!;
    const state = stateFromSession(session);
    // The owner always hosts and is not a box of its own; the partner and the association are.
    expect(state.lists.hostAdministrationIds).toEqual([world.partner.id]);
    expect(state.lists.hostAssociationIds).toEqual([world.hostAssociation.id]);
    expect(state.values).toMatchObject({ startTime: '16:00', endTime: '18:00', capacity: '8', audience: 'both', waitingList: 'yes', date: sent.input.date });
    const again = readSessionForm(state, 'da', { withRepeat: false, today: todayInCopenhagen(), known: knownChoices(options) });
    expect(again.ok && { ...again.input, repeat: null }).toEqual({ ...sent.input, topicEn: null, descriptionEn: null, place: { ...sent.input.place, latitude: 55.66, longitude: 12.51 } });
  });

  it('publishes a monthly series on exactly the dates "Vis datoer" listed', async () => {
    const world = await createAdvisoryWorld(t.db);
    const options = await sessionFormOptions(t.db, world.owner.id);
    const form = filledForm(world, { date: dateIn(1), repeat: 'monthly', monthWeek: '1', monthDay: 'TU', until: dateIn(120) });
    const sent = readSessionForm(form, 'da', { withRepeat: true, today: todayInCopenhagen(), known: knownChoices(options) });
    expect(sent.ok).toBe(true);
    if (!sent.ok) return;
    const made = await publishSessions(t.db, sent.input, world.coordinator);
    const published = await Promise.all(made.slugs.map((slug) => findPublicSession(t.db, slug)));
    expect(published.map((s) => formatWhen('da', s!.startsAt, s!.endsAt))).toEqual(sent.dates.map((d) => formatWhen('da', d.start, d.end)));
    expect(published.every((s) => s!.startsAt.getUTCDay() === 2 && new Date(s!.startsAt).getUTCDate() <= 7)).toBe(true);
    expect(published.length).toBeGreaterThanOrEqual(3);
  });
});
