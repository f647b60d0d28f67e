import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * Whether a request may read `/metrics`: a scraper with `Authorization: Bearer <METRICS_TOKEN>`,
 * or a logged-in administrator looking by hand. Everyone else is told it does not exist (404).
 */
export function mayReadMetrics(request: { authorization: string | null; role: string | undefined; token: string | undefined }): boolean {
  if (request.role === 'admin') return true;
  if (!request.token) return false;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(request.authorization ?? '');
  return match ? sameSecret(match[1]!, request.token) : false;
}

/** Compares in constant time; hashing first hides the token's length as well. */
function sameSecret(given: string, expected: string): boolean {
  const digest = (s: string) => createHash('sha256').update(s).digest();
  return timingSafeEqual(digest(given), digest(expected));
}
