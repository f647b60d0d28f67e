import { stat } from 'node:fs/promises';
import postgres from 'postgres';
import { writeBackup } from '../lib/backup';
import type { Config } from '../lib/config/config';
import { connectDatabase } from './backup-connect';
import { tableProgress } from './backup-progress';

/** The usage line of `backup`. */
export const BACKUP_USAGE = 'Brug: npm run cli -- backup [--out <fil>]';

/** Parses `[--out <file>]` (also `--out=<file>`); undefined = bad use. The default name carries the time. */
export function parseBackupArgs(args: readonly string[], now = new Date()): { out: string } | undefined {
  if (args.length === 0) return { out: `indgang-backup-${now.toISOString().slice(0, 19).replace(/[-:]/g, '').replace('T', '-')}.gz` };
  const [name, inline] = args[0]!.split(/=(.*)/s, 2) as [string, string | undefined];
  const value = inline ?? args[1];
  const used = inline === undefined ? 2 : 1;
  if (name !== '--out' || !value || value.startsWith('--') || args.length !== used) return undefined;
  return { out: value };
}

/**
 * `npm run cli -- backup [--out <file>]`: the whole database (but the transient tables) in one
 * consistent file, while the portal keeps running. The file holds no REFERRAL_KEY; the command
 * says where the key is, since a restore without it cannot read the referrals' personal data.
 */
export async function runBackupCommand(config: Config, args: string[]): Promise<number> {
  const options = parseBackupArgs(args);
  if (!options) {
    console.error(BACKUP_USAGE);
    return 2;
  }
  if (await stat(options.out).then(() => true, () => false)) {
    console.error(`Filen ${options.out} findes allerede; en sikkerhedskopi overskriver aldrig en fil. Vælg et andet navn med --out.`);
    return 1;
  }
  const connection = await connectDatabase(config);
  const sql = postgres(connection.databaseUrl, { max: 1, onnotice: () => {} });
  const progress = tableProgress('Sikkerhedskopierer');
  const started = Date.now();
  try {
    const manifest = await writeBackup(sql, options.out, (p) => progress.update({ table: p.table, done: p.written, total: p.total }));
    progress.stop();
    const rows = manifest.tables.reduce((sum, t) => sum + t.rows, 0);
    const megabytes = ((await stat(options.out)).size / 1_000_000).toFixed(1);
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(`Sikkerhedskopien er skrevet til ${options.out} på ${seconds} s: ${rows} rækker i ${manifest.tables.length} tabeller (${megabytes} MB).`);
    console.log(`Udeladt (midlertidigt): ${manifest.excluded.map((e) => e.name).join(', ')}.`);
    const where = connection.referralKey
      ? `Nøglen ligger i ${connection.keyPlace}; gem den`
      : `Der er endnu ingen nøgle i ${connection.keyPlace} (den laves ved første npm start); gem den, når den findes,`;
    console.log(
      `Bemærk: sikkerhedskopien indeholder ikke nøglen til henvisningernes personoplysninger. ${where} et andet sikkert sted end sikkerhedskopien, for uden den kan personoplysningerne ikke læses efter en gendannelse.`,
    );
    return 0;
  } finally {
    progress.stop();
    await sql.end({ timeout: 2 });
    await connection.close();
  }
}
