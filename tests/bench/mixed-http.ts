/**
 * A lean HTTP/1.1 client for the load: node:http over a keep-alive agent with exactly as many
 * sockets as simulated connections. Lighter than fetch, so the load generator takes less of the
 * CPU the portal needs; redirects are not followed (a form's 303 is its success).
 */
import { Agent, request } from 'node:http';

export interface HttpRequest {
  method: 'GET' | 'POST';
  path: string;
  headers?: Record<string, string>;
  body?: string;
}

export interface HttpResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A client of one base URL with at most `connections` open sockets. */
export function httpClient(base: string, connections: number) {
  const url = new URL(base);
  const agent = new Agent({ keepAlive: true, maxSockets: connections, maxFreeSockets: connections });
  const send = (req: HttpRequest): Promise<HttpResponse> =>
    new Promise((resolve, reject) => {
      const headers: Record<string, string> = { ...req.headers };
      if (req.body !== undefined) headers['content-length'] = String(Buffer.byteLength(req.body));
      const r = request({ host: url.hostname, port: url.port, method: req.method, path: req.path, headers, agent }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      });
      r.setTimeout(30_000, () => r.destroy(new Error('timeout after 30 s')));
      r.on('error', reject);
      r.end(req.body);
    });
  return { send, close: () => agent.destroy() };
}

export type HttpClient = ReturnType<typeof httpClient>;

/** The value of a cookie the response sets, if it sets it. */
export function setCookie(res: HttpResponse, name: string): string | undefined {
  const raw = res.headers['set-cookie'];
  for (const line of Array.isArray(raw) ? raw : raw ? [raw] : []) {
    const [pair = ''] = line.split(';');
    const at = pair.indexOf('=');
    if (pair.slice(0, at).trim() === name) return pair.slice(at + 1).trim();
  }
  return undefined;
}

/** The value of the hidden input `name` in an HTML form (attributes in any order). */
export function inputValue(html: string, name: string): string | undefined {
  for (const tag of html.match(/<input\b[^>]*>/g) ?? []) {
    if (!new RegExp(`\\bname="${name}"`).test(tag)) continue;
    const value = /\bvalue="([^"]*)"/.exec(tag)?.[1];
    if (value !== undefined) return value.replaceAll('&amp;', '&');
  }
  return undefined;
}
