import { randomBytes } from 'node:crypto';
import type { APIRequestContext, APIResponse, PlaywrightWorkerArgs } from '@playwright/test';
import { SESSION_COOKIE } from '../../../src/lib/session/cookie';
import { decoded, type BodyShape } from './fuzz-input';
import type { FuzzWorld, Role } from './fuzz-world';

/** A request context acting as one role of the world (a visitor without a session for `anonymous`). */
export async function contextFor(playwright: PlaywrightWorkerArgs['playwright'], baseURL: string, world: FuzzWorld, role: Role): Promise<APIRequestContext> {
  const host = new URL(baseURL).hostname;
  const cookies =
    role === 'anonymous'
      ? []
      : [{ name: SESSION_COOKIE, value: world.sessions[role], domain: host, path: '/', expires: -1, httpOnly: true, secure: false, sameSite: 'Lax' as const }];
  // Astro's origin check wants a same-origin Origin on form posts, as a browser sends.
  return playwright.request.newContext({ baseURL, storageState: { cookies, origins: [] }, extraHTTPHeaders: { origin: baseURL } });
}

/** Another client address each time (the test portal trusts one proxy), so that rate limits meet a crowd, not one robot. */
export function someClient(): string {
  const b = randomBytes(3);
  return `10.${b[0]}.${b[1]}.${b[2]}`;
}

/** Fields as the test sends them: names with percent-encoded values, in order, names repeating. */
export type Pairs = [string, string][];

/** The body of a form in one of the shapes, with the headers that go with it. */
export function formBody(pairs: Pairs, shape: BodyShape, csrf: string, garbage: string): { body: Buffer | string; headers: Record<string, string> } {
  const urlencoded = pairs.map(([name, value]) => `${encodeURIComponent(name)}=${value}`).join('&');
  // For the shapes a form never sends, the token goes in the header, so that the page itself meets the body.
  const token = { 'x-csrf-token': csrf };
  switch (shape) {
    case 'urlencoded':
      return { body: urlencoded, headers: { 'content-type': 'application/x-www-form-urlencoded' } };
    case 'multipart': {
      const boundary = `----fuzz${randomBytes(8).toString('hex')}`;
      const parts = pairs.map(([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name.replace(/"/g, '%22')}"\r\n\r\n${decoded(value)}\r\n`);
      return { body: Buffer.from(`${parts.join('')}--${boundary}--\r\n`), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
    }
    case 'json': {
      const object: Record<string, string | string[]> = {};
      for (const [name, value] of pairs) {
        const prior = object[name];
        object[name] = prior === undefined ? decoded(value) : [prior, decoded(value)].flat();
      }
      return { body: JSON.stringify(object), headers: { 'content-type': 'application/json', ...token } };
    }
    case 'malformed-urlencoded':
      return { body: `${garbage}&%&=&${urlencoded.slice(0, 200)}`, headers: { 'content-type': 'application/x-www-form-urlencoded', ...token } };
    case 'malformed-multipart':
      return { body: `--nope\r\nContent-Disposition: form-data; name="${garbage}"\r\n${garbage}`, headers: { 'content-type': 'multipart/form-data; boundary=zzz', ...token } };
    case 'text':
      return { body: urlencoded, headers: { 'content-type': 'text/plain;charset=UTF-8', ...token } };
  }
}

/** Posts without following a redirect (a 303 is the answer to judge) and reads the body as text. */
export async function post(context: APIRequestContext, url: string, body: Buffer | string, headers: Record<string, string>): Promise<{ res: APIResponse; text: string }> {
  const res = await context.post(url, { data: body, headers: { ...headers, 'x-forwarded-for': someClient() }, maxRedirects: 0, failOnStatusCode: false, timeout: 30_000 });
  return { res, text: await res.text() };
}
