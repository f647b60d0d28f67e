import type { APIContext, MiddlewareHandler, MiddlewareNext } from 'astro';
import { recordRequest } from '../metrics/metrics';
import { classifyFailure, type Failure, failureResponse, logFailure } from './failure';
import { log } from './log';
import { requestIdFrom } from './request-id';

export { describeError } from './failure';

interface RequestRecord {
  id: string;
  failure?: Failure;
  /** The locals of the first pass, for an error page Astro renders afterwards (language, user). */
  locals?: App.Locals;
}

/**
 * Requests seen, by their Request object. After a failure Astro renders the 500/503 page for
 * the same Request with fresh locals; this is how that pass finds the id the failure was logged
 * with, and knows not to count the request twice.
 */
const records = new WeakMap<Request, RequestRecord>();

/** The request id and failure of a request, for the error pages (which may render without locals). */
export function requestRecord(request: Request): { id: string; failure?: Failure } | undefined {
  return records.get(request);
}

/**
 * The outer middleware of every request: gives it an id (`Astro.locals.requestId`, the
 * `X-Request-Id` header), runs `inner` (the middlewares that fill the locals) and the page,
 * turns any error into the 500 or 503 answer, then logs one JSON line and counts it for /metrics.
 *
 * When Astro then renders the error page, `inner` is skipped: the session and CSRF middlewares
 * would ask the database again (down during an outage) or read a POST body already read, and
 * the page would fail in turn. The locals of the failed pass are reused instead.
 */
export function requestMiddleware(inner: MiddlewareHandler): MiddlewareHandler {
  return async (context, next): Promise<Response> => {
    // A rewrite (to the 403 page) passes again with the same locals: already under way.
    if (context.locals.requestId) return run(inner, context, next);
    const earlier = records.get(context.request);
    if (earlier) {
      Object.assign(context.locals, earlier.locals, { requestId: earlier.id });
      return next();
    }
    const record: RequestRecord = { id: requestIdFrom(context.request.headers.get('x-request-id')), locals: context.locals };
    records.set(context.request, record);
    context.locals.requestId = record.id;
    const started = performance.now();
    let response: Response;
    try {
      response = await run(inner, context, next);
    } catch (error) {
      record.failure = classifyFailure(error);
      logFailure(context, record.id, record.failure, error);
      response = failureResponse(context, record.id, record.failure);
    }
    response = withRequestId(response, record.id);
    logRequest(context, record.id, response.status, performance.now() - started);
    return response;
  };
}

async function run(inner: MiddlewareHandler, context: APIContext, next: MiddlewareNext): Promise<Response> {
  const response = await inner(context, next);
  // Every middleware of ours returns next()'s response; none would be a bug of ours.
  if (!response) throw new Error('the middlewares gave no response');
  return response;
}

function logRequest(context: APIContext, requestId: string, status: number, ms: number): void {
  // The route pattern, never the path: paths hold tokens (/bekraeft/<token>), query strings e-mails.
  const route = context.routePattern || 'unknown';
  recordRequest(context.request.method, route, status, ms / 1000);
  log().info({ requestId, method: context.request.method, route, status, ms: Math.round(ms * 10) / 10 }, 'request');
}

function withRequestId(response: Response, id: string): Response {
  try {
    response.headers.set('X-Request-Id', id);
    return response;
  } catch {
    // A response with immutable headers (e.g. one passed through from fetch): copy it once.
    const copy = new Response(response.body, response);
    copy.headers.set('X-Request-Id', id);
    return copy;
  }
}
