import type { MiddlewareHandler } from 'astro';
import { config } from '../config/config';
import { FALLBACK_CSP } from './csp';

/**
 * The security headers every response carries unless it set its own (the booking's page sets a
 * stricter Referrer-Policy). Every page Astro renders already carries the full
 * Content-Security-Policy, with the hashes of its scripts (astro.config.mjs, src/lib/security/csp.ts);
 * the one here is for everything else and needs no knowledge of scripts: no framing (clickjacking),
 * no plugins, no foreign <base>, and forms post only to the portal itself. HSTS only in production,
 * where the portal is on HTTPS: sent over plain HTTP in development it would pin localhost to HTTPS
 * in the developer's browser.
 */
export function securityHeaders(production: boolean): Record<string, string> {
  return {
    'Content-Security-Policy': FALLBACK_CSP,
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'Permissions-Policy': 'camera=(), microphone=(), payment=(), usb=(), interest-cohort=()',
    ...(production ? { 'Strict-Transport-Security': 'max-age=31536000; includeSubDomains' } : {}),
  };
}

/** Adds the security headers to the response of every page, endpoint and error page. */
export const securityHeadersMiddleware: MiddlewareHandler = async (_context, next) => {
  const response = await next();
  const headers = Object.entries(securityHeaders(config().isProduction)).filter(([name]) => !response.headers.has(name));
  if (headers.length === 0) return response;
  try {
    for (const [name, value] of headers) response.headers.set(name, value);
    return response;
  } catch {
    // A response with immutable headers (e.g. one passed through from fetch): copy it once.
    const copy = new Response(response.body, response);
    for (const [name, value] of headers) copy.headers.set(name, value);
    return copy;
  }
};
