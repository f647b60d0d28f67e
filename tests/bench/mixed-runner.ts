/**
 * Closed-loop load of several kinds of request: `connections` clients each send their next
 * request as soon as the previous one answered, for `seconds`. Every latency is kept per kind, so
 * the percentiles are exact; every answer that is not the kind's success is counted by its status.
 */
import type { HttpClient, HttpRequest, HttpResponse } from './mixed-http';
import { percentile } from './load';

export const KINDS = ['search', 'detail', 'booking', 'report', 'referral'] as const;
export type Kind = (typeof KINDS)[number];

/** One planned request: its kind, the request, and the statuses that mean it worked. */
export interface Planned {
  kind: Kind;
  request: HttpRequest;
  ok: readonly number[];
}

export interface KindResult {
  requests: number;
  /** Failures by what they were: an HTTP status ("429") or a network error ("ECONNRESET"). */
  errors: Record<string, number>;
  /** Searches answered from the PostgreSQL fallback (200, but Meilisearch was too slow or down). */
  fallbacks: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

export interface MixedResult {
  seconds: number;
  requests: number;
  rps: number;
  kinds: Record<Kind, KindResult>;
  all: Omit<KindResult, 'fallbacks' | 'errors'> & { errors: number };
}

function errorLabel(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  return code ?? (error instanceof Error ? error.message : String(error));
}

function usedFallback(res: HttpResponse, request: HttpRequest): boolean {
  return request.path.startsWith('/api/search') && res.status === 200 && res.body.includes('"source":"postgres"');
}

/** Runs the load; `next(connection)` plans each connection's next request. */
export async function runMixed(client: HttpClient, connections: number, seconds: number, next: (connection: number) => Planned): Promise<MixedResult> {
  const latencies = Object.fromEntries(KINDS.map((k) => [k, [] as number[]])) as Record<Kind, number[]>;
  const errors = Object.fromEntries(KINDS.map((k) => [k, {} as Record<string, number>])) as Record<Kind, Record<string, number>>;
  const fallbacks = Object.fromEntries(KINDS.map((k) => [k, 0])) as Record<Kind, number>;
  const all: number[] = [];
  const started = performance.now();
  const until = started + seconds * 1000;
  const loop = async (connection: number) => {
    while (performance.now() < until) {
      const { kind, request, ok } = next(connection);
      const t0 = performance.now();
      let failure: string | undefined;
      try {
        const res = await client.send(request);
        if (!ok.includes(res.status)) failure = String(res.status);
        else if (usedFallback(res, request)) fallbacks[kind]++;
      } catch (error) {
        failure = errorLabel(error);
      }
      const took = performance.now() - t0;
      latencies[kind].push(took);
      all.push(took);
      if (failure) errors[kind][failure] = (errors[kind][failure] ?? 0) + 1;
    }
  };
  await Promise.all(Array.from({ length: connections }, (_, i) => loop(i)));
  const elapsed = (performance.now() - started) / 1000;
  const summary = (list: number[]) => {
    list.sort((a, b) => a - b);
    return { requests: list.length, p50: percentile(list, 50), p95: percentile(list, 95), p99: percentile(list, 99), max: list.at(-1) ?? Number.NaN };
  };
  const kinds = Object.fromEntries(KINDS.map((k) => [k, { ...summary(latencies[k]), errors: errors[k], fallbacks: fallbacks[k] }])) as Record<Kind, KindResult>;
  const errorCount = KINDS.reduce((sum, k) => sum + Object.values(errors[k]).reduce((a, b) => a + b, 0), 0);
  return { seconds: elapsed, requests: all.length, rps: all.length / elapsed, kinds, all: { ...summary(all), errors: errorCount } };
}
