import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { afterAll, beforeAll, inject } from 'vitest';
import { createDatabase, type Database } from '../../db/client';
import { withDatabase } from '../../src/runtime/services';
import { TEMPLATE_DATABASE } from './constants';

export interface TestDatabase {
  name: string;
  url: string;
  db: Database;
  drop(): Promise<void>;
}

/**
 * A fresh, migrated, empty database of its own, copied from the template in milliseconds; or with
 * `{ migrated: false }` one with no tables at all, as on a new server.
 */
export async function createTestDatabase(options: { migrated?: boolean } = {}): Promise<TestDatabase> {
  const migrated = options.migrated ?? true;
  const serverUrl = inject('postgresUrl');
  const name = `${migrated ? 'test' : 'empty'}_${randomBytes(6).toString('hex')}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`create database ${name}${migrated ? ` template ${TEMPLATE_DATABASE}` : ''}`);
  } finally {
    await admin.end();
  }
  const url = withDatabase(serverUrl, name);
  const db = createDatabase(url, { max: 5 });
  return {
    name,
    url,
    db,
    drop: async () => {
      await db.$client.end();
      const dropper = postgres(serverUrl, { max: 1, onnotice: () => {} });
      await dropper.unsafe(`drop database if exists ${name} with (force)`);
      await dropper.end();
    },
  };
}

/**
 * Gives the calling test file its own database for all its tests: `const t = useTestDatabase();`
 * then `t.db` inside the tests.
 */
export function useTestDatabase(): { readonly db: Database; readonly url: string } {
  let current: TestDatabase | undefined;
  beforeAll(async () => {
    current = await createTestDatabase();
  });
  afterAll(async () => {
    await current?.drop();
  });
  return {
    get db() {
      if (!current) throw new Error('useTestDatabase: the database exists only inside tests');
      return current.db;
    },
    get url() {
      if (!current) throw new Error('useTestDatabase: the database exists only inside tests');
      return current.url;
    },
  };
}
