import { expect, test } from '@playwright/test';

/**
 * The HSDS API's Astro routes on the running demo portal: that each route answers, with the
 * headers a directory elsewhere needs. The behaviour itself is tested in
 * tests/integration/hsds-api.test.ts; this proves the wiring (routes, [id] params, services).
 */
test.describe('Open Referral HSDS API', () => {
  test('answers the root, a page of services, one service and its organization', async ({ request }) => {
    const root = await request.get('/api/hsds/');
    expect(root.status()).toBe(200);
    expect(root.headers()['access-control-allow-origin']).toBe('*');
    expect(await root.json()).toMatchObject({ version: '3.0' });

    const services = await request.get('/api/hsds/services?per_page=2&search=bes%C3%B8gsven');
    expect(services.status()).toBe(200);
    expect(services.headers()['content-type']).toContain('application/json');
    const page = (await services.json()) as { total_items: number; size: number; contents: { id: string; organization_id: string; name: string }[] };
    expect(page.size).toBe(2);
    expect(page.total_items).toBeGreaterThanOrEqual(3);

    const [first] = page.contents;
    const service = await request.get(`/api/hsds/services/${first!.id}`);
    expect(service.status()).toBe(200);
    expect(await service.json()).toMatchObject({ id: first!.id, name: first!.name });
    const organization = await request.get(`/api/hsds/organizations/${first!.organization_id}`);
    expect(organization.status()).toBe(200);
    expect(((await organization.json()) as { services: { id: string }[] }).services.map((s) => s.id)).toContain(first!.id);
  });

  test('answers 404 for an unknown id and 400 naming a bad parameter', async ({ request }) => {
    const missing = await request.get('/api/hsds/organizations/00000000-0000-4000-8000-000000000000', { headers: { 'accept-language': 'en' } });
    expect(missing.status()).toBe(404);
    expect(await missing.json()).toEqual({ error: { message: 'There is no public organization with this id.' } });
    const bad = await request.get('/api/hsds/services?per_page=0');
    expect(bad.status()).toBe(400);
    expect(((await bad.json()) as { error: { parameter: string } }).error.parameter).toBe('per_page');
  });
});
