import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { advisorySeries, advisorySessionHosts, advisorySessions, advisorySessionTerms } from '../../db/schema';
import { bookSeat, bookingByToken, cancelBooking, cancelSession, findPublicSession, publishSessions, updateSession } from '../../src/lib/advisory';
import { useTestDatabase } from '../support/database';
import { type AdvisoryWorld, booking, createAdvisoryWorld, dateIn, mailsTo, ORIGIN, publishOne, rawBookings, sessionInput } from './advisory-fixtures';

const t = useTestDatabase();
let world: AdvisoryWorld;

beforeAll(async () => {
  world = await createAdvisoryWorld(t.db);
});

describe('publishing', () => {
  it('publishes a repeating session as one row per date, with the series, hosts and topics', async () => {
    const input = sessionInput(world, { date: '2030-01-01', repeat: { freq: 'MONTHLY', interval: 1, byday: ['1TU'], until: '2030-04-30' } });
    const { seriesId, ids, slugs } = await publishSessions(t.db, input, world.coordinator);
    expect(slugs).toEqual(['2030-01-01', '2030-02-05', '2030-03-05', '2030-04-02'].map((d) => `faelles-raadgivning-om-ensomhed-${world.tag}-${d}`));
    const [series] = await t.db.select().from(advisorySeries).where(eq(advisorySeries.id, seriesId!));
    expect(series).toMatchObject({ freq: 'MONTHLY', byday: ['1TU'], validFrom: '2030-01-01', validTo: '2030-04-30', administrationId: world.owner.id });
    const hosts = await t.db.select().from(advisorySessionHosts).where(eq(advisorySessionHosts.sessionId, ids[0]!));
    expect(hosts.map((h) => h.administrationId ?? h.associationId).sort()).toEqual([world.owner.id, world.partner.id, world.hostAssociation.id].sort());
    const terms = await t.db.select().from(advisorySessionTerms).where(eq(advisorySessionTerms.sessionId, ids[3]!));
    expect(terms.map((r) => r.termId)).toEqual([world.category.id]);

    const shown = await findPublicSession(t.db, slugs[1]!);
    expect(shown).toMatchObject({ seriesId, capacity: 5, seatsLeft: 5, waiting: 0, status: 'published', administrationId: world.owner.id });
    expect(shown!.startsAt.toISOString()).toBe('2030-02-05T15:00:00.000Z');
    // The owner first, then the partner administration, then the association.
    expect(shown!.hosts.map((h) => [h.kind, h.id])).toEqual([
      ['administration', world.owner.id],
      ['administration', world.partner.id],
      ['association', world.hostAssociation.id],
    ]);
    expect(shown!.place).toMatchObject({ address: 'Annexstræde 2', districtSlug: world.district.slug });
    expect(shown!.terms).toEqual([{ id: world.category.id, slug: world.category.slug, nameDa: world.category.nameDa, nameEn: world.category.nameEn }]);
  });

  it('gives a second session on the same topic and date its own slug', async () => {
    const a = await publishOne(t.db, world, { topic: `Samme emne ${world.tag}`, date: '2030-06-04' });
    const b = await publishOne(t.db, world, { topic: `Samme emne ${world.tag}`, date: '2030-06-04', startTime: '19:00', endTime: '20:00' });
    expect(a.slug).toBe(`samme-emne-${world.tag}-2030-06-04`);
    expect(b.slug).toBe(`samme-emne-${world.tag}-2030-06-04-2`);
  });

  it('lets only a coordinator publish', async () => {
    for (const actor of [world.ownerStaff, world.member, world.admin]) {
      await expect(publishSessions(t.db, sessionInput(world), actor)).rejects.toMatchObject({ code: 'not_allowed' });
    }
  });

  it('refuses what breaks the rules, field by field, and stores nothing', async () => {
    const before = (await t.db.select().from(advisorySessions)).length;
    await expect(
      publishSessions(t.db, sessionInput(world, { topic: 'ab', capacity: 501, place: null, onlineUrl: 'http://møde.example.dk', languages: ['xx'] }), world.coordinator),
    ).rejects.toMatchObject({
      code: 'invalid',
      fields: { topic: 'advisory.invalid.topicLength', capacity: 'advisory.invalid.capacityRange', onlineUrl: 'advisory.invalid.onlineUrl', languages: 'advisory.invalid.languages' },
    });
    await expect(publishSessions(t.db, sessionInput(world, { place: null, onlineUrl: null }), world.coordinator)).rejects.toMatchObject({ fields: { place: 'advisory.invalid.placeOrLink' } });
    const place = { name: null, address: 'Vej 1', postalCode: '25', city: 'Valby', districtId: null, latitude: null, longitude: null };
    await expect(publishSessions(t.db, sessionInput(world, { place }), world.coordinator)).rejects.toMatchObject({ fields: { postalCode: 'advisory.invalid.postalCode' } });
    // A target group is not a topic; an unknown host is a stale form.
    await expect(publishSessions(t.db, sessionInput(world, { termIds: [world.targetGroup.id] }), world.coordinator)).rejects.toMatchObject({ fields: { terms: 'advisory.invalid.terms' } });
    await expect(
      publishSessions(t.db, sessionInput(world, { hostAssociationIds: ['00000000-0000-4000-8000-000000000000'] }), world.coordinator),
    ).rejects.toMatchObject({ fields: { hosts: 'advisory.invalid.hosts' } });
    await expect(publishSessions(t.db, sessionInput(world, { date: dateIn(-1) }), world.coordinator)).rejects.toMatchObject({ fields: { date: 'advisory.invalid.datePast' } });
    expect((await t.db.select().from(advisorySessions)).length).toBe(before);
  });

  it('publishes an online session without a place', async () => {
    const { slug } = await publishOne(t.db, world, { place: null, onlineUrl: 'https://moede.example.dk/raad' });
    expect(await findPublicSession(t.db, slug)).toMatchObject({ place: null, onlineUrl: 'https://moede.example.dk/raad' });
  });
});

describe('changing a session', () => {
  it('gives the raised capacity to the waiting list, in order, and mails them', async () => {
    const session = await publishOne(t.db, world, { capacity: 1 });
    await bookSeat(t.db, session.id, booking(), ORIGIN);
    const w1Input = booking();
    const w1 = await bookSeat(t.db, session.id, w1Input, ORIGIN);
    const w2 = await bookSeat(t.db, session.id, booking(), ORIGIN);
    const w3 = await bookSeat(t.db, session.id, booking(), ORIGIN);
    const { repeat: _r, ...input } = sessionInput(world, { capacity: 3 });
    await updateSession(t.db, session.id, input, world.coordinator, 'this');
    expect(await bookingByToken(t.db, w1.cancelToken)).toMatchObject({ status: 'confirmed' });
    expect(await bookingByToken(t.db, w2.cancelToken)).toMatchObject({ status: 'confirmed' });
    expect(await bookingByToken(t.db, w3.cancelToken)).toMatchObject({ status: 'waiting', position: 1 });
    expect((await mailsTo(t.db, w1Input.person.email!))[0]!.purpose).toBe('advisory_promoted');
  });

  it('refuses a capacity below the seats taken, and says how many', async () => {
    const session = await publishOne(t.db, world, { capacity: 5 });
    for (let i = 0; i < 3; i++) await bookSeat(t.db, session.id, booking(), ORIGIN);
    const { repeat: _r, ...input } = sessionInput(world, { capacity: 2 });
    await expect(updateSession(t.db, session.id, input, world.coordinator, 'this')).rejects.toMatchObject({
      code: 'invalid',
      fields: { capacity: 'advisory.invalid.capacityBelowBooked' },
      params: { capacity: { count: 3 } },
    });
    const { repeat: _r2, ...same } = sessionInput(world, { capacity: 3 });
    await expect(updateSession(t.db, session.id, same, world.coordinator, 'this')).resolves.toBeUndefined();
  });

  it('mails every active booking when the time changes, and makes their reminder due again', async () => {
    const session = await publishOne(t.db, world, { date: dateIn(10) });
    const input = booking();
    const receipt = await bookSeat(t.db, session.id, input, ORIGIN);
    const cancelled = await bookSeat(t.db, session.id, booking(), ORIGIN);
    await cancelBooking(t.db, cancelled.cancelToken, ORIGIN);
    const { repeat: _r, ...changed } = sessionInput(world, { date: dateIn(11), startTime: '10:00', endTime: '12:00' });
    await updateSession(t.db, session.id, changed, world.coordinator, 'this');
    const [mail] = await mailsTo(t.db, input.person.email!);
    expect(mail!.purpose).toBe('advisory_changed');
    expect(mail!.body).toContain('kl. 10.00–12.00');
    expect(mail!.body).toContain(receipt.cancelToken);
    const rows = await rawBookings(t.db, session.id);
    expect(rows.find((r) => r.id === receipt.bookingId)!.reminderSentAt).toBeNull();
  });

  it('changes this and the later sessions of a series, each keeping its own date', async () => {
    const input = sessionInput(world, { date: dateIn(3), repeat: { freq: 'WEEKLY', interval: 1, byday: ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'], until: dateIn(6) } });
    const { seriesId, ids } = await publishSessions(t.db, input, world.coordinator);
    expect(ids).toHaveLength(4);
    const ofSeries = async () => new Map((await t.db.select().from(advisorySessions).where(eq(advisorySessions.seriesId, seriesId!))).map((s) => [s.id, s]));
    const before = await ofSeries();
    const { repeat: _r, ...rest } = input;
    // The form of the second session: its own date, a new topic and capacity for it and the later ones.
    await updateSession(t.db, ids[1]!, { ...rest, date: dateIn(4), topic: `Nyt emne ${world.tag}`, capacity: 9 }, world.coordinator, 'future');
    const after = await ofSeries();
    expect(after.get(ids[0]!)).toMatchObject({ topic: input.topic, capacity: 5 });
    for (const id of ids.slice(1)) {
      expect(after.get(id)).toMatchObject({ topic: `Nyt emne ${world.tag}`, capacity: 9 });
      expect(after.get(id)!.startsAt).toEqual(before.get(id)!.startsAt);
    }
  });

  it('lets only a coordinator of the owner change or cancel it', async () => {
    const session = await publishOne(t.db, world);
    const { repeat: _r, ...input } = sessionInput(world);
    for (const actor of [world.partnerCoordinator, world.ownerStaff, world.member, world.admin]) {
      await expect(updateSession(t.db, session.id, input, actor, 'this')).rejects.toMatchObject({ code: 'not_allowed' });
      await expect(cancelSession(t.db, session.id, actor, 'this')).rejects.toMatchObject({ code: 'not_allowed' });
    }
    await expect(updateSession(t.db, '00000000-0000-4000-8000-000000000000', input, world.coordinator, 'this')).rejects.toMatchObject({ code: 'not_found' });
  });
});

describe('cancelling a session', () => {
  it('marks it cancelled and mails every active booking with an e-mail', async () => {
    const session = await publishOne(t.db, world, { capacity: 1 });
    const seated = booking();
    const waiting = booking({}, 'en');
    await bookSeat(t.db, session.id, seated, ORIGIN);
    await bookSeat(t.db, session.id, waiting, ORIGIN);
    await cancelSession(t.db, session.id, world.coordinator, 'this');
    const shown = await findPublicSession(t.db, session.slug);
    expect(shown!.status).toBe('cancelled');
    const [toSeated] = await mailsTo(t.db, seated.person.email!);
    expect(toSeated).toMatchObject({ purpose: 'advisory_cancelled' });
    expect(toSeated!.subject).toMatch(/^Aflyst: /);
    const [toWaiting] = await mailsTo(t.db, waiting.person.email!);
    expect(toWaiting!.subject).toMatch(/^Cancelled: /);
    // Cancelling again changes nothing and mails nobody again.
    await cancelSession(t.db, session.id, world.coordinator, 'this');
    expect(await mailsTo(t.db, seated.person.email!)).toHaveLength(2);
  });

  it('cancels this and the later sessions of a series, not the earlier ones', async () => {
    const input = sessionInput(world, { date: dateIn(2), repeat: { freq: 'WEEKLY', interval: 1, byday: ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'], until: dateIn(5) } });
    const { ids } = await publishSessions(t.db, input, world.coordinator);
    await cancelSession(t.db, ids[2]!, world.coordinator, 'future');
    const statuses = await Promise.all(ids.map(async (id) => (await t.db.select().from(advisorySessions).where(eq(advisorySessions.id, id)))[0]!.status));
    expect(statuses).toEqual(['published', 'published', 'cancelled', 'cancelled']);
  });
});
