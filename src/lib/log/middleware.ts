import type { MiddlewareHandler } from 'astro';
import { log } from './log';

/** The chain of causes of an error, e.g. "Failed query … ← connect ECONNREFUSED 127.0.0.1:5432". */
export function describeError(error: unknown): string {
  const parts: string[] = [];
  for (let e: unknown = error; e && parts.length < 5; e = (e as { cause?: unknown }).cause) {
    parts.push(e instanceof Error ? e.message.split('\n')[0]! : String(e));
  }
  return parts.join(' ← ');
}

/**
 * Logs a failed request with the whole cause chain (the user sees only the friendly 500 page),
 * then lets Astro render that page.
 */
export const errorLogMiddleware: MiddlewareHandler = async (context, next) => {
  try {
    return await next();
  } catch (error) {
    log().error({ method: context.request.method, path: context.url.pathname, error: describeError(error) }, 'request failed');
    throw error;
  }
};
