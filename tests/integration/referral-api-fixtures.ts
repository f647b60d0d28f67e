import { randomBytes } from 'node:crypto';
import type { Database } from '../../db/client';
import { taxonomyTerms } from '../../db/schema';
import { createApiToken } from '../../src/lib/api-token';
import { createActivity, createAdministration, createAssociation } from '../support/fixtures';

/**
 * The world of the referral API tests: the sender's administration A, the receiver B with an
 * activity, a bystander C, a target group, and a token for each administration.
 */
export async function createApiWorld(db: Database) {
  const tag = randomBytes(3).toString('hex');
  const a = await createAdministration(db, { nameDa: `Sundhed ${tag}`, slug: `sundhed-${tag}` });
  const b = await createAdministration(db, { nameDa: `Social ${tag}`, slug: `social-${tag}`, email: `social-${tag}@example.dk` });
  const c = await createAdministration(db, { nameDa: `Kultur ${tag}`, slug: `kultur-${tag}` });
  const association = await createAssociation(db, { administrationId: b.id });
  const activity = await createActivity(db, association, { slug: `besoegsven-${tag}`, name: `Besøgsven ${tag}` });
  const [term] = await db.insert(taxonomyTerms).values({ taxonomy: 'target_group', slug: `ensomme-${tag}`, nameDa: 'Ensomme', nameEn: 'Lonely people' }).returning();
  const token = async (administrationId: string) => (await createApiToken(db, { administrationId, name: `System ${tag}`, createdBy: null })).token;
  return { tag, a, b, c, activity, term: term!, tokenA: await token(a.id), tokenB: await token(b.id), tokenC: await token(c.id) };
}

export type ApiWorld = Awaited<ReturnType<typeof createApiWorld>>;

/** A request to the API as a case system sends it. */
export function apiRequest(path: string, options: { method?: string; token?: string | null; body?: unknown; headers?: Record<string, string> } = {}): Request {
  const headers: Record<string, string> = { 'content-type': 'application/json', ...options.headers };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  return new Request(`http://indgang.test${path}`, {
    method: options.method ?? (options.body === undefined ? 'GET' : 'POST'),
    headers,
    body: options.body === undefined ? undefined : typeof options.body === 'string' ? options.body : JSON.stringify(options.body),
  });
}

/** A complete, valid body for POST /api/referrals; anything can be overridden. */
export function referralBody(world: ApiWorld, over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    target: { activity: world.activity.slug },
    citizen: {
      name: 'Åge Apisen',
      phone: '12 34 56 78',
      email: 'aage.apisen@example.dk',
      preferredContact: 'phone',
      goodTimes: 'Formiddag',
      needs: 'Vil gerne have besøg en gang om ugen',
    },
    consent: { method: 'oral', givenAt: new Date(Date.now() - 60_000).toISOString(), scope: 'Socialforvaltningen og foreningen' },
    urgency: 'soon',
    terms: [world.term.slug],
    noteToReceiver: 'Ring efter kl. 10',
    ...over,
  };
}

/** The status and JSON body of an answer. */
export async function read(response: Response): Promise<{ status: number; headers: Headers; body: any }> {
  return { status: response.status, headers: response.headers, body: await response.json() };
}
