/**
 * The search documents, built from the database with a few set-based queries per page. Only
 * published listings (and public contacts of published listings) and published advisory sessions
 * that have not ended ever become documents.
 */
export { activityDoc, activityDocBatches, buildActivityDocs } from './activities';
export { associationDoc, associationDocBatches, buildAssociationDocs } from './associations';
export { buildContactDocs, contactDoc, contactDocBatches } from './contacts';
export { buildSessionDocs, sessionDoc, sessionDocBatches } from './sessions';
export { compoundKeywords, danishSortKey, foldDanish, foldedOnly, splitCompound } from './danish';
export { docBatches, ENTITIES, type DocOf, type Entity } from './by-entity';
