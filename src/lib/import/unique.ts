import type { Issues } from './issues';
import type { Where } from './model';

/** A record's id in the file, and where it is. */
export interface IdEntry {
  id: string;
  where: Where;
}

/**
 * Ids must be unique among the records of one kind: two activities with one id would both update
 * the same listing. Every later use of an id is a problem naming the first one.
 */
export function checkUniqueIds(issues: Issues, entries: IdEntry[], field: string): void {
  const first = new Map<string, IdEntry>();
  for (const entry of entries) {
    if (!entry.id) continue;
    const earlier = first.get(entry.id);
    if (!earlier) first.set(entry.id, entry);
    else if ('row' in earlier.where) issues.add(entry.where, field, 'import.issue.duplicateRow', { value: entry.id, row: earlier.where.row });
    else issues.add(entry.where, field, 'import.issue.duplicateId', { value: entry.id, other: earlier.where.path });
  }
}
