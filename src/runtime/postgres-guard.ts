import { registerHooks } from 'node:module';

/**
 * postgres.js 3.4.9 crashes the whole process when PostgreSQL goes away under a busy pool
 * (upstream porsager/postgres#1154, #1208; fixes proposed in #1168, #1209, not released): a small
 * write is deferred with setImmediate, the socket closes first and is set to null, and the deferred
 * `socket.write` throws from a timer, where no try/catch of ours can reach it. Seen here: killing
 * the embedded PostgreSQL during referral submissions took the launcher down with
 * "TypeError: Cannot read properties of null (reading 'write')". Besides, a connection torn down
 * with a write pending keeps a stale timer and buffer and can never send again, and one torn down
 * by the server's last words ("terminating connection due to unexpected postmaster exit") keeps
 * that error and fails the first query after it reconnected with it (seen here: a referral retried
 * after PostgreSQL was back got a 500).
 *
 * Until a fixed release exists, the launcher applies the proposed fix when Node loads the
 * driver: nothing under node_modules is changed, and if the driver's code no longer looks as
 * expected (an upgrade), the guard steps aside with a warning. Remove this with the upgrade.
 */

const DEFERRED_WRITE = /function nextWrite\(fn\) \{\n(\s*)const x = socket\.write\(chunk, fn\)/;
const TEARDOWN = /^(\s*)clearImmediate\(nextWriteTimer\)$/gm;

/**
 * The driver's connection.js with the guard, or null when its code is not the one the guard was
 * written for. A write without a socket fails its queries with CONNECTION_CLOSED (so that callers
 * get an error they can answer, instead of waiting for ever); a teardown forgets pending writes
 * and the error the dead server sent.
 */
export function guardConnectionSource(source: string): string | null {
  if (!DEFERRED_WRITE.test(source) || (source.match(TEARDOWN) ?? []).length !== 2) return null;
  return source
    .replace(
      DEFERRED_WRITE,
      (_, indent: string) =>
        `function nextWrite(fn) {\n${indent}if (!socket) { chunk = nextWriteTimer = null; error(Errors.connection('CONNECTION_CLOSED', options)); return false }\n${indent}const x = socket.write(chunk, fn)`,
    )
    .replace(TEARDOWN, (_, indent: string) => `${indent}clearImmediate(nextWriteTimer)\n${indent}nextWriteTimer = chunk = errorResponse = null`);
}

const CONNECTION_MODULE = /\/node_modules\/postgres\/(cjs\/)?src\/connection\.js$/;

/** Registers the load hook; must run before anything imports `postgres`. */
export function guardPostgresWrites(warn: (line: string) => void): void {
  registerHooks({
    load(url, context, nextLoad) {
      const result = nextLoad(url, context);
      if (!CONNECTION_MODULE.test(url) || result.source === undefined) return result;
      const source = typeof result.source === 'string' ? result.source : Buffer.from(result.source as Uint8Array).toString('utf8');
      const guarded = guardConnectionSource(source);
      if (guarded === null) {
        warn('postgres.js ser anderledes ud end ventet; værnet mod nedbrud ved tabt databaseforbindelse er ikke lagt på (se src/runtime/postgres-guard.ts)');
        return result;
      }
      return { ...result, source: guarded };
    },
  });
}
