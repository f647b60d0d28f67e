import type { Database } from '../../db/client';
import type { ActivityDoc, AssociationDoc, ContactDoc, SessionDoc } from '../types';
import { activityDocBatches } from './activities';
import { associationDocBatches } from './associations';
import { contactDocBatches } from './contacts';
import { sessionDocBatches } from './sessions';

/** The four kinds of search documents, as named in the outbox (`search_entity`). */
export type Entity = 'activity' | 'association' | 'contact' | 'session';
export const ENTITIES: readonly Entity[] = ['activity', 'association', 'contact', 'session'];

export type DocOf<E extends Entity> = E extends 'activity'
  ? ActivityDoc
  : E extends 'association'
    ? AssociationDoc
    : E extends 'contact'
      ? ContactDoc
      : SessionDoc;

/** The documents of one entity kind, page by page: the given ids, or every indexable one. */
export function docBatches<E extends Entity>(
  db: Database,
  entity: E,
  ids?: readonly string[],
  size?: number,
): AsyncGenerator<DocOf<E>[]> {
  const batches = {
    activity: activityDocBatches,
    association: associationDocBatches,
    contact: contactDocBatches,
    session: sessionDocBatches,
  }[entity];
  return batches(db, ids, size) as AsyncGenerator<DocOf<E>[]>;
}
