import type { Meilisearch } from 'meilisearch';
import type { Database } from '../../db/client';
import { indexNames } from '../indexes';
import { applySettings } from '../settings/index-settings';
import { writeEverything } from './write';

/**
 * Indexes every published listing (and advisory session) straight from the database into the live indexes of `prefix`
 * and waits until Meilisearch has indexed them (tests, benchmarks, first fill). Applies the
 * settings first, so that nothing is indexed twice. Documents already in the indexes that are
 * no longer published stay: use the reindex for a clean rebuild.
 */
export async function indexAll(
  db: Database,
  client: Meilisearch,
  prefix: string,
): Promise<{ activities: number; associations: number; contacts: number; sessions: number }> {
  await applySettings(client, prefix);
  const counts = await writeEverything(db, client, indexNames(prefix));
  return { activities: counts.activity, associations: counts.association, contacts: counts.contact, sessions: counts.session };
}
