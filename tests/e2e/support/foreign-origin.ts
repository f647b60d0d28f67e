import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A second web site on its own port, as an attacker's page would be: it serves one HTML page. */
export interface ForeignSite {
  /** The page's address on `host` (127.0.0.1 or localhost: both are other origins than the portal's port). */
  url(host?: string): string;
  close(): Promise<void>;
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * Starts a site whose page posts a form to `action` (on the portal) by itself as soon as it loads,
 * the classic cross-site request forgery: the victim only has to open the page.
 */
export async function foreignSiteThatPosts(action: string, fields: Record<string, string>): Promise<ForeignSite> {
  const inputs = Object.entries(fields)
    .map(([name, value]) => `<input type="hidden" name="${escape(name)}" value="${escape(value)}">`)
    .join('');
  const html = `<!doctype html><title>Vind en præmie</title><form method="post" action="${escape(action)}">${inputs}</form><script>document.forms[0].submit()</script>`;
  const server: Server = createServer((_, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: (host = '127.0.0.1') => `http://${host}:${port}/`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
