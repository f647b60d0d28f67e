/**
 * The edit forms against the real listing engine and database: what a form shows for a stored
 * listing, sent back untouched, must change nothing (no phantom revision for the reviewer), and
 * what a member types must arrive in the tables as typed.
 */
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { activities, places, taxonomyTerms } from '../../db/schema';
import {
  type ActivityValues,
  type AssociationValues,
  createActivity,
  listHistory,
  loadActivityValues,
  loadProposedValues,
  saveListing,
} from '../../src/lib/listing';
import {
  activityFormState,
  associationDashboards,
  associationFormState,
  associationPlaces,
  districtOptions,
  findEditableActivity,
  findEditableAssociation,
  formDataOf,
  newActivityFormState,
  parseActivityForm,
  parseAssociationForm,
  termOptions,
} from '../../src/lib/listing/forms';
import { useTestDatabase } from '../support/database';
import { createDistrict } from '../support/fixtures';
import { createWorld } from './listing-fixtures';

const t = useTestDatabase();

async function activityContext(associationId: string) {
  const [districts, terms, ownPlaces] = await Promise.all([
    districtOptions(t.db),
    termOptions(t.db),
    associationPlaces(t.db, associationId),
  ]);
  return { districts, termIds: terms.map((term) => term.id), ownPlaces };
}

describe('the edit forms with the listing engine', () => {
  it('send a stored activity back unchanged without proposing anything', async () => {
    const w = await createWorld(t.db);
    // A second place whose name sorts first, and a monthly night rule: both must survive the round trip.
    const [second] = await t.db
      .insert(places)
      .values({
        associationId: w.association.id,
        name: 'Aftenhuset',
        address: 'Aftenvej 2',
        postalCode: '2500',
        city: 'Valby',
        latitude: 55.6,
        longitude: 12.5,
      })
      .returning();
    const values = (await loadActivityValues(t.db, w.activity.id))!;
    const added = (await associationPlaces(t.db, w.association.id)).find((p) => p.id === second!.id)!;
    const night = {
      freq: 'MONTHLY',
      interval: 1,
      byday: ['1TU', '-1TU'],
      opensAt: '20:00',
      closesAt: '02:00',
      validFrom: null,
      validTo: null,
      note: null,
    } as const;
    await storeAsLive(
      w.activity.id,
      { ...values, places: [...values.places, added], schedules: [...values.schedules, { ...night, byday: [...night.byday] }] },
      w.member,
    );

    const shown = await loadProposedValues(t.db, 'activity', w.activity.id);
    const sent = parseActivityForm(
      formDataOf(activityFormState(shown!.values as ActivityValues)),
      'da',
      await activityContext(w.association.id),
    );
    expect(sent.ok, JSON.stringify(!sent.ok && sent.errors)).toBe(true);
    if (!sent.ok) return;
    const outcome = await saveListing(t.db, { kind: 'activity', listingId: w.activity.id, values: sent.data, actor: w.member });
    expect(outcome).toEqual({ applied: [], pending: [], revisionId: null });
  });

  it('send a stored profile back unchanged without proposing anything', async () => {
    const w = await createWorld(t.db);
    const shown = await loadProposedValues(t.db, 'association', w.association.id);
    const sent = parseAssociationForm(
      formDataOf(associationFormState(shown!.values as AssociationValues)),
      'da',
      await districtOptions(t.db),
    );
    if (!sent.ok) throw new Error(JSON.stringify(sent.errors));
    const outcome = await saveListing(t.db, { kind: 'association', listingId: w.association.id, values: sent.data, actor: w.member });
    expect(outcome).toEqual({ applied: [], pending: [], revisionId: null });
  });

  it('create what a member typed: a draft activity with its new place, schedule, contact and terms', async () => {
    const w = await createWorld(t.db);
    const valby = await createDistrict(t.db, { name: 'Valby', postalCodes: ['2500'], latitude: 55.66, longitude: 12.49 });
    const [term] = await t.db
      .insert(taxonomyTerms)
      .values({ taxonomy: 'target_group', slug: `aeldre-${w.association.id.slice(0, 6)}`, nameDa: 'Ældre', nameEn: 'Older people' })
      .returning();
    const state = {
      ...newActivityFormState(),
      kind: 'volunteer_role',
      name: 'Lektiehjælper',
      summary: 'Hjælp børn med lektierne.',
      isFree: 'false',
      price: '25,50',
      termIds: [term!.id],
      places: [{ name: 'Biblioteket', address: 'Valby Langgade 50', postalCode: '2500', city: 'Valby', latitude: '', longitude: '' }],
      schedules: [{ freq: 'WEEKLY', interval: '1', byday: ['TU'], opensAt: '15', closesAt: '17:00' }],
      contacts: [{ name: 'Lis Lektie', email: 'lis@example.dk', visibility: 'internal' }],
    };
    const sent = parseActivityForm(formDataOf(state), 'da', await activityContext(w.association.id));
    if (!sent.ok) throw new Error(JSON.stringify(sent.errors));
    const created = await createActivity(t.db, { associationId: w.association.id, values: sent.data, actor: w.member });

    const stored = await loadActivityValues(t.db, created.id);
    expect(stored).toMatchObject({ kind: 'volunteer_role', name: 'Lektiehjælper', isFree: false, priceOre: 2550, termIds: [term!.id] });
    expect(stored?.places).toEqual([
      expect.objectContaining({ name: 'Biblioteket', postalCode: '2500', districtId: valby.id, latitude: 55.66, longitude: 12.49 }),
    ]);
    expect(stored?.schedules).toEqual([expect.objectContaining({ byday: ['TU'], opensAt: '15:00', closesAt: '17:00' })]);
    expect(stored?.contacts).toEqual([expect.objectContaining({ name: 'Lis Lektie', email: 'lis@example.dk', visibility: 'internal' })]);
    expect((await findEditableActivity(t.db, created.id))?.status).toBe('draft');
    expect((await listHistory(t.db, 'activity', created.id)).map((e) => e.action)).toEqual(['created']);
  });
});

describe('the dashboard and the edit pages’ lookups', () => {
  it('show a member’s association with its activities, and which wait for review', async () => {
    const w = await createWorld(t.db);
    const values = (await loadActivityValues(t.db, w.activity.id))!;
    await saveListing(t.db, { kind: 'activity', listingId: w.activity.id, values: { ...values, summary: 'Ny tekst.' }, actor: w.member });

    const [dashboard] = await associationDashboards(t.db, w.member.associationIds);
    expect(dashboard).toMatchObject({ id: w.association.id, name: 'Testforeningen', status: 'published', waiting: false });
    expect(dashboard?.administrationName.da).toBe('Hjemforvaltningen');
    expect(dashboard?.activities).toEqual([
      expect.objectContaining({ id: w.activity.id, name: 'Sorggruppe i testbyen', kind: 'offer', status: 'published', waiting: true }),
    ]);
  });

  it('find a listing with its owner and reviewing administration, and nothing for unknown or malformed ids', async () => {
    const w = await createWorld(t.db);
    expect(await findEditableActivity(t.db, w.activity.id)).toMatchObject({
      associationId: w.association.id,
      associationName: 'Testforeningen',
      administrationId: w.home.id,
      administrationName: { da: 'Hjemforvaltningen' },
    });
    expect(await findEditableAssociation(t.db, w.association.id)).toMatchObject({ kind: 'association', associationId: w.association.id });
    expect(await findEditableActivity(t.db, '00000000-0000-4000-8000-000000000000')).toBeNull();
    expect(await findEditableActivity(t.db, "1' or '1'='1")).toBeNull();
  });
});

/** Makes values the live version through the engine's draft path (applied at once), then publishes again. */
async function storeAsLive(activityId: string, values: ActivityValues, member: Parameters<typeof saveListing>[1]['actor']) {
  await t.db.update(activities).set({ status: 'draft' }).where(eq(activities.id, activityId));
  await saveListing(t.db, { kind: 'activity', listingId: activityId, values, actor: member });
  await t.db.update(activities).set({ status: 'published' }).where(eq(activities.id, activityId));
}
