import { hash } from '@node-rs/argon2';
import type { Database } from '../../../db/client';
import { TOKEN_PREFIX } from '../../../src/lib/api-token/tokens';
import { createSession } from '../../../src/lib/session/session';
import { hashToken, newToken } from '../../../src/lib/session/token';
import { portalDatabase } from './portal';

/** The roles a form may need; `anonymous` is a visitor without a session. */
export type Role = 'anonymous' | 'admin' | 'coordinator' | 'staff' | 'member' | 'ownCoordinator';

/**
 * Everything the property tests act on, made fresh for each run so that random valid input only
 * ever changes the test's own things (never the demo accounts other browser tests depend on).
 * Ids are what the inventory's routes and probes need.
 */
export interface FuzzWorld {
  /** Unique to this run; also the prefix that marks rows a form made from this run's input. */
  tag: string;
  /** Session tokens (the `indgang_session` cookie) per logged-in role. */
  sessions: Record<Exclude<Role, 'anonymous'>, string>;
  userIds: Record<Exclude<Role, 'anonymous'>, string>;
  /** Teknik- og Miljøforvaltningen: the coordinator's and staff member's administration. */
  administrationId: string;
  /** An administration of the run's own, for the admin's edit form. */
  ownAdministrationId: string;
  associationId: string;
  associationSlug: string;
  activityId: string;
  activitySlug: string;
  /** A taxonomy term of the run's own, for the admin's term form. */
  termId: string;
  /** A user of the run's own (staff of TMF), for the admin's user form. */
  targetUserId: string;
  /** An advisory session hosted by TMF, published tomorrow with seats. */
  sessionId: string;
  sessionSlug: string;
  /** A referral sent to TMF through the API, for the staff's action forms and the API's events. */
  referralId: string;
  /** A grant to the association from TMF. */
  grantId: string;
  /** A bearer token of TMF for the referral API. */
  apiToken: string;
  apiTokenId: string;
}

const sql = (db: Database) => db.$client;

async function one<T>(rows: Promise<T[]>): Promise<T> {
  const [row] = await rows;
  if (!row) throw new Error('fuzz world: a row the test needs is missing');
  return row;
}

/** Creates the run's accounts, association, activity, session, term, grant and API token in the portal's database. */
export async function createFuzzWorld(baseURL: string): Promise<FuzzWorld> {
  const db = await portalDatabase();
  try {
    const q = sql(db);
    const tag = `fz${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
    const tmf = await one(q<{ id: string }[]>`select id from administrations where abbreviation = 'TMF'`);
    const own = await one(q<{ id: string }[]>`insert into administrations (slug, name_da, name_en, abbreviation)
      values (${`${tag}-forvaltning`}, ${`Fuzzforvaltning ${tag}`}, ${`Fuzz administration ${tag}`}, 'FZ') returning id`);
    const association = await one(q<{ id: string }[]>`insert into associations (slug, name, description, administration_id, status, last_verified_at)
      values (${`${tag}-forening`}, ${`Fuzzforeningen ${tag}`}, 'En forening til egenskabstest.', ${tmf.id}, 'published', now()) returning id`);
    const activity = await one(q<{ id: string }[]>`insert into activities (slug, association_id, administration_id, kind, name, summary, status, last_verified_at)
      values (${`${tag}-aktivitet`}, ${association.id}, ${tmf.id}, 'offer', ${`Fuzzaktivitet ${tag}`}, 'En aktivitet til egenskabstest.', 'published', now()) returning id`);
    const term = await one(q<{ id: string }[]>`insert into taxonomy_terms (taxonomy, slug, name_da, name_en)
      values ('category', ${`${tag}-term`}, ${`Fuzzterm ${tag}`}, ${`Fuzz term ${tag}`}) returning id`);

    const passwordHash = await hash(`${tag}-kode-der-ikke-bruges`);
    const user = (role: string, administrationId: string | null) =>
      one(q<{ id: string }[]>`insert into users (email, name, password_hash, role, administration_id)
        values (${`${role}.${tag}@example.dk`}, ${`Fuzz ${role}`}, ${passwordHash}, ${role}, ${administrationId}) returning id`);
    const userIds = {
      admin: (await user('admin', null)).id,
      coordinator: (await user('coordinator', tmf.id)).id,
      staff: (await user('staff', tmf.id)).id,
      member: (await user('member', null)).id,
      // The coordinator of the run's own administration: its settings may change without touching TMF's.
      ownCoordinator: (await one(q<{ id: string }[]>`insert into users (email, name, password_hash, role, administration_id)
        values (${`egen.${tag}@example.dk`}, 'Fuzz egen koordinator', ${passwordHash}, 'coordinator', ${own.id}) returning id`)).id,
    };
    const target = await one(q<{ id: string }[]>`insert into users (email, name, role, administration_id)
      values (${`maal.${tag}@example.dk`}, 'Fuzz mål', 'staff', ${tmf.id}) returning id`);
    await q`insert into association_memberships (user_id, association_id) values (${userIds.member}, ${association.id})`;
    const sessions = Object.fromEntries(
      await Promise.all(Object.entries(userIds).map(async ([role, id]) => [role, (await createSession(db, id)).token])),
    ) as FuzzWorld['sessions'];

    const session = await one(q<{ id: string }[]>`insert into advisory_sessions (slug, administration_id, topic, description, online_url, starts_at, ends_at, capacity, created_by)
      values (${`${tag}-raadgivning`}, ${tmf.id}, ${`Fuzzrådgivning ${tag}`}, 'Rådgivning til egenskabstest.', 'https://moede.example.dk/fuzz',
        now() + interval '2 days', now() + interval '2 days 2 hours', 50, ${userIds.coordinator}) returning id`);
    await q`insert into advisory_session_hosts (session_id, administration_id) values (${session.id}, ${tmf.id})`;
    const grant = await one(q<{ id: string }[]>`insert into grants (association_id, administration_id, year, amount_ore, purpose, created_by)
      values (${association.id}, ${tmf.id}, 2025, 1000000, 'Tilskud til egenskabstest', ${userIds.coordinator}) returning id`);

    const apiToken = `${TOKEN_PREFIX}${newToken()}`;
    const token = await one(q<{ id: string }[]>`insert into api_tokens (administration_id, name, token_hash, created_by)
      values (${tmf.id}, ${`Fuzz ${tag}`}, ${hashToken(apiToken)}, ${userIds.admin}) returning id`);
    const referralId = await sendReferral(baseURL, apiToken, `${tag}-aktivitet`);

    return {
      tag,
      sessions,
      userIds,
      administrationId: tmf.id,
      ownAdministrationId: own.id,
      associationId: association.id,
      associationSlug: `${tag}-forening`,
      activityId: activity.id,
      activitySlug: `${tag}-aktivitet`,
      termId: term.id,
      targetUserId: target.id,
      sessionId: session.id,
      sessionSlug: `${tag}-raadgivning`,
      referralId,
      grantId: grant.id,
      apiToken,
      apiTokenId: token.id,
    };
  } finally {
    await db.$client.end();
  }
}

/** A valid referral through the real API (the world's referral is made as a case system would). */
async function sendReferral(baseURL: string, token: string, activity: string): Promise<string> {
  const res = await fetch(new URL('/api/referrals', baseURL), {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'x-forwarded-for': '198.51.100.7' },
    body: JSON.stringify({
      target: { activity },
      citizen: { name: 'Inge Fuzz', phone: '12 34 56 78', email: null, preferredContact: 'phone', goodTimes: 'Formiddag', needs: 'Vil gerne være med' },
      consent: { method: 'oral', givenAt: new Date().toISOString(), scope: 'Forvaltningen og foreningen' },
    }),
  });
  if (res.status !== 201) throw new Error(`fuzz world: the referral API answered ${res.status}: ${await res.text()}`);
  return ((await res.json()) as { id: string }).id;
}
