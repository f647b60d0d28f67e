import type { APIContext } from 'astro';
import { t } from '../../i18n';
import { apiLocale } from '../search/api';
import { log } from './log';
import { isDatabaseUnavailable } from './unavailable';

/** What went wrong with a request, as far as the reader is concerned. */
export type Failure = 'error' | 'unavailable';

/** How long a reader (or client) should wait before trying again during an outage. */
export const RETRY_AFTER_SECONDS = 30;

/**
 * Astro renders `src/pages/<status>.astro` for an empty response with this header (its own
 * 404s use it too). 500 needs no header; 503 does. Pinned Astro (decision 006); the
 * integration test tests/integration/errors.test.ts fails if a new version drops it.
 */
const ASTRO_ERROR_HEADER = 'X-Astro-Error';

/** The chain of causes of an error, e.g. "Failed query … ← connect ECONNREFUSED 127.0.0.1:5432". */
export function describeError(error: unknown): string {
  return causes(error)
    .map((e) => (e instanceof Error ? e.message.split('\n')[0]! : String(e)))
    .join(' ← ');
}

function causes(error: unknown): unknown[] {
  const chain: unknown[] = [];
  for (let e: unknown = error; e !== undefined && e !== null && chain.length < 5; e = (e as { cause?: unknown }).cause) chain.push(e);
  return chain;
}

/**
 * The stack's frames without its first line: the message can hold query parameters (Drizzle
 * writes "params: …" into it), and parameters can be a citizen's e-mail.
 */
function framesOf(error: unknown): string | undefined {
  if (!(error instanceof Error) || !error.stack) return undefined;
  return error.stack
    .split('\n')
    .filter((line) => line.startsWith('    at '))
    .join('\n');
}

/** Logs a failed request as one JSON line: the id the reader sees, the error classes, messages and frames. */
export function logFailure(context: APIContext, requestId: string, failure: Failure, error: unknown): void {
  const chain = causes(error);
  log().error(
    {
      requestId,
      method: context.request.method,
      route: context.routePattern,
      failure,
      errorClass: chain.map((e) => (e instanceof Error ? e.name : typeof e)).join(' ← '),
      code: chain.map((e) => (e as { code?: unknown } | null)?.code).find((c) => typeof c === 'string'),
      error: describeError(error),
      stack: framesOf(error),
    },
    failure === 'unavailable' ? 'database unavailable' : 'request failed',
  );
}

/** Classifies a failure: the database unreachable (503), or anything else (500). */
export function classifyFailure(error: unknown): Failure {
  return isDatabaseUnavailable(error) ? 'unavailable' : 'error';
}

/**
 * The answer to a failed request. `/api/*` gets JSON in the shape of the other API errors, with
 * the request id; pages get an empty response that Astro fills with the 500 or 503 page (which
 * reads the request id and the language itself). Never the error's text.
 */
export function failureResponse(context: APIContext, requestId: string, failure: Failure): Response {
  const status = failure === 'unavailable' ? 503 : 500;
  const headers: Record<string, string> = { 'cache-control': 'no-store' };
  if (failure === 'unavailable') headers['Retry-After'] = String(RETRY_AFTER_SECONDS);
  if (context.url.pathname.startsWith('/api/')) {
    const locale = apiLocale(context.url, context.request.headers.get('accept-language'));
    const message = t(locale, failure === 'unavailable' ? 'errors.api.unavailable' : 'errors.api.failed');
    return Response.json({ error: { message, requestId } }, { status, headers });
  }
  if (failure === 'unavailable') headers[ASTRO_ERROR_HEADER] = 'true';
  return new Response(null, { status, headers });
}
