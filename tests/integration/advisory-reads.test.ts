import { beforeAll, describe, expect, it } from 'vitest';
import { cancelSession, hostedSessions, listPublicSessions, type SessionFilters, sessionFilterOptions } from '../../src/lib/advisory';
import { useTestDatabase } from '../support/database';
import { createAssociation } from '../support/fixtures';
import { type AdvisoryWorld, createAdvisoryWorld, publishOne } from './advisory-fixtures';

const t = useTestDatabase();
let world: AdvisoryWorld;
let valby: string;
let online: string;
let forAssociations: string;
let cancelled: string;

const from = new Date('2031-03-01T00:00:00Z');
const to = new Date('2031-04-01T00:00:00Z');
const all: SessionFilters = { from, to, topics: [], districts: [], hosts: [], audience: null };
const slugsOf = async (filters: Partial<SessionFilters>) => (await listPublicSessions(t.db, { ...all, ...filters })).map((s) => s.slug);

beforeAll(async () => {
  world = await createAdvisoryWorld(t.db);
  valby = (await publishOne(t.db, world, { topic: `Valby ${world.tag}`, date: '2031-03-10' })).slug;
  online = (
    await publishOne(t.db, world, { topic: `Online ${world.tag}`, date: '2031-03-05', place: null, onlineUrl: 'https://moede.example.dk/a', termIds: [], hostAssociationIds: [], hostAdministrationIds: [] })
  ).slug;
  forAssociations = (await publishOne(t.db, world, { topic: `Foreningsdag ${world.tag}`, date: '2031-03-20', audience: 'associations', hostAssociationIds: [] })).slug;
  const gone = await publishOne(t.db, world, { topic: `Aflyst ${world.tag}`, date: '2031-03-25', audience: 'both' });
  await cancelSession(t.db, gone.id, world.coordinator, 'this');
  cancelled = gone.slug;
  await publishOne(t.db, world, { topic: `April ${world.tag}`, date: '2031-04-02' });
});

describe('the public list', () => {
  it('shows the published and cancelled sessions of the window, by start time', async () => {
    expect(await slugsOf({})).toEqual([online, valby, forAssociations, cancelled]);
  });

  it('filters by topic, district, host and audience', async () => {
    expect(await slugsOf({ topics: [world.category.slug] })).toEqual([valby, forAssociations, cancelled]);
    // An online-only session is in no district.
    expect(await slugsOf({ districts: [world.district.slug] })).toEqual([valby, forAssociations, cancelled]);
    expect(await slugsOf({ hosts: [`association:${world.hostAssociation.slug}`] })).toEqual([valby, cancelled]);
    expect(await slugsOf({ hosts: [`administration:${world.partner.slug}`] })).toEqual([valby, forAssociations, cancelled]);
    expect(await slugsOf({ hosts: [`administration:${world.owner.slug}`] })).toEqual([online, valby, forAssociations, cancelled]);
    expect(await slugsOf({ hosts: ['nonsense'] })).toEqual([]);
    expect(await slugsOf({ audience: 'citizens' })).toEqual([online, valby, cancelled]);
    expect(await slugsOf({ audience: 'associations' })).toEqual([forAssociations, cancelled]);
    expect(await slugsOf({ topics: [world.category.slug], audience: 'citizens', hosts: [`association:${world.hostAssociation.slug}`] })).toEqual([valby, cancelled]);
  });
});

describe('the feeds and filter choices', () => {
  it("lists a host's sessions from a date on, and null for a host that does not exist", async () => {
    const byAssociation = await hostedSessions(t.db, { kind: 'association', slug: world.hostAssociation.slug }, from);
    // A feed has no end: it runs on past the list's month.
    expect(byAssociation!.map((s) => s.topic)).toEqual([`Valby ${world.tag}`, `Aflyst ${world.tag}`, `April ${world.tag}`]);
    const byOwner = await hostedSessions(t.db, { kind: 'administration', slug: world.owner.slug }, new Date('2031-03-15T00:00:00Z'));
    expect(byOwner!.map((s) => s.topic)).toEqual([`Foreningsdag ${world.tag}`, `Aflyst ${world.tag}`, `April ${world.tag}`]);
    const quiet = await createAssociation(t.db, { administrationId: world.owner.id });
    expect(await hostedSessions(t.db, { kind: 'association', slug: quiet.slug }, from)).toEqual([]);
    expect(await hostedSessions(t.db, { kind: 'association', slug: 'findes-ikke' }, from)).toBeNull();
  });

  it('offers only topics, districts and hosts of upcoming published sessions', async () => {
    const options = await sessionFilterOptions(t.db, from);
    expect(options.topics).toEqual([{ slug: world.category.slug, nameDa: world.category.nameDa, nameEn: world.category.nameEn }]);
    expect(options.districts).toEqual([{ slug: world.district.slug, name: world.district.name }]);
    // Administrations first ("Social …" before "Sundhed …"), then associations.
    expect(options.hosts).toEqual([
      { value: `administration:${world.owner.slug}`, name: world.owner.nameDa, nameEn: world.owner.nameEn },
      { value: `administration:${world.partner.slug}`, name: world.partner.nameDa, nameEn: world.partner.nameEn },
      { value: `association:${world.hostAssociation.slug}`, name: world.hostAssociation.name, nameEn: world.hostAssociation.name },
    ]);
    expect(await sessionFilterOptions(t.db, new Date('2032-01-01T00:00:00Z'))).toEqual({ topics: [], districts: [], hosts: [] });
  });
});
