import { type Meilisearch, MeilisearchApiError } from 'meilisearch';
import type { Entity } from './documents/by-entity';

/** The names of the four search indexes of one installation. */
export interface IndexNames {
  activities: string;
  associations: string;
  contacts: string;
  sessions: string;
}

/** Which index holds the documents of each outbox entity. */
export const INDEX_OF: Readonly<Record<Entity, keyof IndexNames>> = {
  activity: 'activities',
  association: 'associations',
  contact: 'contacts',
  session: 'sessions',
};

/** The live index names for an index prefix (config MEILI_INDEX_PREFIX; tests use their own). */
export function indexNames(prefix: string): IndexNames {
  return {
    activities: `${prefix}activities`,
    associations: `${prefix}associations`,
    contacts: `${prefix}contacts`,
    sessions: `${prefix}sessions`,
  };
}

/** The names a reindex builds beside the live ones before swapping them in. */
export function nextIndexNames(prefix: string): IndexNames {
  const live = indexNames(prefix);
  return {
    activities: `${live.activities}_next`,
    associations: `${live.associations}_next`,
    contacts: `${live.contacts}_next`,
    sessions: `${live.sessions}_next`,
  };
}

/** The names as a list, in a fixed order. */
export function allNames(names: IndexNames): string[] {
  return [names.activities, names.associations, names.contacts, names.sessions];
}

/** Number of documents in an index, or null when the index does not exist. */
export async function countDocuments(client: Meilisearch, uid: string): Promise<number | null> {
  try {
    return (await client.index(uid).getStats()).numberOfDocuments;
  } catch (error) {
    if (error instanceof MeilisearchApiError && error.cause?.code === 'index_not_found') return null;
    throw error;
  }
}
