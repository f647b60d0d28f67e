import { eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { activities, associations, contacts, schedules } from '../../db/schema';
import { seedDemoData } from '../../db/seed/seed';
import { indexAll } from '../../search/sync/index-all';
import { exportDataset } from '../../src/lib/hsds';
import { hsdsItemResponse, hsdsListResponse, hsdsRootResponse, type HsdsApiDeps } from '../../src/lib/hsds/api/respond';
import { describeErrors, hsdsValidator } from '../hsds/schemas';
import { useTestDatabase } from '../support/database';
import { useTestSearch } from '../support/search';
import { createFullListing } from './hsds-fixtures';

/**
 * The read-only HSDS API through the functions its routes call (an Astro route cannot run in
 * Vitest), against real PostgreSQL and Meilisearch. Shapes are checked with the vendored schemas.
 */
type Json = Record<string, any>;

async function answer(response: Response): Promise<{ status: number; headers: Headers; body: Json }> {
  return { status: response.status, headers: response.headers, body: (await response.json()) as Json };
}

async function listOf(kind: 'service' | 'organization', query: string, deps: HsdsApiDeps, acceptLanguage: string | null = null) {
  const path = kind === 'service' ? 'services' : 'organizations';
  return answer(await hsdsListResponse(kind, new URL(`http://indgang.test/api/hsds/${path}?${query}`), acceptLanguage, deps));
}

async function item(kind: 'service' | 'organization', id: string, deps: HsdsApiDeps, acceptLanguage: string | null = null) {
  const path = kind === 'service' ? 'services' : 'organizations';
  return answer(await hsdsItemResponse(kind, id, new URL(`http://indgang.test/api/hsds/${path}/${id}`), acceptLanguage, deps));
}

function expectValid(kind: 'service' | 'organization', objects: Json[]): void {
  const validate = hsdsValidator(kind);
  expect(objects.flatMap((o) => (validate(o) ? [] : describeErrors(validate.errors)))).toEqual([]);
}

const PAGE_KEYS = ['contents', 'empty', 'first_page', 'last_page', 'page_number', 'size', 'total_items', 'total_pages'];

describe('HSDS API on the demo municipality', () => {
  const t = useTestDatabase();
  const meili = useTestSearch();
  const deps = (): HsdsApiDeps => ({ db: t.db, client: meili.client, prefix: meili.prefix, log: console });
  let serviceCount: number;
  let organizationCount: number;

  beforeAll(async () => {
    await seedDemoData(t.db);
    await indexAll(t.db, meili.client, meili.prefix);
    const dataset = await exportDataset(t.db);
    serviceCount = dataset.services.length;
    organizationCount = dataset.organizations.length;
  });

  it('answers the root with the HSDS version, publicly readable', async () => {
    const { status, headers, body } = await answer(hsdsRootResponse());
    expect(status).toBe(200);
    expect(headers.get('access-control-allow-origin')).toBe('*');
    expect(body).toMatchObject({ version: '3.0' });
    expect(body['profile']).toMatch(/^https:\/\//);
    expect(body['openapi_url']).toMatch(/^https:\/\/.*openapi\.json$/);
  });

  it('lists services 50 to a page by default, each valid HSDS, with the paging fields', async () => {
    const { status, headers, body } = await listOf('service', '', deps());
    expect(status).toBe(200);
    expect(headers.get('access-control-allow-origin')).toBe('*');
    expect(headers.get('cache-control')).toBe('public, max-age=300');
    expect(Object.keys(body).sort()).toEqual(PAGE_KEYS);
    expect(body).toMatchObject({
      total_items: serviceCount,
      total_pages: Math.ceil(serviceCount / 50),
      page_number: 1,
      size: 50,
      first_page: true,
      last_page: false,
      empty: false,
    });
    expect(body['contents']).toHaveLength(50);
    expectValid('service', body['contents']);
  });

  it('gives the last page the rest, and a page beyond it empty', async () => {
    const pages = Math.ceil(serviceCount / 100);
    const last = await listOf('service', `per_page=100&page=${pages}`, deps());
    expect(last.body).toMatchObject({
      total_items: serviceCount,
      total_pages: pages,
      page_number: pages,
      size: serviceCount - (pages - 1) * 100,
      first_page: pages === 1,
      last_page: true,
      empty: false,
    });
    const beyond = await listOf('service', `per_page=100&page=${pages + 1}`, deps());
    expect(beyond.status).toBe(200);
    expect(beyond.body).toMatchObject({ total_items: serviceCount, page_number: pages + 1, size: 0, last_page: true, empty: true, contents: [] });
  });

  it('pages through every exported service exactly once', async () => {
    const seen: string[] = [];
    for (let page = 1; ; page++) {
      const { body } = await listOf('service', `per_page=100&page=${page}`, deps());
      seen.push(...body['contents'].map((s: Json) => s['id']));
      if (body['last_page']) break;
    }
    const all = (await exportDataset(t.db)).services.map((s) => s.id);
    expect(seen).toEqual(all);
  });

  it('takes per_page from 1 to 100 and refuses anything else, naming the parameter', async () => {
    const one = await listOf('service', 'per_page=1', deps());
    expect(one.body).toMatchObject({ size: 1, total_pages: serviceCount });
    const hundred = await listOf('service', 'per_page=100', deps());
    expect(hundred.body['size']).toBe(Math.min(100, serviceCount));
    for (const bad of ['per_page=0', 'per_page=101', 'per_page=abc', 'per_page=2.5', 'page=0', 'page=-1', 'page=1&page=2']) {
      const { status, headers, body } = await listOf('service', bad, deps());
      expect(status, bad).toBe(400);
      expect(headers.get('access-control-allow-origin')).toBe('*');
      expect(body['error']['parameter']).toBe(bad.split('=')[0]);
    }
  });

  it('says what is wrong in Danish, or in English when asked', async () => {
    const da = await listOf('organization', 'per_page=500', deps());
    expect(da.body['error']).toEqual({ parameter: 'per_page', message: "per_page: skal være et helt tal fra 1 til 100, ikke '500'" });
    const en = await listOf('organization', 'per_page=500', deps(), 'en-GB,en;q=0.8');
    expect(en.body['error']['message']).toBe("per_page: must be a whole number from 1 to 100, not '500'");
    const date = await listOf('service', 'modified_after=2026-02-30', deps());
    expect(date.status).toBe(400);
    expect(date.body['error']['parameter']).toBe('modified_after');
  });

  it('finds services by text through the search index, best match first', async () => {
    const { body } = await listOf('service', `search=${encodeURIComponent('besøgsven')}&per_page=100`, deps());
    expect(body['total_items']).toBeGreaterThanOrEqual(3);
    expect(body['total_items']).toBeLessThan(serviceCount);
    const names: string[] = body['contents'].map((s: Json) => s['name'].toLowerCase());
    expect(names[0]).toContain('besøg');
    expect(names.filter((n) => n.includes('besøg')).length).toBeGreaterThanOrEqual(3);
    expectValid('service', body['contents']);
    const none = await listOf('service', 'search=xqzzyvwk', deps());
    expect(none.body).toMatchObject({ total_items: 0, total_pages: 0, size: 0, empty: true, last_page: true, contents: [] });
  });

  it('finds organizations by part of their name, ignoring case', async () => {
    const { body } = await listOf('organization', 'search=VALBY', deps());
    expect(body['total_items']).toBeGreaterThanOrEqual(1);
    for (const o of body['contents']) expect(`${o['name']} ${o['alternate_name'] ?? ''}`.toLowerCase()).toContain('valby');
    expectValid('organization', body['contents']);
  });

  it('lists every public organization, each valid HSDS', async () => {
    const { body } = await listOf('organization', 'per_page=100', deps());
    expect(body['total_items']).toBe(organizationCount);
    expectValid('organization', body['contents']);
  });

  it('answers one service or organization by id, and 404 for ids that are not public', async () => {
    const [published] = await t.db.select({ id: activities.id, associationId: activities.associationId }).from(activities).where(eq(activities.status, 'published')).limit(1);
    const service = await item('service', published!.id, deps());
    expect(service.status).toBe(200);
    expect(service.headers.get('access-control-allow-origin')).toBe('*');
    expect(service.body['id']).toBe(published!.id);
    expectValid('service', [service.body]);
    const organization = await item('organization', published!.associationId, deps());
    expect(organization.status).toBe(200);
    expectValid('organization', [organization.body]);

    const [draft] = await t.db.select({ id: activities.id }).from(activities).where(eq(activities.status, 'draft')).limit(1);
    const [draftAssociation] = await t.db.select({ id: associations.id }).from(associations).where(eq(associations.status, 'draft')).limit(1);
    expect((await item('service', draft!.id, deps())).status).toBe(404);
    expect((await item('organization', draftAssociation!.id, deps())).status).toBe(404);
    expect((await item('service', published!.associationId, deps())).status).toBe(404);
    expect((await item('service', '00000000-0000-4000-8000-000000000000', deps())).status).toBe(404);
    const notUuid = await item('organization', 'not-a-uuid', deps(), 'en');
    expect(notUuid.status).toBe(404);
    expect(notUuid.body['error']['message']).toBe('There is no public organization with this id.');
  });
});

describe('HSDS API: modified_after and what stays private', () => {
  const t = useTestDatabase();
  const meili = useTestSearch();
  const deps = (): HsdsApiDeps => ({ db: t.db, client: meili.client, prefix: meili.prefix, log: console });
  let fixture: Awaited<ReturnType<typeof createFullListing>>;

  beforeAll(async () => {
    fixture = await createFullListing(t.db);
    // Everything last changed in 2025, so that a change made now stands out.
    const old = sql`'2025-06-01T00:00:00Z'::timestamptz`;
    for (const table of ['associations', 'activities', 'places', 'schedules', 'contacts']) {
      await t.db.execute(sql`update ${sql.identifier(table)} set updated_at = ${old} where true`);
    }
  });

  it('returns only what changed on or after modified_after, counting a changed schedule or contact', async () => {
    expect((await listOf('service', 'modified_after=2026-01-01T00:00:00Z', deps())).body['total_items']).toBe(0);
    expect((await listOf('service', 'modified_after=2025-06-01T00:00:00Z', deps())).body['total_items']).toBe(2);

    await t.db.update(schedules).set({ updatedAt: new Date('2026-04-01T08:00:00Z') }).where(eq(schedules.id, fixture.weekly.id));
    const services = await listOf('service', 'modified_after=2026-03-31T00:00:00%2B02:00', deps());
    expect(services.body['contents'].map((s: Json) => s['id'])).toEqual([fixture.activity.id]);

    // An organization lists its services in brief (id, name, status): a schedule does not change it, the activity does.
    expect((await listOf('organization', 'modified_after=2026-01-01', deps())).body['total_items']).toBe(0);
    await t.db.update(activities).set({ updatedAt: new Date('2026-04-02T00:00:00Z') }).where(eq(activities.id, fixture.paused.id));
    expect((await listOf('organization', 'modified_after=2026-01-01', deps())).body['total_items']).toBe(1);
    await t.db.execute(sql`update activities set updated_at = '2025-06-01T00:00:00Z' where true`);
    expect((await listOf('organization', 'modified_after=2026-01-01', deps())).body['total_items']).toBe(0);
    await t.db.update(contacts).set({ updatedAt: new Date('2026-05-01T00:00:00Z') }).where(eq(contacts.id, fixture.orgContact.id));
    const organizations = await listOf('organization', 'modified_after=2026-01-01', deps());
    expect(organizations.body['contents'].map((o: Json) => o['id'])).toEqual([fixture.association.id]);
  });

  it('lists the paused service as temporarily closed and never drafts, archived listings or internal contacts', async () => {
    const { body } = await listOf('service', '', deps());
    expect(body['contents'].map((s: Json) => [s['name'], s['status']])).toEqual([
      [fixture.activity.name, 'active'],
      [fixture.paused.name, 'temporarily closed'],
    ]);
    const organizations = await listOf('organization', '', deps());
    expect(organizations.body['contents'].map((o: Json) => o['id'])).toEqual([fixture.association.id]);
    const text = JSON.stringify([body, organizations.body]);
    for (const secret of [...fixture.internalEmails, fixture.internalPhone]) expect(text).not.toContain(secret);
    for (const hidden of Object.values(fixture.hidden)) {
      expect(text).not.toContain(hidden.id);
      expect((await item('service', hidden.id, deps())).status).toBe(404);
    }
  });
});
