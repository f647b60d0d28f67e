import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { referralAccessLog, referrals } from '../../db/schema';
import { createReferralResponse, readReferralResponse, referralEventResponse } from '../../src/lib/referral-api';
import { useTestDatabase } from '../support/database';
import { type ApiWorld, apiRequest, createApiWorld, read, referralBody } from './referral-api-fixtures';

/** `GET /api/referrals/[id]` and `POST /api/referrals/[id]/events`: visibility, the procedure, conflicts. */
const t = useTestDatabase();
let world: ApiWorld;

beforeAll(async () => {
  world = await createApiWorld(t.db);
});

/** A fresh referral from A to B's activity; its id. */
async function sent(): Promise<string> {
  const answer = await read(await createReferralResponse(apiRequest('/api/referrals', { body: referralBody(world), token: world.tokenA }), { db: t.db }));
  expect(answer.status).toBe(201);
  return answer.body.id;
}

const get = async (id: string, token: string) => read(await readReferralResponse(apiRequest(`/api/referrals/${id}`, { token }), id, { db: t.db }));
const event = async (id: string, token: string, body: unknown, headers: Record<string, string> = {}) =>
  read(await referralEventResponse(apiRequest(`/api/referrals/${id}/events`, { body, token, headers }), id, { db: t.db }));

describe('GET /api/referrals/[id]', () => {
  it('shows the sender the referral with the citizen, the timeline and what it can do, and logs the view', async () => {
    const id = await sent();
    const { status, body } = await get(id, world.tokenA);
    expect(status).toBe(200);
    expect(body).toMatchObject({
      id,
      status: 'sent',
      version: 1,
      urgency: 'soon',
      source: 'api',
      activity: { id: world.activity.id, slug: world.activity.slug },
      receiver: { id: world.b.id },
      sender: { id: world.a.id },
      citizen: { name: 'Åge Apisen', email: 'aage.apisen@example.dk', preferredContact: 'phone' },
      noteToReceiver: 'Ring efter kl. 10',
      side: 'sender',
      actions: [],
    });
    expect(body.timeline).toEqual([expect.objectContaining({ from: null, to: 'sent' })]);
    const logged = await t.db
      .select()
      .from(referralAccessLog)
      .where(and(eq(referralAccessLog.referralId, id), eq(referralAccessLog.action, 'api_view')));
    expect(logged).toHaveLength(1);
    expect(logged[0]!.administrationId).toBe(world.a.id);
  });

  it('answers 404 to another administration, exactly as for a referral that does not exist', async () => {
    const id = await sent();
    const other = await get(id, world.tokenC);
    const unknown = await get('00000000-0000-4000-8000-000000000000', world.tokenC);
    expect(other.status).toBe(404);
    expect(other.body).toEqual(unknown.body);
    expect((await get('not-an-id', world.tokenA)).status).toBe(404);
  });
});

describe('POST /api/referrals/[id]/events', () => {
  it('takes the receiver through the procedure, answering 200 with the new status and version', async () => {
    const id = await sent();
    expect((await event(id, world.tokenB, { action: 'receive' })).body).toMatchObject({ id, status: 'received', version: 2 });
    const accepted = await event(id, world.tokenB, { action: 'accept', comment: 'Vi ringer i morgen', expectedVersion: 2 });
    expect(accepted.status).toBe(200);
    expect(accepted.body).toMatchObject({ status: 'accepted', version: 3, links: { self: `/api/referrals/${id}` } });
    const seen = await get(id, world.tokenA);
    expect(seen.body.timeline.map((e: { to: string }) => e.to)).toEqual(['sent', 'received', 'accepted']);
  });

  it('refuses a step the procedure does not allow now, or the wrong side, with 409 and a clear message', async () => {
    const id = await sent();
    const early = await event(id, world.tokenB, { action: 'accept' });
    expect(early.status).toBe(409);
    expect(early.body.error.code).toBe('not_allowed_from_status');
    expect(early.body.error.message).toContain('status');
    await event(id, world.tokenB, { action: 'receive' });
    const sender = await event(id, world.tokenA, { action: 'accept' });
    expect(sender.status).toBe(409);
    expect(sender.body.error.code).toBe('wrong_side');
  });

  it('refuses a change made on an old version with 409, so that two systems never overwrite each other', async () => {
    const id = await sent();
    await event(id, world.tokenB, { action: 'receive', expectedVersion: 1 });
    const stale = await event(id, world.tokenB, { action: 'accept', expectedVersion: 1 }, { 'accept-language': 'en' });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('stale');
    expect(stale.body.error.message).toMatch(/changed/i);
    const [row] = await t.db.select().from(referrals).where(eq(referrals.id, id));
    expect(row!.status).toBe('received');
  });

  it('asks for a reason to decline, and forwards to an administration given by slug', async () => {
    const id = await sent();
    await event(id, world.tokenB, { action: 'receive' });
    const noReason = await event(id, world.tokenB, { action: 'decline' });
    expect(noReason.status).toBe(400);
    expect(noReason.body.error).toMatchObject({ code: 'reason_required', field: 'reason' });
    expect((await event(id, world.tokenB, { action: 'forward', forwardTo: 'ingen-forvaltning' })).body.error.field).toBe('forwardTo');
    const forwarded = await event(id, world.tokenB, { action: 'forward', forwardTo: world.c.slug, comment: 'Passer bedre hos Kultur' });
    expect(forwarded.body).toMatchObject({ status: 'forwarded', version: 3 });
    expect((await get(id, world.tokenC)).body).toMatchObject({ receiver: { id: world.c.id }, side: 'receiver', actions: ['receive'] });
  });

  it('answers 404 for a referral the token cannot see, and 400 for an unknown action', async () => {
    const id = await sent();
    expect((await event(id, world.tokenC, { action: 'receive' })).status).toBe(404);
    expect((await event(id, world.tokenB, { action: 'approve' })).body.error).toMatchObject({ field: 'action', code: 'invalid' });
    expect((await event(id, world.tokenB, { action: 'receive', expectedVersion: 'one' })).body.error.field).toBe('expectedVersion');
  });
});
