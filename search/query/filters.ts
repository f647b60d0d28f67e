import type { ListingType, SearchParams } from '../types';

/**
 * A value quoted for a Meilisearch filter. Values are slugs and codes checked by the parser, but
 * the filter is a small language of its own: quoting here keeps a stray quote from changing it.
 */
export function quote(value: string): string {
  return `"${value.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`;
}

function anyOf(attribute: string, values: readonly string[]): string[] {
  return values.length === 0 ? [] : [`${attribute} IN [${values.map(quote).join(', ')}]`];
}

/** Filters only an activity can meet: associations and contacts have no kind, days, price or language. */
export function hasActivityOnlyFilters(params: SearchParams): boolean {
  return (
    params.kind !== undefined ||
    params.weekday.length > 0 ||
    params.free !== undefined ||
    params.lang.length > 0 ||
    params.wheelchair !== undefined
  );
}

function hasTermFilters(params: SearchParams): boolean {
  return params.targetGroup.length > 0 || params.category.length > 0;
}

/**
 * Whether advisory sessions answer a search. A session has words, topics (category terms), a
 * district, administrations and a place, so it answers a text query, a category, district or
 * administration filter and "near me". It has no target group, and no kind, weekday, price, step-free
 * access or language filter of the search page: those are questions about activities (the language
 * filter means "held in Arabic" of an activity's schedule; a session's own languages are on its page
 * and the `/raadgivning` list), so any of them leaves sessions out rather than guessing. Browsing
 * with nothing typed or chosen lists the directory (activities and associations) alone: the
 * sessions have their own list and calendar at `/raadgivning`.
 */
export function sessionsAnswer(params: SearchParams): boolean {
  if (hasActivityOnlyFilters(params) || params.targetGroup.length > 0) return false;
  return (
    params.q !== '' ||
    params.near !== undefined ||
    params.category.length > 0 ||
    params.district.length > 0 ||
    params.administration.length > 0
  );
}

/**
 * Which kinds of listing a search looks in. Associations answer to everything but the activity-only
 * filters. Sessions as `sessionsAnswer` says. Contacts (people) are found by a word: not when
 * browsing, not by target group or category, and not near a place, as they have none.
 */
export function listingTypesFor(params: SearchParams): ListingType[] {
  const types: ListingType[] = ['activity'];
  if (!hasActivityOnlyFilters(params)) types.push('association');
  if (sessionsAnswer(params)) types.push('session');
  if (params.q !== '' && !hasActivityOnlyFilters(params) && !hasTermFilters(params) && !params.near) types.push('contact');
  return types;
}

function geoRadius(params: SearchParams): string[] {
  if (!params.near) return [];
  const { lat, lng, radiusKm } = params.near;
  return [`_geoRadius(${lat}, ${lng}, ${Math.round(radiusKm * 1000)})`];
}

/**
 * The filter expressions (ANDed) of one index; values within one filter are ORed. `now` (epoch ms)
 * leaves out sessions that have ended but are still in the index until the expiry job queues them.
 */
export function filtersFor(type: ListingType, params: SearchParams, now: number = Date.now()): string[] {
  const shared = [...anyOf('districts', params.district), ...anyOf('administration', params.administration)];
  if (type === 'contact') return shared;
  if (type === 'session') return [`endsAt > ${now}`, ...anyOf('categories', params.category), ...shared, ...geoRadius(params)];
  const terms = [...anyOf('targetGroups', params.targetGroup), ...anyOf('categories', params.category)];
  if (type === 'association') return [...terms, ...shared, ...geoRadius(params)];
  return [
    ...anyOf('kind', params.kind ? [params.kind] : []),
    ...terms,
    ...shared,
    ...anyOf('weekdays', params.weekday),
    ...(params.free === undefined ? [] : [`free = ${params.free}`]),
    ...anyOf('languages', params.lang),
    ...(params.wheelchair === undefined ? [] : [`wheelchair = ${params.wheelchair}`]),
    ...geoRadius(params),
  ];
}
