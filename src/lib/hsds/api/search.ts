import { MeilisearchError, type Meilisearch } from 'meilisearch';
import { and, asc, eq, ilike, or } from 'drizzle-orm';
import type { Database } from '../../../../db/client';
import { containsPattern } from '../../sql/like';
import { activities, associations } from '../../../../db/schema';
import { indexNames } from '../../../../search/indexes';
import type { ActivityDoc } from '../../../../search/types';
import type { SearchLogger } from '../../../../search/search';

/** Meilisearch pages no further than this by default; a text search finds at most this many services. */
export const MAX_SEARCH_HITS = 1000;

export interface ServiceSearchDeps {
  db: Database;
  client: Meilisearch;
  prefix: string;
  log?: SearchLogger;
}

/**
 * The activities a text search finds, best first: the portal's activities index, with its Danish
 * synonyms, stop words and typo tolerance, so that `search=besøgsven` finds what the portal's own
 * search finds. The index holds published activities only, so paused ones ("temporarily closed")
 * are not found by text. When Meilisearch cannot answer, PostgreSQL matches the words in the name,
 * summary and description instead, so the API keeps answering.
 */
export async function searchServiceIds(deps: ServiceSearchDeps, text: string): Promise<string[]> {
  // Meilisearch takes a text of only separators ("%", "_", "'") as no text at all and returns
  // every service; a search for no word finds nothing, as the PostgreSQL fallback and the
  // organizations' search do.
  if (!/[\p{L}\p{N}]/u.test(text)) return [];
  try {
    const response = await deps.client
      .index<ActivityDoc>(indexNames(deps.prefix).activities)
      .search(text, { limit: MAX_SEARCH_HITS, attributesToRetrieve: ['id'] });
    return response.hits.map((hit) => hit.id);
  } catch (error) {
    if (!(error instanceof MeilisearchError)) throw error;
    (deps.log ?? console).warn({ err: error }, 'Meilisearch svarer ikke; HSDS-søgningen bruger PostgreSQL');
    return searchServiceIdsInPostgres(deps.db, text);
  }
}

/** Published activities whose name, summary or description contains every word (ignoring case). */
export async function searchServiceIdsInPostgres(db: Database, text: string): Promise<string[]> {
  const words = text.split(' ').filter(Boolean);
  const contains = (word: string) => {
    const pattern = containsPattern(word);
    return or(ilike(activities.name, pattern), ilike(activities.summary, pattern), ilike(activities.description, pattern))!;
  };
  const rows = await db
    .select({ id: activities.id })
    .from(activities)
    .innerJoin(associations, eq(associations.id, activities.associationId))
    .where(and(eq(activities.status, 'published'), eq(associations.status, 'published'), ...words.map(contains)))
    .orderBy(asc(activities.name), asc(activities.id))
    .limit(MAX_SEARCH_HITS);
  return rows.map((r) => r.id);
}
