import type { FacetCounts } from './facets';
import type { SearchParams } from '../types';

/**
 * Facet counts of recent searches, per app instance, for a few seconds. Counting nine facets over
 * every matching activity is most of Meilisearch's work for a search (3 ms without the counts,
 * 14–22 ms with them over 100 000 activities), and under load the same popular searches come
 * again and again. With the counts at hand the search asks Meilisearch for its hits only; the
 * hits themselves are never cached, so an approved change shows in the results as soon as it is
 * indexed, and a count is at most `ttlMs` old. Identical searches that arrive together wait for
 * one count instead of each asking for it. Per process and short-lived: nothing another instance
 * needs to agree on.
 */
export class FacetCache {
  private readonly entries = new Map<string, { at: number; counts: Promise<FacetCounts> }>();

  constructor(
    readonly ttlMs = 3_000,
    private readonly maxEntries = 2_000,
  ) {}

  /** The counts of `key` while fresh (possibly still being counted), else undefined. */
  get(key: string, now = Date.now()): Promise<FacetCounts> | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (now - entry.at < this.ttlMs) return entry.counts;
    this.entries.delete(key);
    return undefined;
  }

  /** Keeps counts being made for `key`; a failed count is forgotten at once. */
  set(key: string, counts: Promise<FacetCounts>, now = Date.now()): void {
    // Maps iterate in insertion order: the first entry is the oldest.
    if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(key, { at: now, counts });
    counts.catch(() => {
      if (this.entries.get(key)?.counts === counts) this.entries.delete(key);
    });
  }
}

/** What the facet counts of a search depend on: the index and everything but the page and the language. */
export function facetKey(index: string, params: SearchParams): string {
  const { page: _page, perPage: _perPage, locale: _locale, ...counted } = params;
  const sorted = Object.keys(counted)
    .sort()
    .map((k) => [k, counted[k as keyof typeof counted]]);
  return `${index}\n${JSON.stringify(sorted)}`;
}
