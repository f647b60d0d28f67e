import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { apiTokens, referrals } from '../../db/schema';
import { authenticateApiToken, revokeApiToken } from '../../src/lib/api-token';
import { createReferralResponse } from '../../src/lib/referral-api';
import { useTestDatabase } from '../support/database';
import { type ApiWorld, apiRequest, createApiWorld, read, referralBody } from './referral-api-fixtures';

/**
 * `POST /api/referrals` through the function its route calls (an Astro route cannot run in Vitest;
 * the browser tests call the real one), against a real PostgreSQL.
 */
const t = useTestDatabase();
let world: ApiWorld;

beforeAll(async () => {
  world = await createApiWorld(t.db);
});

const post = async (body: unknown, token: string | null = world.tokenA, headers: Record<string, string> = {}) =>
  read(await createReferralResponse(apiRequest('/api/referrals', { body, token, headers }), { db: t.db }));

describe('POST /api/referrals', () => {
  it('creates a referral to an activity given by slug and answers 201 with its id, reference, status and links', async () => {
    const { status, headers, body } = await post(referralBody(world));
    expect(status).toBe(201);
    expect(body).toMatchObject({ status: 'sent', version: 1, links: { self: `/api/referrals/${body.id}`, events: `/api/referrals/${body.id}/events` } });
    expect(body.reference).toMatch(/^[2-9A-HJKMNP-Z]{3}-[2-9A-HJKMNP-Z]{3}-[2-9A-HJKMNP-Z]{3}$/);
    expect(headers.get('location')).toBe(`/api/referrals/${body.id}`);
    expect(headers.get('cache-control')).toBe('no-store');
    const [row] = await t.db.select().from(referrals).where(eq(referrals.id, body.id));
    expect(row).toMatchObject({ source: 'api', receiverAdministrationId: world.b.id, senderAdministrationId: world.a.id, urgency: 'soon', termIds: [world.term.id] });
  });

  it('makes one referral for a repeated Idempotency-Key, answering 200 with the same one', async () => {
    const key = { 'idempotency-key': `retry-${world.tag}` };
    const first = await post(referralBody(world), world.tokenA, key);
    const again = await post(referralBody(world), world.tokenA, key);
    expect(first.status).toBe(201);
    expect(again.status).toBe(200);
    expect(again.body).toEqual(first.body);
  });

  it('refers to an administration given by slug', async () => {
    const { status, body } = await post(referralBody(world, { target: { administration: world.c.slug } }));
    expect(status).toBe(201);
    const [row] = await t.db.select().from(referrals).where(eq(referrals.id, body.id));
    expect(row!.receiverAdministrationId).toBe(world.c.id);
  });

  it('refuses a missing field with 400, naming the field, in Danish or in English', async () => {
    const body = referralBody(world);
    const citizen = { ...(body.citizen as object), name: '' };
    const danish = await post({ ...body, citizen });
    expect(danish.status).toBe(400);
    expect(danish.body).toEqual({ error: { code: 'invalid', field: 'citizen.name', message: 'Borgerens navn: Udfyld feltet.' } });
    const english = await post({ ...body, citizen }, world.tokenA, { 'accept-language': 'en-GB,en;q=0.9' });
    expect(english.body.error.message).toBe("Citizen's name: Fill in this field.");
  });

  it('refuses a body that is not JSON, a target of the wrong shape, and unknown terms', async () => {
    expect((await post('{not json')).body.error).toMatchObject({ field: 'body', code: 'invalid' });
    expect((await post(referralBody(world, { target: { activity: 'x', administration: 'y' } }))).body.error.field).toBe('target');
    const unknownTerm = await post(referralBody(world, { terms: ['ikke-et-ord'] }));
    expect(unknownTerm.status).toBe(400);
    expect(unknownTerm.body.error.field).toBe('terms');
    const unknownActivity = await post(referralBody(world, { target: { activity: 'findes-ikke' } }));
    expect(unknownActivity.status).toBe(400);
    expect(unknownActivity.body.error).toMatchObject({ code: 'invalid_target', field: 'target' });
  });

  it('refuses a CPR number with 400 and says why', async () => {
    const body = referralBody(world);
    const { status, body: answer } = await post({ ...body, citizen: { ...(body.citizen as object), needs: 'CPR 010190-1234, bor alene' } });
    expect(status).toBe(400);
    expect(answer.error).toMatchObject({ code: 'cpr', field: 'citizen.needs' });
    expect(answer.error.message).toContain('CPR');
  });

  it('answers 401 without a token, with an unknown one, and with a revoked one', async () => {
    const none = await post(referralBody(world), null);
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toContain('Bearer');
    expect((await post(referralBody(world), 'indgang_ikke-en-rigtig-noegle')).status).toBe(401);

    const revoked = await createApiWorld(t.db);
    const [row] = await t.db.select().from(apiTokens).where(eq(apiTokens.administrationId, revoked.a.id));
    expect(await revokeApiToken(t.db, row!.id)).toBe(true);
    const answer = await post(referralBody(revoked), revoked.tokenA);
    expect(answer.status).toBe(401);
    expect(answer.body.error.code).toBe('unauthorized');
  });
});

describe('API tokens', () => {
  it('are stored only as their SHA-256, and mark when they were last used', async () => {
    const rows = await t.db.select().from(apiTokens).where(eq(apiTokens.administrationId, world.a.id));
    expect(rows).toHaveLength(1);
    expect(JSON.stringify(rows)).not.toContain(world.tokenA);
    expect(rows[0]!.tokenHash).toBe(createHash('sha256').update(world.tokenA).digest('hex'));
    const before = rows[0]!.lastUsedAt?.getTime() ?? 0;
    const actor = await authenticateApiToken(t.db, world.tokenA);
    expect(actor).toMatchObject({ kind: 'api', administrationId: world.a.id });
    const [after] = await t.db.select().from(apiTokens).where(eq(apiTokens.id, rows[0]!.id));
    expect(after!.lastUsedAt!.getTime()).toBeGreaterThanOrEqual(before);
  });

  it('are limited to 120 requests a minute each', async () => {
    const own = await createApiWorld(t.db);
    const statuses: number[] = [];
    for (let i = 0; i < 121; i += 1) statuses.push((await post('{}', own.tokenA)).status);
    expect(statuses.slice(0, 120).every((s) => s === 400)).toBe(true);
    expect(statuses[120]).toBe(429);
  });
});
