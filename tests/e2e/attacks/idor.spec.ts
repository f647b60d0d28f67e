import { type APIRequestContext, expect, type PlaywrightWorkerArgs, test } from '@playwright/test';
import { and, eq, ne, sql } from 'drizzle-orm';
import type { Database } from '../../../db/client';
import { activities, advisorySessionHosts, advisorySessions, associations, grants, referrals, users } from '../../../db/schema';
import { ACTOR_PASSWORD, administrationId, createActor, createListing, tag, type Actor, type Listing } from '../support/actors';
import { portalDatabase } from '../support/portal';
import { csrfFrom, loginRequest } from '../support/session';

/*
 * Insecure direct object references: for every route with an id, slug or token in its address,
 * a person who may reach object A of a kind asks for object B of the same kind. The answer is
 * 403 or 404, the body names nothing of B, and B is unchanged. Unknown and guessed ids and
 * tokens get 404 too. (tests/e2e/access.spec.ts walks the roles over the routes; this is the
 * other object of the same kind.)
 */

let db: Database;
let secret: string;
let mine: Listing;
let theirs: Listing;
let member: Actor;
let coordinator: Actor;
let staff: Actor;

test.beforeAll(async () => {
  db = await portalDatabase();
  secret = `hemmelig${tag()}`;
  // A is SOF's and the member's; B is BUF's, a draft whose name nobody else may learn.
  mine = await createListing(db, { administration: 'sof', text: (f) => `Min ${f}` });
  theirs = await createListing(db, { administration: 'buf', text: (f) => `${secret} ${f}`, status: 'draft' });
  member = await createActor(db, { role: 'member', associations: [mine.associationId] });
  coordinator = await createActor(db, { role: 'coordinator', administration: 'sof' });
  staff = await createActor(db, { role: 'staff', administration: 'sof' });
});
test.afterAll(async () => db.$client.end());

/** A request context logged in as `actor`, with its CSRF token; the Origin is the portal's, as a browser sends it. */
async function as(playwright: PlaywrightWorkerArgs['playwright'], baseURL: string, actor: Actor) {
  const context = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { origin: new URL(baseURL).origin } });
  await loginRequest(context, actor.email, ACTOR_PASSWORD);
  const token = csrfFrom(await (await context.get('/konto')).text());
  return { context, token };
}

/** GETs and POSTs `paths` and expects a refusal that names nothing of `words`. */
async function expectRefused(who: { context: APIRequestContext; token: string }, paths: string[], words: string[], form: Record<string, string> = {}) {
  for (const path of paths) {
    for (const method of ['GET', 'POST'] as const) {
      const response =
        method === 'GET'
          ? await who.context.get(path, { maxRedirects: 0 })
          : await who.context.post(path, { form: { _csrf: who.token, ...form }, maxRedirects: 0 });
      const status = response.status();
      // A GET-only route answers a POST with 404 or 405; either way it is refused.
      expect([403, 404, 405], `${method} ${path} answered ${status}`).toContain(status);
      const body = await response.text();
      for (const word of words) expect(body, `${method} ${path} reveals "${word}"`).not.toContain(word);
    }
  }
}

test("a member reaches no other association's or activity's pages", async ({ playwright, baseURL }) => {
  const me = await as(playwright, baseURL!, member);
  const [before] = await db.select({ verifiedBefore: activities.lastVerifiedAt }).from(activities).where(eq(activities.id, theirs.activityId));
  try {
    // The member's own pages answer, so the refusals below are about the object, not the route.
    expect((await me.context.get(`/forening/${mine.associationId}/profil`)).status()).toBe(200);
    const { associationId: B, activityId: b } = theirs;
    await expectRefused(
      me,
      [
        `/forening/${B}/profil`,
        `/forening/${B}/medlemmer`,
        `/forening/${B}/aktiviteter/ny`,
        `/forening/${B}/status`,
        `/forening/aktivitet/${b}`,
        `/forening/aktivitet/${b}/status`,
        `/forening/historik/association/${B}`,
        `/forening/historik/activity/${b}`,
      ],
      [secret],
      { name: `${secret} overtaget`, action: 'archive', confirm: 'yes', email: `overtag-${tag()}@example.dk` },
    );
    // Confirming B as still correct is refused the same way.
    const confirm = await me.context.post('/forening/bekraeft', { form: { _csrf: me.token, kind: 'activity', listingId: b, back: '/forening' }, maxRedirects: 0 });
    expect([403, 404]).toContain(confirm.status());
    const [row] = await db.select().from(activities).where(eq(activities.id, b));
    expect(row!.name).toBe(`${secret} activity.name`);
    expect(row!.status).toBe('draft');
    // Not confirmed: the date is the one it had before (a time check would depend on the machine's speed).
    expect(row!.lastVerifiedAt!.getTime()).toBe(before!.verifiedBefore!.getTime());
    const [association] = await db.select().from(associations).where(eq(associations.id, B));
    expect(association!.name).toBe(`${secret} association.name`);
    // Unknown and malformed ids.
    await expectRefused(me, [`/forening/${crypto.randomUUID()}/profil`, '/forening/1/profil', `/forening/aktivitet/${crypto.randomUUID()}`, '/forening/aktivitet/2'], []);
  } finally {
    await me.context.dispose();
  }
});

test("staff reach no other administration's referrals, and nobody's by a guessed id", async ({ playwright, baseURL }) => {
  const sof = await administrationId(db, 'sof');
  const other = await db
    .select({ id: referrals.id, reference: referrals.reference })
    .from(referrals)
    .where(and(ne(referrals.receiverAdministrationId, sof), sql`${referrals.senderAdministrationId} is distinct from ${sof}`, sql`${referrals.associationId} is null`))
    .limit(1);
  // The demo data holds referrals between other administrations; without one this test would prove nothing.
  expect(other.length, 'a demo referral outside SOF').toBe(1);
  const me = await as(playwright, baseURL!, staff);
  try {
    const id = other[0]!.id;
    await expectRefused(me, [`/henvisninger/${id}`, `/henvisninger/${id}/recept`, `/henvisninger/${id}/recept.pdf`], [other[0]!.reference], { action: 'accept', comment: 'overtaget' });
    await expectRefused(me, [`/henvisninger/${crypto.randomUUID()}`, '/henvisninger/1', '/henvisninger/..%2f..%2fadmin'], []);
    // The case-system API takes a bearer token only; the staff's cookie opens nothing.
    expect((await me.context.get(`/api/referrals/${id}`)).status()).toBe(401);
  } finally {
    await me.context.dispose();
  }
});

test("a coordinator reaches no other administration's advisory sessions or grants", async ({ playwright, baseURL }) => {
  const sof = await administrationId(db, 'sof');
  const me = await as(playwright, baseURL!, coordinator);
  try {
    const [session] = await db
      .select({ id: advisorySessions.id, topic: advisorySessions.topic })
      .from(advisorySessions)
      .where(
        and(
          ne(advisorySessions.administrationId, sof),
          sql`not exists (select 1 from ${advisorySessionHosts} h where h.session_id = ${advisorySessions.id} and h.administration_id = ${sof})`,
        ),
      )
      .limit(1);
    if (session) await expectRefused(me, [`/forvaltning/raadgivning/${session.id}`, `/vaert/${session.id}`], [], { action: 'confirmCancel' });
    if (session) expect((await db.select({ status: advisorySessions.status }).from(advisorySessions).where(eq(advisorySessions.id, session.id)))[0]!.status).toBe('published');
    const [grant] = await db.select({ id: grants.id }).from(grants).where(ne(grants.administrationId, sof)).limit(1);
    if (grant) await expectRefused(me, [`/rapporter/tilskud/${grant.id}`, `/rapporter/tilskud/${grant.id}/slet`], [], { amount: '1', confirm: 'yes' });
    expect(session ?? grant, 'the demo data has an advisory session or a grant of another administration').toBeDefined();
    await expectRefused(me, [`/forvaltning/raadgivning/${crypto.randomUUID()}`, `/vaert/${crypto.randomUUID()}`, `/rapporter/tilskud/${crypto.randomUUID()}`, '/vaert/1'], []);
    // Admin pages with a user's id are the administrator's alone.
    const [someone] = await db.select({ id: users.id, email: users.email }).from(users).where(eq(users.id, staff.id));
    await expectRefused(me, [`/admin/brugere/${someone!.id}`], [someone!.email], { _action: 'save', name: 'Overtaget' });
  } finally {
    await me.context.dispose();
  }
});

test('unknown and guessed tokens in links get 404 and reveal nothing', async ({ request }) => {
  for (const path of ['/bekraeft/', '/en/bekraeft/', '/invitation/', '/en/invitation/', '/nulstil-kode/', '/en/nulstil-kode/', '/raadgivning/afmeld/', '/en/raadgivning/afmeld/']) {
    for (const token of ['abc', '0', crypto.randomUUID(), 'A'.repeat(43), '%27%20OR%201%3D1--']) {
      const response = await request.get(`${path}${token}`, { maxRedirects: 0 });
      expect(response.status(), `${path}${token}`).toBe(404);
    }
  }
  // The public pages by slug know no drafts: B is invisible by its slug.
  for (const path of [`/foreninger/${theirs.associationSlug}`, `/aktiviteter/${theirs.activitySlug}`, `/aktiviteter/${theirs.activitySlug}.ics`, `/fejlmelding?aktivitet=${theirs.activitySlug}`]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(404);
    expect(await response.text()).not.toContain(secret);
  }
});
