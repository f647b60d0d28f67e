import { describe, expect, it } from 'vitest';
import { createDatabase } from '../../db/client';
import { createSearchClient } from '../../search/client';
import { freePort } from '../../src/runtime/ports';
import { checkHealth, healthHttpStatus } from '../../src/lib/health/health';
import { useTestDatabase } from '../support/database';
import { useTestSearch } from '../support/search';

const t = useTestDatabase();
const search = useTestSearch();

describe('health', () => {
  it('is ok when the database and search answer', async () => {
    const health = await checkHealth({ db: () => t.db, search: () => search.client });
    expect(health).toEqual({ status: 'ok', db: 'ok', search: 'ok' });
    expect(healthHttpStatus(health)).toBe(200);
  });

  it('is degraded but still serving when search is down', async () => {
    const deadSearch = createSearchClient(`http://127.0.0.1:${await freePort()}`, search.key);
    const health = await checkHealth({ db: () => t.db, search: () => deadSearch });
    expect(health).toEqual({ status: 'degraded', db: 'ok', search: 'down' });
    expect(healthHttpStatus(health)).toBe(200);
  });

  it('is down with 503 when the database is unreachable', async () => {
    const deadDb = createDatabase(`postgres://postgres:x@127.0.0.1:${await freePort()}/none`, { max: 1 });
    const health = await checkHealth({ db: () => deadDb, search: () => search.client });
    expect(health).toEqual({ status: 'down', db: 'down', search: 'ok' });
    expect(healthHttpStatus(health)).toBe(503);
    await deadDb.$client.end();
  });

  it('is down when the database cannot even be configured', async () => {
    const health = await checkHealth({
      db: () => {
        throw new Error('DATABASE_URL er ikke sat');
      },
      search: () => search.client,
    });
    expect(health.status).toBe('down');
  });
});
