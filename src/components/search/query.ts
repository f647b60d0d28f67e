/**
 * The search page's URL: the form's field names are `/api/search`'s parameter names, so the same
 * query string serves the page, the API and a shared link. Used on the server and in the browser.
 */
import type { FacetName } from '../../../search/types';

/** The filters, in the order the page shows them. */
export const FACET_NAMES: readonly FacetName[] = [
  'kind',
  'targetGroup',
  'category',
  'district',
  'administration',
  'weekday',
  'free',
  'lang',
  'wheelchair',
];

/** The "near me" fields: a postal code or a position from the browser, and a radius. */
export const NEAR_NAMES = ['postalCode', 'lat', 'lng', 'radiusKm'] as const;

/** The radii the page offers, in km. */
export const RADII_KM = [1, 2, 5, 10] as const;
/** The search service's radius when none is given (src/lib/search/params.ts), so that labels agree. */
export const DEFAULT_RADIUS_KM = 5;

/** Whether the query asks for results near a place. */
export function hasNear(params: URLSearchParams): boolean {
  return params.has('postalCode') || (params.has('lat') && params.has('lng'));
}

/**
 * A tidy copy of a query: empty fields dropped (an unticked form sends `kind=` and `postalCode=`),
 * no radius without a place, and no `page=1`. Order is kept, so links look like the form.
 */
export function cleanParams(entries: Iterable<[string, string]>): URLSearchParams {
  const out = new URLSearchParams();
  for (const [name, raw] of entries) {
    const value = raw.trim();
    if (value === '' || (name === 'page' && value === '1')) continue;
    out.append(name, value);
  }
  if (!hasNear(out)) out.delete('radiusKm');
  // A typed postal code is the reader's latest word: "Brug min position" empties the field, so a
  // postal code beside a position means the reader typed it after, and the position is forgotten.
  if (out.has('postalCode')) {
    out.delete('lat');
    out.delete('lng');
  }
  return out;
}

/**
 * The tidy address of a search address, or null when it is tidy already. A form submitted without
 * JavaScript sends every field, empty or not (`?q=ensom&kind=&postalCode=&radiusKm=5`); the page
 * sends the browser on to the short address, so that what the reader copies and shares is readable.
 */
export function tidyHref(url: URL): string | null {
  const clean = cleanParams(url.searchParams);
  return clean.toString() === url.searchParams.toString() ? null : href(url.pathname, clean);
}

/** The form's current values as a tidy query (in the browser). */
export function formParams(form: HTMLFormElement): URLSearchParams {
  const entries: [string, string][] = [];
  for (const [name, value] of new FormData(form)) if (typeof value === 'string') entries.push([name, value]);
  return cleanParams(entries);
}

/** `path?query`, or just `path` when the query is empty. */
export function href(path: string, params: URLSearchParams): string {
  const query = params.toString();
  return query ? `${path}?${query}` : path;
}

/** The same search on another page of results. */
export function pageHref(path: string, params: URLSearchParams, page: number): string {
  const next = new URLSearchParams(params);
  if (page > 1) next.set('page', String(page));
  else next.delete('page');
  return href(path, next);
}

/**
 * The same search without one filter value (or without "near me" when `name` is `near`),
 * back on page 1 because the number of pages changes.
 */
export function withoutHref(path: string, params: URLSearchParams, name: string, value?: string): string {
  // Filtered by hand: `URLSearchParams.delete(name, value)` is too new for some phones still in use.
  const dropped = (n: string, v: string) =>
    n === 'page' || (name === 'near' ? (NEAR_NAMES as readonly string[]).includes(n) : n === name && (value === undefined || v === value));
  return href(path, new URLSearchParams([...params].filter(([n, v]) => !dropped(n, v))));
}

/** The same words with every filter removed. */
export function clearFiltersHref(path: string, params: URLSearchParams): string {
  const q = params.get('q');
  return href(path, new URLSearchParams(q ? { q } : {}));
}

/** How many filters are chosen ("near me" counts as one). */
export function countFilters(params: URLSearchParams): number {
  let count = hasNear(params) ? 1 : 0;
  for (const name of FACET_NAMES) count += params.getAll(name).length;
  return count;
}
