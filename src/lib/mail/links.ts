import { config } from '../config/config';

/**
 * The absolute address of a path on this portal, for links in e-mails: PUBLIC_URL when set (always
 * in production, behind the load balancer), otherwise the address the request came to.
 */
export function absoluteUrl(path: string, requestUrl: URL): string {
  const base = config().PUBLIC_URL ?? requestUrl.origin;
  return new URL(path, base.endsWith('/') ? base : `${base}/`).toString();
}
