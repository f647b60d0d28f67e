import { describe, expect, it } from 'vitest';
import { BackupFileError, FIRST_LINE, manifestLine, parseManifestLines, type Manifest } from './format';
import { type CodeMigration, planMigrations } from './migrations';
import { loadOrder } from './tables';

const code: CodeMigration[] = ['0000_init', '0001_outbox', '0002_triggers'].map((tag, i) => ({ tag, hash: `h${i}`, createdAt: 1000 + i, statements: [] }));
const applied = (n: number) => code.slice(0, n).map(({ hash, createdAt }) => ({ hash, createdAt }));
const tags = (ms: CodeMigration[]) => ms.map((m) => m.tag);

describe('planMigrations', () => {
  it('migrates an empty target to the backup’s schema first, and the newer migrations after the load', () => {
    const plan = planMigrations(code.slice(0, 2), [], code);
    expect(tags(plan.before)).toEqual(['0000_init', '0001_outbox']);
    expect(tags(plan.after)).toEqual(['0002_triggers']);
  });

  it('applies only what a partly migrated target lacks', () => {
    const plan = planMigrations(code, applied(2), code);
    expect(tags(plan.before)).toEqual(['0002_triggers']);
    expect(plan.after).toEqual([]);
  });

  it('refuses a backup with a migration this code does not have, naming it', () => {
    const newer = [...code, { tag: '0003_future', hash: 'h3', createdAt: 1003, statements: [] }];
    expect(() => planMigrations(newer, [], code)).toThrow(/migreringen 0003_future findes ikke/);
    const changed = [{ ...code[0]!, hash: 'other' }];
    expect(() => planMigrations(changed, [], code)).toThrow(BackupFileError);
  });

  it('refuses a target migrated further than the backup', () => {
    expect(() => planMigrations(code.slice(0, 1), applied(2), code)).toThrow(/Måldatabasen er migreret videre/);
  });
});

describe('loadOrder', () => {
  it('puts every table after the tables it refers to', () => {
    const tables = [
      { name: 'referral_events', refersTo: ['referrals', 'users'] },
      { name: 'referrals', refersTo: ['activities', 'users'] },
      { name: 'activities', refersTo: ['associations'] },
      { name: 'users', refersTo: [] },
      { name: 'associations', refersTo: [] },
    ];
    const order = loadOrder(tables).map((t) => t.name);
    for (const t of tables) for (const r of t.refersTo) expect(order.indexOf(r), `${r} before ${t.name}`).toBeLessThan(order.indexOf(t.name));
  });

  it('ignores references to tables left out of the backup', () => {
    expect(loadOrder([{ name: 'a', refersTo: ['sessions'] }]).map((t) => t.name)).toEqual(['a']);
  });

  it('refuses a ring of references, naming the tables', () => {
    expect(() => loadOrder([{ name: 'a', refersTo: ['b'] }, { name: 'b', refersTo: ['a'] }])).toThrow(/a, b henviser til hinanden i ring/);
  });
});

describe('parseManifestLines', () => {
  const manifest: Manifest = {
    format: 1,
    appVersion: '0.1.0',
    createdAt: '2025-01-02T03:04:05.000Z',
    server: 'PostgreSQL 18.0',
    migrations: [{ tag: '0000_init', hash: 'h0', createdAt: 1000 }],
    tables: [{ name: 'users', columns: ['id', 'email'], rows: 2 }],
    excluded: [{ name: 'sessions', reason: 'login' }],
    sequences: [],
  };

  it('reads back the manifest it wrote', () => {
    expect(parseManifestLines(FIRST_LINE, manifestLine(manifest))).toEqual(manifest);
  });

  it('says in Danish what is wrong with a file that is not a backup, a newer format or a damaged manifest', () => {
    expect(() => parseManifestLines('PK\u0003\u0004', null)).toThrow('Filen er ikke en sikkerhedskopi fra Indgang');
    expect(() => parseManifestLines('-- Indgang-sikkerhedskopi, format 2. Gendan med: ...', null)).toThrow(/format, denne version af Indgang ikke kender/);
    expect(() => parseManifestLines(FIRST_LINE, null)).toThrow(/manifest\) mangler/);
    expect(() => parseManifestLines(FIRST_LINE, manifestLine(manifest).slice(0, 40))).toThrow(/manifest\) er beskadiget/);
    expect(() => parseManifestLines(FIRST_LINE, manifestLine({ ...manifest, tables: [{ name: 'users', columns: [], rows: -1 }] }))).toThrow(/beskadiget/);
  });
});
