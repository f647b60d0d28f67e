import { randomUUID } from 'node:crypto';

/**
 * What an incoming `X-Request-Id` may look like to be kept: 8–64 letters, digits, `-` or `_`.
 * Strict, because the id goes into every log line and onto the error page: a header with spaces,
 * quotes or newlines could forge log lines or carry text a citizen should not see.
 */
const WELL_FORMED = /^[A-Za-z0-9_-]{8,64}$/;

/**
 * The id of a request: the one a proxy in front of the portal sent (so that its logs and ours
 * share an id), when well-formed; otherwise a new random UUID.
 */
export function requestIdFrom(header: string | null | undefined): string {
  const given = header?.trim();
  return given && WELL_FORMED.test(given) ? given : randomUUID();
}
