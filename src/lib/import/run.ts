import { sql } from 'drizzle-orm';
import type { Database } from '../../../db/client';
import { applyWrites, listingWrites } from './apply';
import { FILE, type ImportIssue, Issues } from './issues';
import { planImport } from './plan';
import { type ImportFormat, readImportFile } from './read';
import { loadReference } from './reference';
import type { Summary } from './writes';

export interface ImportProgress {
  phase: 'check' | 'plan' | 'write';
  /** Rows of associations and activities written so far, of `total` (in the write phase). */
  done?: number;
  total?: number;
}

export interface ImportOptions {
  /** The file's name: `.json` or `.csv` says the format (else its first character does). */
  name: string;
  bytes: Uint8Array;
  /** Slug or abbreviation of the administration for records that name none (`--administration`). */
  administration?: string | null;
  /** Check and plan, write nothing. */
  dryRun: boolean;
  now?: Date;
  onProgress?: (progress: ImportProgress) => void;
}

export interface ImportResult {
  format: ImportFormat | null;
  /** Every problem found, by row or path; when there is one, nothing was written. */
  issues: ImportIssue[];
  /** What the import did (or, in a dry run, would do); null when the file has problems. */
  summary: Summary | null;
  written: boolean;
}

/** Thrown inside the transaction to roll it back when planning finds a problem. */
class Refused extends Error {
  constructor(readonly issues: Issues) {
    super('import refused');
  }
}

/**
 * Imports a file: reads and checks every record first (no write before the whole file is
 * checked), then plans and applies every write in ONE transaction, under a lock so that two
 * imports never interleave. A file with any problem imports nothing: not even the associations
 * before the broken row. Search follows by itself: the outbox triggers queue every changed row.
 */
export async function runImport(db: Database, options: ImportOptions): Promise<ImportResult> {
  const progress = options.onProgress ?? (() => {});
  progress({ phase: 'check' });
  const reference = await loadReference(db, options.administration);
  if (options.administration && !reference.fallbackAdministrationId) {
    const issues = new Issues();
    issues.add(FILE, '--administration', 'import.issue.unknownFallback', { value: options.administration });
    return { format: null, issues: issues.list, summary: null, written: false };
  }
  const read = readImportFile(options.name, options.bytes, reference);
  if (read.issues.count > 0) return { format: read.format, issues: read.issues.list, summary: null, written: false };

  progress({ phase: 'plan' });
  const now = options.now ?? new Date();
  try {
    return await db.transaction(async (tx) => {
      await tx.execute(sql`select pg_advisory_xact_lock(hashtext('indgang:import'))`);
      const plan = await planImport(tx, read.data, reference, now);
      if (plan.issues.count > 0) throw new Refused(plan.issues);
      if (!options.dryRun) {
        const total = listingWrites(plan.writes);
        let done = 0;
        progress({ phase: 'write', done, total });
        await applyWrites(tx, plan.writes, (n) => progress({ phase: 'write', done: (done += n), total }));
      }
      return { format: read.format, issues: [], summary: plan.summary, written: !options.dryRun };
    });
  } catch (error) {
    if (error instanceof Refused) return { format: read.format, issues: error.issues.list, summary: null, written: false };
    throw error;
  }
}
