import type { Database } from '../../../db/client';
import { referenceData, type ReferenceData, type ReferenceFilter } from '../../../search/query/reference';
import type { Label, SearchParams } from '../../../search/types';
import { postalCodeCentre, resolveValues } from './resolve';
import {
  listValues,
  parseBoolean,
  parseInteger,
  parseKind,
  parseLanguages,
  parseNumber,
  parseWeekdays,
  refuse,
  singleValue,
  type Parsed,
} from './values';

export const MAX_QUERY_LENGTH = 200;
export const MAX_PER_PAGE = 50;
export const DEFAULT_PER_PAGE = 20;
/** Meilisearch stops paging at 1000 hits by default; nobody reads further than that anyway. */
export const MAX_RESULT_WINDOW = 1000;
export const DEFAULT_RADIUS_KM = 5;

export type ParseResult = { ok: true; params: SearchParams } | { ok: false; parameter: string; message: Label };

const REFERENCE_FILTERS: ReferenceFilter[] = ['targetGroup', 'category', 'district', 'administration'];

/** Thrown inside the parser to stop at the first bad parameter; never leaves this module. */
class Refused extends Error {
  constructor(readonly result: { parameter: string; message: Label }) {
    super(result.message.en);
  }
}

function take<T>(parsed: Parsed<T>): T {
  if (!parsed.ok) throw new Refused(parsed.problem);
  return parsed.value;
}

function parseQuery(url: URLSearchParams): string {
  const q = (url.get('q') ?? '').trim().replace(/\s+/g, ' ');
  if (q.length > MAX_QUERY_LENGTH) {
    take(refuse('q', `søgningen er for lang (${q.length} tegn). Skriv højst ${MAX_QUERY_LENGTH} tegn`, `the search is too long (${q.length} characters). Write at most ${MAX_QUERY_LENGTH}`));
  }
  // Only signs ("%", "'", "*"): Meilisearch would read it as no words and answer with every listing
  // and contact person, as a typed search. Nothing to look for is browsing, as with an empty box.
  return /[\p{L}\p{N}]/u.test(q) ? q : '';
}

function parsePaging(url: URLSearchParams): { page: number; perPage: number } {
  const perPage = take(parseInteger('perPage', singleValue(url, 'perPage'), 1, MAX_PER_PAGE)) ?? DEFAULT_PER_PAGE;
  const page = take(parseInteger('page', singleValue(url, 'page'), 1, MAX_RESULT_WINDOW)) ?? 1;
  if (page * perPage > MAX_RESULT_WINDOW) {
    const last = Math.floor(MAX_RESULT_WINDOW / perPage);
    take(refuse('page', `siden ligger for langt ude. Med ${perPage} pr. side er den sidste side ${last}`, `the page is too far out. With ${perPage} per page the last page is ${last}`));
  }
  return { page, perPage };
}

/** Where "near me" is: lat and lng both (the browser's location), or a postal code; then the radius. */
function parseNear(url: URLSearchParams, reference: () => Promise<ReferenceData>): Promise<SearchParams['near']> | SearchParams['near'] {
  const lat = take(parseNumber('lat', singleValue(url, 'lat'), -90, 90));
  const lng = take(parseNumber('lng', singleValue(url, 'lng'), -180, 180));
  // The search form always sends its radius select; without a place it simply has no effect.
  const radiusKm = take(parseNumber('radiusKm', singleValue(url, 'radiusKm'), 0.1, 50)) ?? DEFAULT_RADIUS_KM;
  if ((lat === undefined) !== (lng === undefined)) {
    const missing = lat === undefined ? 'lat' : 'lng';
    take(refuse(missing, 'lat og lng skal angives sammen', 'lat and lng must be given together'));
  }
  if (lat !== undefined && lng !== undefined) return { lat, lng, radiusKm };
  const postalCode = singleValue(url, 'postalCode');
  if (postalCode === undefined) return undefined;
  return reference().then((data) => ({ ...take(postalCodeCentre(data, postalCode)), radiusKm }));
}

/**
 * Turns a search URL's parameters into SearchParams, or names the first bad parameter with a
 * message in Danish and English. Filter values may be slugs or names (`district=valby` or
 * `district=Valby`); they are resolved against the database's reference tables (cached). Unknown
 * parameters are ignored, so that links with tracking or old parameters still work.
 */
export async function parseSearchParams(url: URLSearchParams, locale: 'da' | 'en', db: Database): Promise<ParseResult> {
  let loaded: Promise<ReferenceData> | undefined;
  const reference = () => (loaded ??= referenceData(db));
  try {
    const q = parseQuery(url);
    const kind = take(parseKind(listValues(url, 'kind')));
    const weekday = take(parseWeekdays(listValues(url, 'weekday')));
    const free = take(parseBoolean('free', singleValue(url, 'free')));
    const wheelchair = take(parseBoolean('wheelchair', singleValue(url, 'wheelchair')));
    const lang = take(parseLanguages(listValues(url, 'lang')));
    const paging = parsePaging(url);
    const near = await parseNear(url, reference);

    const resolved: Record<ReferenceFilter, string[]> = { targetGroup: [], category: [], district: [], administration: [] };
    for (const filter of REFERENCE_FILTERS) {
      const values = listValues(url, filter);
      if (values.length > 0) resolved[filter] = take(resolveValues(await reference(), filter, values));
    }

    const params: SearchParams = { q, ...resolved, weekday, lang, ...paging, locale };
    if (kind !== undefined) params.kind = kind;
    if (free !== undefined) params.free = free;
    if (wheelchair !== undefined) params.wheelchair = wheelchair;
    if (near !== undefined) params.near = near;
    return { ok: true, params };
  } catch (error) {
    if (error instanceof Refused) return { ok: false, ...error.result };
    throw error;
  }
}
