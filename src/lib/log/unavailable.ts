/**
 * Whether a failure means the database cannot be reached right now (stopped, restarting, the
 * network gone), as opposed to a bug: the reader then gets "temporarily unavailable, try again
 * in a moment" with a 503 and Retry-After, not "something went wrong".
 *
 * The code may sit anywhere in the cause chain: Drizzle wraps the postgres.js error ("Failed
 * query: …") and postgres.js keeps the socket's error code.
 */

/** postgres.js's own codes for a connection it lost or never got. */
const CLIENT_CODES = new Set(['CONNECTION_CLOSED', 'CONNECTION_ENDED', 'CONNECTION_DESTROYED', 'CONNECT_TIMEOUT']);

/** Socket and name lookup errors from Node: nothing answered at the database's address. */
const SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN']);

/**
 * SQLSTATEs of a server that is going away or not yet ready: 57P01 admin_shutdown, 57P02
 * crash_shutdown, 57P03 cannot_connect_now, 53300 too_many_connections, and class 08
 * (connection exception).
 */
function isUnavailableSqlState(code: string): boolean {
  return code === '57P01' || code === '57P02' || code === '57P03' || code === '53300' || /^08[0-9A-Z]{3}$/.test(code);
}

function codeOf(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** True when `error` or one of its causes says that the database is unreachable. Pure. */
export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  const queue: unknown[] = [error];
  while (queue.length > 0 && seen.size < 20) {
    const e = queue.shift();
    if (e === null || typeof e !== 'object' || seen.has(e)) continue;
    seen.add(e);
    const code = codeOf(e);
    if (code && (CLIENT_CODES.has(code) || SOCKET_CODES.has(code) || isUnavailableSqlState(code))) return true;
    queue.push((e as { cause?: unknown }).cause);
    // Node reports a refused connection to a name with several addresses as an AggregateError.
    if (e instanceof AggregateError) queue.push(...e.errors);
  }
  return false;
}
