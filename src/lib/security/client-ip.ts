/**
 * The address a request came from, for rate limits. Behind `trustProxy` proxies the address is
 * read that many entries from the right of X-Forwarded-For (the left part can be forged by the client).
 */
export function clientIp(socketAddress: string, forwardedFor: string | null, trustProxy: number): string {
  if (trustProxy <= 0 || !forwardedFor) return socketAddress;
  const hops = forwardedFor
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
  return hops[hops.length - trustProxy] ?? hops[0] ?? socketAddress;
}
