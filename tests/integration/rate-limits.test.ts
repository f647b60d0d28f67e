import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase, type Database } from '../../db/client';
import { personalKeyPart } from '../../src/lib/security/limit-key';
import { SEARCH_LIMIT } from '../../src/lib/security/limits';
import { hitRateLimit } from '../../src/lib/security/rate-limit';
import { limitApiRequest } from '../../src/lib/security/too-many';
import { useTestDatabase } from '../support/database';

/**
 * Two app instances are two processes with their own connection pools to one PostgreSQL: here,
 * two clients of the test database. A limit must hold for both together, or three instances
 * behind a load balancer would each grant the full limit.
 */
const t = useTestDatabase();
let instanceA: Database;
let instanceB: Database;

beforeAll(() => {
  instanceA = createDatabase(t.url, { max: 3 });
  instanceB = createDatabase(t.url, { max: 3 });
});
afterAll(async () => {
  await instanceA.$client.end();
  await instanceB.$client.end();
});

describe('a rate limit kept in PostgreSQL', () => {
  it('counts the hits of two app instances into one window', async () => {
    const seen: boolean[] = [];
    for (let i = 0; i < 6; i += 1) seen.push((await hitRateLimit(i % 2 ? instanceB : instanceA, 'test:shared', 5, 60)).allowed);
    expect(seen).toEqual([true, true, true, true, true, false]);
  });

  it('lets exactly the limit through when both instances are hit at once', async () => {
    const burst = Array.from({ length: 40 }, (_, i) => hitRateLimit(i % 2 ? instanceB : instanceA, 'test:burst', 25, 60));
    const allowed = (await Promise.all(burst)).filter((r) => r.allowed).length;
    expect(allowed).toBe(25);
  });
});

describe('the search API’s limit', () => {
  const key = (address: string) => `search:ip:${address}`;

  it('answers JSON 429 with Retry-After on either instance once one address has spent it', async () => {
    for (let i = 0; i < SEARCH_LIMIT.limit; i += 1) {
      expect(await limitApiRequest(i % 2 ? instanceB : instanceA, key('198.51.100.20'), SEARCH_LIMIT, 'da')).toBeNull();
    }
    for (const instance of [instanceA, instanceB]) {
      const refused = await limitApiRequest(instance, key('198.51.100.20'), SEARCH_LIMIT, 'da');
      expect(refused?.status).toBe(429);
      const seconds = Number(refused?.headers.get('retry-after'));
      expect(seconds).toBeGreaterThan(0);
      expect(seconds).toBeLessThanOrEqual(SEARCH_LIMIT.windowSeconds);
      const body = (await refused?.json()) as { error: { message: string }; retryAfterSeconds: number };
      expect(body.retryAfterSeconds).toBe(seconds);
      expect(body.error.message).toMatch(/^For mange forespørgsler/);
    }
  });

  it('does not shut out another address meanwhile', async () => {
    expect(await limitApiRequest(instanceB, key('198.51.100.21'), SEARCH_LIMIT, 'da')).toBeNull();
  });
});

describe('a limit key made from an e-mail', () => {
  it('is the same on every instance and holds neither the e-mail nor its plain hash', () => {
    const email = 'karen.jensen@eksempel.dk';
    const part = personalKeyPart(email);
    expect(personalKeyPart(email)).toBe(part);
    expect(personalKeyPart('karen.jensen2@eksempel.dk')).not.toBe(part);
    expect(part).not.toContain('karen');
    // Keyed: a list of e-mails hashed by someone without the key does not find it.
    expect(createHash('sha256').update(email).digest('base64url')).not.toContain(part);
  });

  it('counts the password-reset requests for one e-mail without storing it', async () => {
    const email = 'karen.jensen@eksempel.dk';
    await hitRateLimit(instanceA, `reset:email:${personalKeyPart(email)}`, 5, 900);
    await hitRateLimit(instanceB, `reset:email:${personalKeyPart(email)}`, 5, 900);
    const rows = await instanceA.$client<{ key: string; count: number }[]>`select key, count from rate_limits where key like 'reset:email:%'`;
    expect(rows).toHaveLength(1);
    expect(rows[0]!.count).toBe(2);
    expect(rows[0]!.key).not.toContain('eksempel');
  });
});
