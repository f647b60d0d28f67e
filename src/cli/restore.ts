import { stat } from 'node:fs/promises';
import postgres from 'postgres';
import { BackupFileError, checkReferralKey, type KeyCheck, restoreBackup, TargetNotEmpty } from '../lib/backup';
import type { Config } from '../lib/config/config';
import { connectDatabase } from './backup-connect';
import { tableProgress } from './backup-progress';
import { runReindex } from './reindex';

/** The usage line of `restore`. */
export const RESTORE_USAGE = 'Brug: npm run cli -- restore <fil> [--reindex]';

/** Parses `<file> [--reindex]`; undefined = bad use. */
export function parseRestoreArgs(args: readonly string[]): { file: string; reindex: boolean } | undefined {
  const files = args.filter((a) => !a.startsWith('--'));
  const flags = args.filter((a) => a.startsWith('--'));
  if (files.length !== 1 || flags.some((f) => f !== '--reindex') || flags.length > 1) return undefined;
  return { file: files[0]!, reindex: flags.length === 1 };
}

/**
 * `npm run cli -- restore <file> [--reindex]`: loads a backup into an empty database, all or
 * nothing (src/lib/backup/restore.ts). Nothing to confirm: it never overwrites, and refuses a
 * database that holds anything. Then the documented recovery goes on with `reindex` (run here
 * with --reindex), and the referral key is checked against the restored referrals.
 */
export async function runRestoreCommand(config: Config, args: string[]): Promise<number> {
  const options = parseRestoreArgs(args);
  if (!options) {
    console.error(RESTORE_USAGE);
    return 2;
  }
  if (!(await stat(options.file).then((s) => s.isFile(), () => false))) {
    console.error(`Intet er gendannet: Filen ${options.file} findes ikke.`);
    return 1;
  }
  const connection = await connectDatabase(config);
  const sql = postgres(connection.databaseUrl, { max: 1, onnotice: () => {} });
  const progress = tableProgress('Gendanner');
  const started = Date.now();
  try {
    const manifest = await restoreBackup(sql, options.file, (p) => progress.update({ table: p.table, done: p.loaded, total: p.total }));
    progress.stop();
    const rows = manifest.tables.reduce((sum, t) => sum + t.rows, 0);
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(
      `Gendannede ${rows} rækker i ${manifest.tables.length} tabeller på ${seconds} s fra ${options.file} (lavet ${manifest.createdAt} af Indgang ${manifest.appVersion}).`,
    );
    const key = keyMessage(await checkReferralKey(sql, connection.referralKey), connection.keyPlace);
    if (key) console.log(key);
    if (!options.reindex) console.log('Næste skridt: npm run cli -- reindex (genopbygger søgeindekset), og start derefter portalen.');
  } catch (error) {
    if (!(error instanceof BackupFileError || error instanceof TargetNotEmpty)) throw error;
    console.error(`Intet er gendannet: ${error.message}`);
    return 1;
  } finally {
    progress.stop();
    await sql.end({ timeout: 2 });
    await connection.close();
  }
  return options.reindex ? runReindex(config) : 0;
}

function keyMessage(check: KeyCheck, place: string): string | undefined {
  switch (check) {
    case 'fits':
      return `Nøglen i ${place} åbner henvisningernes personoplysninger.`;
    case 'wrong':
      return `Advarsel: nøglen i ${place} er ikke den, sikkerhedskopien blev lavet med; henvisningernes personoplysninger kan ikke læses. Sæt den gamle nøgle der, før portalen startes.`;
    case 'missing':
      return `Advarsel: der er ingen nøgle til henvisningernes personoplysninger. Læg den gamle installations nøgle i ${place}, før portalen startes; ellers laver den en ny, og personoplysningerne kan ikke læses.`;
    case 'nothing-to-check':
      return undefined;
  }
}
