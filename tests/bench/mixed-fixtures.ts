/**
 * What the mixed load needs from the database before the clock starts: addresses of real pages,
 * filter values that exist, advisory sessions that take every booking, and API tokens of case
 * systems. Made straight in the database, as an administrator would through the back office.
 */
import { createDatabase } from '../../db/client';
import { createApiToken } from '../../src/lib/api-token/tokens';

export interface MixedFixtures {
  /** Slugs of published activities: the demo ones and a sample of the synthetic ones. */
  activities: string[];
  associations: string[];
  /** Published future sessions for citizens; they take every booking (large capacity, waiting list). */
  sessions: string[];
  districts: string[];
  postalCodes: string[];
  targetGroups: string[];
  categories: string[];
  /** Bearer tokens, one per simulated case system. */
  apiTokens: string[];
}

/** Case systems sending referrals: each token has its own rate limit (120 a minute), as in real life. */
const CASE_SYSTEMS = 24;
/** How many sessions the bookings spread over (each booking locks its session's row). */
const BOOKABLE_SESSIONS = 6;

/** Reads and prepares the fixtures of the database at `url`. */
export async function prepareMixedFixtures(url: string): Promise<MixedFixtures> {
  const db = createDatabase(url, { max: 2 });
  const sql = db.$client;
  try {
    const slugs = async (query: Promise<{ slug: string }[]>) => (await query).map((r) => r.slug);
    const activities = await slugs(sql`
      (select slug from activities where status = 'published' and slug not like 'syntetisk-%')
      union all
      (select slug from activities where status = 'published' and slug like 'syntetisk-%' order by random() limit 2000)`);
    const associations = await slugs(sql`select slug from associations where status = 'published'`);
    const sessions = await slugs(sql`
      update advisory_sessions set capacity = 100000, waiting_list = true
      where id in (select id from advisory_sessions
                   where status = 'published' and audience = 'citizens' and starts_at > now() + interval '1 day'
                   order by starts_at limit ${BOOKABLE_SESSIONS})
      returning slug`);
    if (sessions.length === 0) throw new Error('the demo data has no future advisory session for citizens to book');
    const districts = await sql<{ slug: string; postal_codes: string[] }[]>`select slug, postal_codes from districts`;
    const terms = await sql<{ slug: string; taxonomy: string }[]>`select slug, taxonomy::text from taxonomy_terms`;
    const administrations = await sql<{ id: string }[]>`select id from administrations order by slug`;
    const apiTokens: string[] = [];
    for (let i = 0; i < CASE_SYSTEMS; i++) {
      const administrationId = administrations[i % administrations.length]!.id;
      apiTokens.push((await createApiToken(db, { administrationId, name: `Belastningstest ${i + 1}`, createdBy: null })).token);
    }
    return {
      activities,
      associations,
      sessions,
      districts: districts.map((d) => d.slug),
      postalCodes: [...new Set(districts.flatMap((d) => d.postal_codes))],
      targetGroups: terms.filter((t) => t.taxonomy === 'target_group').map((t) => t.slug),
      categories: terms.filter((t) => t.taxonomy === 'category').map((t) => t.slug),
      apiTokens,
    };
  } finally {
    await sql.end();
  }
}
