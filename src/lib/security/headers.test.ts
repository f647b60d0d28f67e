import { describe, expect, it } from 'vitest';
import { CSP_DIRECTIVES } from './csp';
import { securityHeaders } from './headers';
import { scriptHash } from './inline-scripts';

describe('security headers', () => {
  it('forbid framing, sniffing and plugins, and keep form posts on the portal', () => {
    const headers = securityHeaders(false);
    expect(headers['Content-Security-Policy']).toContain("frame-ancestors 'none'");
    expect(headers['Content-Security-Policy']).toContain("object-src 'none'");
    expect(headers['Content-Security-Policy']).toContain("form-action 'self'");
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
    expect(headers['X-Frame-Options']).toBe('DENY');
    expect(headers['Permissions-Policy']).toContain('camera=()');
  });

  it('pin HTTPS only in production', () => {
    expect(securityHeaders(false)['Strict-Transport-Security']).toBeUndefined();
    expect(securityHeaders(true)['Strict-Transport-Security']).toMatch(/^max-age=\d{8}/);
  });
});

describe('content security policy of rendered pages', () => {
  const directive = (name: string) => CSP_DIRECTIVES.find((d) => d.startsWith(`${name} `));

  it('keeps the clickjacking and plugin rules that the fallback header has', () => {
    for (const rule of securityHeaders(false)['Content-Security-Policy']!.split('; ')) expect(CSP_DIRECTIVES).toContain(rule);
  });

  it('loads everything from the portal itself, except the map tiles', () => {
    expect(directive('default-src')).toBe("default-src 'self'");
    expect(directive('connect-src')).toBe("connect-src 'self'");
    expect(directive('img-src')).toBe("img-src 'self' data: https://tile.openstreetmap.org");
  });

  it('leaves script-src to Astro, which writes it with the hashes of the page', () => {
    expect(directive('script-src')).toBeUndefined();
    expect(CSP_DIRECTIVES.join(';')).not.toContain('unsafe');
  });
});

describe('inline script hashes', () => {
  it('match what the browser computes: SHA-256 of the UTF-8 text, in base64', () => {
    // The example of the CSP Level 3 specification (section 'hash-source').
    expect(scriptHash("alert('Hello, world.');")).toBe('sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng=');
  });
});
