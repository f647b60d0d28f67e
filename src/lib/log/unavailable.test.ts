import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createDatabase } from '../../../db/client';
import { freePort } from '../../runtime/ports';
import { isDatabaseUnavailable } from './unavailable';

/** A server-side error as postgres.js reports it: its SQLSTATE in `code`. */
function postgresError(code: string, message: string): Error {
  return Object.assign(new Error(message), { name: 'PostgresError', code, severity: 'FATAL' });
}

/** What Drizzle throws around a driver error. */
const failedQuery = (cause: unknown) => new Error('Failed query: select "id" from "sessions" where "id" = $1\nparams: abc', { cause });

describe('isDatabaseUnavailable', () => {
  it('recognises a refused connection as the real driver reports it, through Drizzle', async () => {
    const db = createDatabase(`postgres://nobody:x@127.0.0.1:${await freePort()}/none`, { max: 1 });
    const error = await db.execute(sql`select 1`).then(
      () => undefined,
      (e: unknown) => e,
    );
    await db.$client.end();
    expect(error).toBeDefined();
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it('recognises a server shutting down, starting up, full, or a broken connection', () => {
    for (const code of ['57P01', '57P02', '57P03', '53300', '08000', '08003', '08006', '08001', '08P01']) {
      expect(isDatabaseUnavailable(failedQuery(postgresError(code, 'terminating connection')))).toBe(true);
    }
  });

  it('recognises postgres.js losing or never getting a connection', () => {
    for (const code of ['CONNECTION_CLOSED', 'CONNECTION_ENDED', 'CONNECTION_DESTROYED', 'CONNECT_TIMEOUT']) {
      expect(isDatabaseUnavailable(failedQuery(Object.assign(new Error('write CONNECTION_CLOSED'), { code })))).toBe(true);
    }
  });

  it('looks inside an AggregateError of refused addresses', () => {
    const refused = (address: string) => Object.assign(new Error(`connect ECONNREFUSED ${address}`), { code: 'ECONNREFUSED' });
    expect(isDatabaseUnavailable(new AggregateError([refused('::1:5432'), refused('127.0.0.1:5432')]))).toBe(true);
  });

  it('treats bugs and bad data as errors, not as an outage', () => {
    expect(isDatabaseUnavailable(failedQuery(postgresError('42P01', 'relation "sessions" does not exist')))).toBe(false);
    expect(isDatabaseUnavailable(failedQuery(postgresError('23505', 'duplicate key value')))).toBe(false);
    expect(isDatabaseUnavailable(new TypeError("Cannot read properties of undefined (reading 'id')"))).toBe(false);
    expect(isDatabaseUnavailable(Object.assign(new Error('no such file'), { code: 'ENOENT' }))).toBe(false);
    expect(isDatabaseUnavailable('boom')).toBe(false);
    expect(isDatabaseUnavailable(undefined)).toBe(false);
  });

  it('stops at a cause chain that loops', () => {
    const a = new Error('a');
    const b = new Error('b', { cause: a });
    (a as { cause?: unknown }).cause = b;
    expect(isDatabaseUnavailable(a)).toBe(false);
  });
});
