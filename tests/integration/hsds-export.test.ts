import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { seedDemoData } from '../../db/seed/seed';
import { exportDataset, type HsdsDataset } from '../../src/lib/hsds';
import { describeErrors, hsdsValidator } from '../hsds/schemas';
import { useTestDatabase } from '../support/database';
import { createFullListing } from './hsds-fixtures';

/** Every object of the export against the vendored HSDS 3.0 schemas, with the errors named. */
function expectValid(dataset: HsdsDataset): void {
  const organization = hsdsValidator('organization');
  const service = hsdsValidator('service');
  const problems = [
    ...dataset.organizations.flatMap((o) => (organization(o) ? [] : describeErrors(organization.errors).map((e) => `${o.name}: ${e}`))),
    ...dataset.services.flatMap((s) => (service(s) ? [] : describeErrors(service.errors).map((e) => `${s.name}: ${e}`))),
  ];
  expect(problems).toEqual([]);
}

describe('HSDS export of the demo municipality', () => {
  const t = useTestDatabase();
  let dataset: HsdsDataset;

  beforeAll(async () => {
    await seedDemoData(t.db);
    dataset = await exportDataset(t.db);
  });

  it('validates every organization and service against the HSDS 3.0 schemas', () => {
    expect(dataset.organizations.length).toBeGreaterThan(20);
    expect(dataset.services.length).toBeGreaterThan(100);
    expectValid(dataset);
  });

  it('exports exactly the published associations and their published or paused activities', async () => {
    const [counts] = await t.db.execute<{ associations: number; activities: number; paused: number }>(sql`
      select (select count(*)::int from associations where status = 'published') as associations,
             (select count(*)::int from activities a join associations s on s.id = a.association_id
               where s.status = 'published' and a.status in ('published', 'paused')) as activities,
             (select count(*)::int from activities a join associations s on s.id = a.association_id
               where s.status = 'published' and a.status = 'paused') as paused`);
    expect(dataset.organizations).toHaveLength(counts!.associations);
    expect(dataset.services).toHaveLength(counts!.activities);
    expect(counts!.paused).toBeGreaterThan(0);
    expect(dataset.services.filter((s) => s.status === 'temporarily closed')).toHaveLength(counts!.paused);
  });

  it('leaves out drafts, archived listings and internal contacts', async () => {
    const hidden = await t.db.execute<{ id: string }>(sql`
      select id from activities where status in ('draft', 'archived')
      union all select id from associations where status <> 'published'
      union all select id from contacts where visibility = 'internal'`);
    expect(hidden.length).toBeGreaterThan(0);
    const text = JSON.stringify(dataset);
    expect(hidden.filter(({ id }) => text.includes(id))).toEqual([]);
    const internal = await t.db.execute<{ email: string }>(sql`select email from contacts where visibility = 'internal' and email is not null`);
    expect(internal.length).toBeGreaterThan(0);
    expect(internal.filter(({ email }) => text.includes(email))).toEqual([]);
  });

  it('points every service at an exported organization, which lists it', () => {
    const organizations = new Map(dataset.organizations.map((o) => [o.id, o]));
    for (const service of dataset.services) {
      expect(organizations.get(service.organization_id)?.services.map((s) => s.id)).toContain(service.id);
    }
    expect(dataset.organizations.reduce((n, o) => n + o.services.length, 0)).toBe(dataset.services.length);
  });

  it('gives every object an id that is unique in the dataset, except shared terms', () => {
    const ids = new Map<string, string>();
    const clash: string[] = [];
    const visit = (value: unknown, path: string): void => {
      if (Array.isArray(value)) return value.forEach((v, i) => visit(v, `${path}/${i}`));
      if (!value || typeof value !== 'object') return;
      const object = value as Record<string, unknown>;
      // Shared by design: a term on many services, a place of many activities, and the brief
      // services an organization lists (the same ids as the full ones).
      const shared = /taxonomy_term$|taxonomy_detail$|\/location$|^\/organizations\/\d+\/services\/\d+$/.test(path);
      if (typeof object['id'] === 'string' && !shared) {
        const json = JSON.stringify(object);
        const seen = ids.get(object['id']);
        if (seen !== undefined && seen !== json) clash.push(`${path}: ${object['id']}`);
        ids.set(object['id'], json);
      }
      for (const [k, v] of Object.entries(object)) visit(v, `${path}/${k}`);
    };
    visit(dataset, '');
    expect(clash).toEqual([]);
  });

  it('would fail a broken object: the schemas check nested addresses, terms, ids and statuses', () => {
    const validate = hsdsValidator('service');
    const service = dataset.services.find((s) => s.service_at_locations.length > 0 && s.attributes.length > 0)!;
    const broken = (change: (copy: any) => void) => {
      const copy = structuredClone(service) as any;
      change(copy);
      return validate(copy);
    };
    expect(broken(() => {})).toBe(true);
    expect(broken((c) => (c.status = 'published'))).toBe(false);
    expect(broken((c) => (c.id = 'besoegsven-i-valby'))).toBe(false);
    expect(broken((c) => delete c.service_at_locations[0].location.addresses[0].city)).toBe(false);
    expect(broken((c) => (c.service_at_locations[0].location.accessibility = [{ description: 'no id' }]))).toBe(false);
    expect(broken((c) => (c.attributes[0].taxonomy_term.taxonomy = { name: 'not a string' }))).toBe(false);
    expect(broken((c) => delete c.attributes[0].taxonomy_term.taxonomy_detail.description)).toBe(false);
    expect(broken((c) => (c.schedules[0].freq = 'DAILY'))).toBe(false);
  });

  it('is the same when exported twice', async () => {
    expect(await exportDataset(t.db)).toEqual(dataset);
  });
});

describe('HSDS export of a listing with every field filled', () => {
  const t = useTestDatabase();
  let fixture: Awaited<ReturnType<typeof createFullListing>>;
  let dataset: HsdsDataset;

  beforeAll(async () => {
    fixture = await createFullListing(t.db);
    dataset = await exportDataset(t.db, new Date('2026-07-01T12:00:00Z'));
  });

  it('validates against the HSDS 3.0 schemas', () => {
    expectValid(dataset);
  });

  it('maps the association to an organization', () => {
    expect(dataset.organizations).toHaveLength(1);
    const [organization] = dataset.organizations;
    expect(organization).toMatchObject({
      id: fixture.association.id,
      name: fixture.association.name,
      alternate_name: 'VBT',
      description: 'Frivillige besøgsvenner i Valby.',
      email: 'kontakt@valby-besoeg.example.dk',
      website: 'https://valby-besoeg.example.dk/',
      year_incorporated: 1998,
      phones: [{ number: '+45 36 00 00 01', organization_id: fixture.association.id }],
      organization_identifiers: [{ identifier_scheme: 'DK-CVR', identifier_type: 'CVR', identifier: '12345678' }],
      contacts: [{ id: fixture.orgContact.id, name: 'Birte Hansen', title: 'Formand', email: 'birte@valby-besoeg.example.dk', phones: [{ number: '+45 20 00 00 01' }] }],
    });
    const terms = organization!.attributes.map((a) => [a.taxonomy_term.taxonomy, a.taxonomy_term.code, a.taxonomy_term.name]);
    expect(terms).toEqual([
      ['indgang:forvaltning', fixture.administration.slug, fixture.administration.nameDa],
      ['indgang:bydel', fixture.district.slug, fixture.district.name],
    ]);
    expect(organization!.services.map((s) => [s.name, s.status])).toEqual([
      [fixture.activity.name, 'active'],
      [fixture.paused.name, 'temporarily closed'],
    ]);
  });

  it('maps the activity to a service with its price, ages, languages and terms', () => {
    const service = dataset.services.find((s) => s.id === fixture.activity.id)!;
    expect(service).toMatchObject({
      organization_id: fixture.association.id,
      name: fixture.activity.name,
      description: 'En frivillig besøger dig en gang om ugen.\n\nI drikker kaffe, går en tur eller spiller kort.',
      url: 'https://valby-besoeg.example.dk/besoegsven',
      email: 'besoeg@valby-besoeg.example.dk',
      status: 'active',
      application_process: 'Ring til os.',
      eligibility_description: 'Ældre, der bor i Valby.',
      minimum_age: 65,
      maximum_age: 120,
      fees_description: '250,50 kr. per halvår',
      cost_options: [{ currency: 'DKK', amount: 250.5, amount_description: 'per halvår', service_id: fixture.activity.id }],
      assured_date: '2026-03-01',
      phones: [],
    });
    expect(service.languages.map((l) => [l.code, l.name])).toEqual([
      ['da', 'dansk'],
      ['en', 'engelsk'],
    ]);
    expect(service.attributes.map((a) => [a.link_type, a.taxonomy_term.taxonomy, a.taxonomy_term.code, a.taxonomy_term.name])).toEqual([
      ['target_group', 'indgang:maalgruppe', fixture.target.slug, 'Ældre'],
      ['category', 'indgang:kategori', fixture.category.slug, 'Besøg og ledsagelse'],
      ['administration', 'indgang:forvaltning', fixture.administration.slug, fixture.administration.nameDa],
      ['kind', 'indgang:art', 'offer', 'Tilbud'],
    ]);
    expect(service.attributes[0]!.taxonomy_term).toMatchObject({ id: fixture.target.id, description: 'Mennesker over 65 år.', language: 'da' });
  });

  it('maps the place to a physical location with its address, point and accessibility', () => {
    const service = dataset.services.find((s) => s.id === fixture.activity.id)!;
    expect(service.service_at_locations).toHaveLength(1);
    const [link] = service.service_at_locations;
    expect(link).toMatchObject({ service_id: fixture.activity.id, location_id: fixture.place.id });
    expect(link!.location).toMatchObject({
      id: fixture.place.id,
      location_type: 'physical',
      organization_id: fixture.association.id,
      name: 'Valby Kulturhus',
      latitude: 55.6616,
      longitude: 12.5163,
      addresses: [{ address_1: 'Valgårdsvej 4', postal_code: '2500', city: 'Valby', country: 'DK', address_type: 'physical' }],
      accessibility: [{ description: 'Der er adgang for kørestol.', details: 'Elevator til 1. sal, teleslynge i salen.' }],
    });
    expect(link!.location.attributes.map((a) => a.taxonomy_term.code)).toEqual([fixture.district.slug]);
  });

  it('maps the schedules to RFC 5545 rules with times in Copenhagen', () => {
    const service = dataset.services.find((s) => s.id === fixture.activity.id)!;
    expect(service.schedules).toEqual([
      {
        id: fixture.weekly.id,
        service_id: fixture.activity.id,
        location_id: fixture.place.id,
        freq: 'WEEKLY',
        interval: 2,
        byday: 'TU,TH',
        opens_at: '10:00',
        closes_at: '12:00',
        valid_from: '2026-01-06',
        valid_to: '2026-06-30',
        // The first Tuesday or Thursday on or after valid_from: RFC 5545 counts "every other week" from it.
        dtstart: '2026-01-06',
        // Copenhagen is UTC+1 on 6 January.
        timezone: 1,
        description: 'Tirsdag og torsdag hver anden uge kl. 10.00–12.00, fra 6. januar 2026 til 30. juni 2026',
        notes: 'Ikke i skolernes vinterferie.',
      },
      {
        id: fixture.monthly.id,
        service_id: fixture.activity.id,
        freq: 'MONTHLY',
        interval: 1,
        byday: '1TU',
        opens_at: '17:00',
        closes_at: '19:30',
        // No valid_from: the offset on the day of the export (1 July, summer time).
        timezone: 2,
        description: 'Første tirsdag i måneden kl. 17.00–19.30',
      },
    ]);
  });

  it('exports the public contacts of the activity and never an internal one or a draft’s', () => {
    const service = dataset.services.find((s) => s.id === fixture.activity.id)!;
    expect(service.contacts).toEqual([
      {
        id: fixture.serviceContact.id,
        service_id: fixture.activity.id,
        name: 'Jens Jensen',
        title: 'Koordinator',
        phones: [{ id: expect.any(String), number: '+45 20 00 00 02', contact_id: fixture.serviceContact.id }],
      },
    ]);
    const text = JSON.stringify(dataset);
    for (const secret of [...fixture.internalEmails, fixture.internalPhone, 'Intern Kasserer', 'Intern Kontakt']) {
      expect(text).not.toContain(secret);
    }
    for (const hidden of Object.values(fixture.hidden)) expect(text).not.toContain(hidden.id);
  });

  it('exports a free activity as free, with no cost options', () => {
    const paused = dataset.services.find((s) => s.id === fixture.paused.id)!;
    expect(paused).toMatchObject({ status: 'temporarily closed', fees_description: 'Gratis', cost_options: [] });
  });
});
