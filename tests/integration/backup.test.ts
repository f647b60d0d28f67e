import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoData } from '../../db/seed/seed';
import { approveRevision, loadActivityValues, saveListing } from '../../src/lib/listing';
import { createReferral, getReferral, transitionReferral } from '../../src/lib/referral';
import { sessionFor } from '../support/accounts';
import { runCli } from '../support/cli';
import { TEST_REFERRAL_KEY } from '../support/constants';
import { createTestDatabase, useTestDatabase } from '../support/database';
import { useTestSearch } from '../support/search';
import { indexNames } from '../../search/indexes';
import { createWorld } from './listing-fixtures';
import { CITIZEN, createReferralWorld, newReferral, toActivity } from './referral-core-fixtures';
import { createEmptyDatabase, publicTableCount, snapshot } from './backup-fixtures';

const source = useTestDatabase();
const search = useTestSearch();
const env = (url: string) => ({ DATABASE_URL: url, REFERRAL_KEY: TEST_REFERRAL_KEY });
const drops: (() => Promise<void>)[] = [];
let dir = '';
let file = '';
let referralId = '';
let receiver: Awaited<ReturnType<typeof createReferralWorld>>['staffB'];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'indgang-backup-'));
  file = join(dir, 'kopi.gz');
  await seedDemoData(source.db, { password: 'test' });
  // A listing with history: a member's change, approved by a reviewer.
  const w = await createWorld(source.db);
  const live = (await loadActivityValues(source.db, w.activity.id))!;
  const { revisionId } = await saveListing(source.db, { kind: 'activity', listingId: w.activity.id, values: { ...live, name: 'Sorggruppe i Valby' }, actor: w.member });
  await approveRevision(source.db, { revisionId: revisionId!, reviewer: w.reviewer, comment: 'Fint.' });
  // Referrals with encrypted citizen details and an event with an encrypted comment.
  const r = await createReferralWorld(source.db);
  receiver = r.staffB;
  referralId = (await createReferral(source.db, newReferral(toActivity(r.visiting.id)), r.staffA)).id;
  await transitionReferral(source.db, { referralId, action: 'receive', comment: CITIZEN.comment }, r.staffB);
  await createReferral(source.db, newReferral(toActivity(r.grief.id), { urgency: 'urgent' }), r.staffA);
});

afterAll(async () => {
  for (const drop of drops) await drop();
  await rm(dir, { recursive: true, force: true });
});

describe('backup and restore', () => {
  it('writes one file, readable only by its owner, and says where the referral key is', async () => {
    const run = await runCli(['backup', '--out', file], env(source.url));
    expect(run.stderr).toContain('Sikkerhedskopierer: activities');
    expect(run.stdout).toMatch(/Sikkerhedskopien er skrevet til .*kopi\.gz på [\d.]+ s: \d+ rækker i \d+ tabeller/);
    expect(run.stdout).toContain('Udeladt (midlertidigt): ');
    expect(run.stdout).toContain('indeholder ikke nøglen til henvisningernes personoplysninger. Nøglen ligger i miljøvariablen REFERRAL_KEY');
    expect(run.code).toBe(0);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    const text = gunzipSync(await readFile(file)).toString('utf8');
    expect(text).not.toContain(CITIZEN.name);
    expect(text).not.toContain(CITIZEN.comment);
  });

  it('restores into a new, empty database the same listings, referrals and history, and the key opens them', async () => {
    const target = await createEmptyDatabase();
    drops.push(target.drop);
    const run = await runCli(['restore', file], env(target.url));
    expect(run.stdout).toMatch(/Gendannede \d+ rækker i \d+ tabeller/);
    expect(run.stdout).toContain('åbner henvisningernes personoplysninger');
    expect(run.stdout).toContain('Næste skridt: npm run cli -- reindex');
    expect(run.code).toBe(0);

    const [before, after] = [await snapshot(source.db.$client), await snapshot(target.db.$client)];
    for (const table of ['activities', 'associations', 'listing_history', 'listing_revisions', 'referrals', 'referral_events', 'users']) {
      expect(after[table]!.length, table).toBeGreaterThan(0);
      expect(after[table], table).toEqual(before[table]);
    }
    expect(after).toEqual(before);

    const actor = { kind: 'user' as const, user: (await sessionFor(target.db, receiver.user.id)).user };
    const detail = await getReferral(target.db, referralId, actor, 'view');
    expect(detail?.citizen?.name).toBe(CITIZEN.name);
    // A new row gets an id after the restored ones, never one of theirs.
    const [ids] = await target.db.$client<{ max: number; next: number }[]>`
      select max(id)::int as max, nextval(pg_get_serial_sequence('referral_events', 'id'))::int as next from referral_events`;
    expect(ids!.max).toBeGreaterThan(0);
    expect(ids!.next).toBeGreaterThan(ids!.max);
  });

  it('restores into a freshly migrated database, rebuilds search with --reindex, and warns when the key does not open the referrals', async () => {
    const target = await createTestDatabase();
    drops.push(target.drop);
    const otherKey = randomBytes(32).toString('base64url');
    const run = await runCli(['restore', file, '--reindex'], {
      DATABASE_URL: target.url,
      REFERRAL_KEY: otherKey,
      MEILI_URL: search.url,
      MEILI_MASTER_KEY: search.key,
      MEILI_INDEX_PREFIX: search.prefix,
    });
    expect(run.stdout).toContain('Advarsel: nøglen i miljøvariablen REFERRAL_KEY er ikke den, sikkerhedskopien blev lavet med');
    expect(run.stdout).not.toContain('Næste skridt');
    expect(run.stdout).toMatch(/Søgeindekset er genopbygget på [\d.]+ s: \d+ aktiviteter/);
    expect(run.code).toBe(0);
    expect((await snapshot(target.db.$client))['activities']).toEqual((await snapshot(source.db.$client))['activities']);
    const published = await source.db.$client<{ name: string }[]>`select name from activities where status = 'published' order by name limit 1`;
    const { hits } = await search.client.index(indexNames(search.prefix).activities).search(published[0]!.name);
    expect(hits.length).toBeGreaterThan(0);
  });

  it('refuses a database that holds data, and changes nothing in it', async () => {
    const before = await snapshot(source.db.$client);
    const run = await runCli(['restore', file], env(source.url));
    expect(run.stderr).toContain('Intet er gendannet: Måldatabasen er ikke tom');
    expect(run.code).toBe(1);
    expect(await snapshot(source.db.$client)).toEqual(before);
  });

  it('refuses a cut-off file and leaves the target empty', async () => {
    const bytes = await readFile(file);
    const cut = join(dir, 'halv.gz');
    await writeFile(cut, bytes.subarray(0, Math.floor(bytes.length * 0.6)));
    const target = await createEmptyDatabase();
    drops.push(target.drop);
    const run = await runCli(['restore', cut], env(target.url));
    expect(run.stderr).toContain('Intet er gendannet: Sikkerhedskopien er beskadiget eller ikke hel');
    expect(run.code).toBe(1);
    expect(await publicTableCount(target.db.$client)).toBe(0);
  });

  it('refuses a file whose rows do not match its manifest, and leaves the target empty', async () => {
    const lines = gunzipSync(await readFile(file)).toString('utf8').split('\n');
    const start = lines.findIndex((l) => l.startsWith('COPY "public"."referrals" '));
    lines.splice(start + 1, 1); // one referral less than the manifest says
    const changed = join(dir, 'aendret.gz');
    await writeFile(changed, gzipSync(lines.join('\n')));
    const target = await createEmptyDatabase();
    drops.push(target.drop);
    const run = await runCli(['restore', changed], env(target.url));
    expect(run.stderr).toMatch(/Intet er gendannet: Tabellen referrals har \d+ rækker i sikkerhedskopien, men indholdsfortegnelsen siger \d+/);
    expect(run.code).toBe(1);
    expect(await publicTableCount(target.db.$client)).toBe(0);
  });

  it('says so when the file does not exist, before touching any database', async () => {
    const run = await runCli(['restore', join(dir, 'findes-ikke.gz')], env('postgres://nobody@127.0.0.1:1/none'));
    expect(run.stderr).toContain('Filen');
    expect(run.stderr).toContain('findes ikke');
    expect(run.code).toBe(1);
  });

  it('refuses a file that is not a backup', async () => {
    const other = join(dir, 'noget.gz');
    await writeFile(other, gzipSync('hej\nverden\n'));
    const target = await createEmptyDatabase();
    drops.push(target.drop);
    const run = await runCli(['restore', other], env(target.url));
    expect(run.stderr).toContain('Intet er gendannet: Filen er ikke en sikkerhedskopi fra Indgang');
    expect(run.code).toBe(1);
  });
});
