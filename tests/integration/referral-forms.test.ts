import { describe, expect, it } from 'vitest';
import { contacts, places, activityPlaces, schedules, taxonomyTerms } from '../../db/schema';
import { loadPrescription, prescriptionPdf } from '../../src/lib/prescription';
import { createReferral, getReferral, receiverFor } from '../../src/lib/referral';
import { activityGroups, findActivity, readNewReferral, receiverNames, receiverText, termOptions } from '../../src/lib/referral-forms';
import { useTestDatabase } from '../support/database';
import { createActivity } from '../support/fixtures';
import { CITIZEN, createReferralWorld, newReferral, toActivity } from './referral-core-fixtures';

const t = useTestDatabase();

describe('what the new-referral form offers', () => {
  it('lists published offers grouped by association, and leaves out drafts and volunteer roles', async () => {
    const world = await createReferralWorld(t.db);
    const role = await createActivity(t.db, world.direct, { kind: 'volunteer_role', name: 'Bliv besøgsven' });
    const groups = await activityGroups(t.db);
    const ids = groups.flatMap((g) => g.activities.map((a) => a.id));
    expect(ids).toContain(world.visiting.id);
    expect(ids).toContain(world.grief.id);
    expect(ids).not.toContain(world.draft.id);
    expect(ids).not.toContain(role.id);
    const group = groups.find((g) => g.associationName === world.direct.name);
    expect(group?.activities.map((a) => a.name)).toEqual([world.visiting.name]);
  });

  it('says whom an activity reaches exactly as the core routes it', async () => {
    const world = await createReferralWorld(t.db);
    const groups = await activityGroups(t.db);
    for (const activity of [world.visiting, world.grief]) {
      const option = findActivity(groups, { slug: activity.slug })!;
      const routed = await receiverFor(t.db, toActivity(activity.id));
      expect(option.administrationId).toBe(routed.administrationId);
      // The text names the association exactly when the core also passes it to the association.
      expect(receiverText('da', option).includes(world.direct.name)).toBe(routed.associationId !== null);
    }
    const visiting = findActivity(groups, { id: world.visiting.id })!;
    expect(receiverText('da', visiting)).toBe(`Går til ${world.b.nameDa} og til foreningen ${world.direct.name}.`);
    expect(receiverNames('da', visiting)).toBe(`${world.b.nameDa} og ${world.direct.name}`);
  });

  it('lists target groups before categories', async () => {
    await t.db.insert(taxonomyTerms).values([
      { taxonomy: 'category', slug: 'besoeg', nameDa: 'Besøg', nameEn: 'Visits' },
      { taxonomy: 'target_group', slug: 'ensomme', nameDa: 'Ensomme', nameEn: 'Lonely people' },
    ]);
    const terms = await termOptions(t.db);
    expect(terms.findIndex((x) => x.taxonomy === 'category')).toBeGreaterThan(terms.findLastIndex((x) => x.taxonomy === 'target_group'));
  });
});

describe('a referral sent from the form', () => {
  it('reaches the core with its idempotency key: the same form twice makes one referral', async () => {
    const world = await createReferralWorld(t.db);
    const data = new FormData();
    const fields = {
      idempotencyKey: crypto.randomUUID(),
      name: 'Testborger Hansen',
      phone: '12 34 56 78',
      preferredContact: 'phone',
      needs: 'Vil gerne have besøg.',
      urgency: 'soon',
      targetKind: 'activity',
      activityId: world.visiting.id,
      consent: 'true',
      consentMethod: 'written',
      consentDate: '2026-01-05',
      consentScope: 'Socialforvaltningen',
    };
    for (const [key, value] of Object.entries(fields)) data.set(key, value);
    const sent = readNewReferral(data, 'da');
    if (!sent.ok) throw new Error(JSON.stringify(sent.errors));
    const first = await createReferral(t.db, sent.input, world.staffA);
    const again = await createReferral(t.db, sent.input, world.staffA);
    expect(first.created).toBe(true);
    expect(again).toEqual({ ...first, created: false });
    const detail = await getReferral(t.db, first.id, world.staffA, 'view');
    expect(detail?.citizen?.name).toBe('Testborger Hansen');
    expect(detail?.urgency).toBe('soon');
  });
});

describe('the prescription', () => {
  it('shows the activity, when, where and whom to contact, and nothing about the citizen', async () => {
    const world = await createReferralWorld(t.db);
    const [place] = await t.db
      .insert(places)
      .values({ associationId: world.direct.id, name: 'Valby Kulturhus', address: 'Valgårdsvej 4', postalCode: '2500', city: 'Valby', latitude: 55.66, longitude: 12.51 })
      .returning();
    await t.db.insert(activityPlaces).values({ activityId: world.visiting.id, placeId: place!.id });
    await t.db.insert(schedules).values({ activityId: world.visiting.id, freq: 'WEEKLY', byday: ['MO', 'WE'], opensAt: '10:00', closesAt: '12:00' });
    await t.db.insert(contacts).values([
      { associationId: world.direct.id, activityId: world.visiting.id, name: 'Hanne Østergaard', phone: '20 00 00 01', visibility: 'public' },
      { associationId: world.direct.id, activityId: world.visiting.id, name: 'Intern Person', phone: '20 00 00 02', visibility: 'internal' },
    ]);
    const made = await createReferral(t.db, newReferral(toActivity(world.visiting.id)), world.staffA);
    const detail = (await getReferral(t.db, made.id, world.staffA, 'print'))!;
    const data = (await loadPrescription(t.db, { reference: detail.reference, createdAt: detail.createdAt, activityId: detail.activityId! }, 'da'))!;
    expect(data).toMatchObject({
      reference: made.reference,
      activityName: world.visiting.name,
      associationName: world.direct.name,
      when: ['Mandag og onsdag kl. 10.00–12.00'],
      places: [{ name: 'Valby Kulturhus', address: 'Valgårdsvej 4', postalCode: '2500', city: 'Valby' }],
    });
    expect(data.contacts.map((c) => c.name)).toEqual(['Hanne Østergaard']);
    const everything = JSON.stringify(data) + (await prescriptionPdf(data, 'da', { compress: false })).toString('latin1');
    for (const secret of [CITIZEN.name, CITIZEN.phone, CITIZEN.email, CITIZEN.needs, CITIZEN.note]) expect(everything).not.toContain(secret);
  });
});
