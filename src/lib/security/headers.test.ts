import { describe, expect, it } from 'vitest';
import { securityHeaders } from './headers';

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
