import { Issues } from './issues';
import type { Where } from './model';

/**
 * Finds the stored listing of each file record: the one whose `external_id` is the source id,
 * else the one whose own id it is (a file exported from this Indgang). Two file records that
 * find the same listing are a problem: the second would overwrite the first.
 */
export function matchRecords<F extends { sourceId: string; where: Where }, S extends { id: string; externalId: string | null }>(
  issues: Issues,
  file: readonly F[],
  stored: readonly S[],
): Map<F, S> {
  const byExternal = new Map<string, S>();
  const byId = new Map<string, S>();
  for (const row of stored) {
    if (row.externalId) byExternal.set(row.externalId, row);
    byId.set(row.id, row);
  }
  const matched = new Map<F, S>();
  const claimedBy = new Map<string, Where>();
  for (const record of file) {
    const row = byExternal.get(record.sourceId) ?? byId.get(record.sourceId.toLowerCase());
    if (!row) continue;
    const earlier = claimedBy.get(row.id);
    if (earlier) {
      if ('row' in earlier) issues.add(record.where, 'id', 'import.issue.sameRecordRow', { row: earlier.row });
      else issues.add(record.where, 'id', 'import.issue.sameRecord', { other: earlier.path });
      continue;
    }
    claimedBy.set(row.id, record.where);
    matched.set(record, row);
  }
  return matched;
}
