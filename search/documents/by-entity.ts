import type { Database } from '../../db/client';
import type { ActivityDoc, AssociationDoc, ContactDoc } from '../types';
import { activityDocBatches } from './activities';
import { associationDocBatches } from './associations';
import { contactDocBatches } from './contacts';

/** The three kinds of search documents, as named in the outbox (`search_entity`). */
export type Entity = 'activity' | 'association' | 'contact';
export const ENTITIES: readonly Entity[] = ['activity', 'association', 'contact'];

export type DocOf<E extends Entity> = E extends 'activity' ? ActivityDoc : E extends 'association' ? AssociationDoc : ContactDoc;

/** The documents of one entity kind, page by page: the given ids, or every published one. */
export function docBatches<E extends Entity>(
  db: Database,
  entity: E,
  ids?: readonly string[],
  size?: number,
): AsyncGenerator<DocOf<E>[]> {
  const batches = { activity: activityDocBatches, association: associationDocBatches, contact: contactDocBatches }[entity];
  return batches(db, ids, size) as AsyncGenerator<DocOf<E>[]>;
}
