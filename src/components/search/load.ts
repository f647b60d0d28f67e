/**
 * What the search page needs for one request (server only): the reader's query checked by the
 * search service's parser, the search itself, and friendly errors. A bad parameter does not cost
 * the reader their results: it is shown beside its field, the search runs without it, and the
 * page answers 400 so that the address is known to be wrong.
 */
import { search } from '../../../search/search';
import type { SearchResponse } from '../../../search/types';
import type { Locale } from '../../i18n/locale';
import { config } from '../../lib/config/config';
import { db } from '../../lib/db';
import { searchClient, searchFacetCache } from '../../lib/search';
import { parseSearchParams } from '../../lib/search/params';
import { readableError } from './errors';
import type { FieldError } from './model';
import { searchTexts } from './pick-texts';
import { cleanParams } from './query';
import { formatter } from './texts';

export interface SearchPage {
  status: 200 | 400;
  response: SearchResponse;
  /** The reader's query, tidied; the form shows it as typed. */
  params: URLSearchParams;
  /** The query the results are for (the reader's without its bad parameters), for links. */
  query: URLSearchParams;
  errors: FieldError[];
}

/** Every parameter can be wrong at most once, so this many attempts always end. */
const MAX_ATTEMPTS = 20;

/** Parses, searches and explains the search page's query (`url.searchParams`). */
export async function loadSearchPage(url: URL, locale: Locale): Promise<SearchPage> {
  const fmt = formatter(locale, searchTexts(locale));
  const params = cleanParams(url.searchParams);
  const query = new URLSearchParams(params);
  const errors: FieldError[] = [];
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const parsed = await parseSearchParams(query, locale, db());
    if (parsed.ok) {
      const deps = { db: db(), client: searchClient(), prefix: config().MEILI_INDEX_PREFIX, facetCache: searchFacetCache() };
      const response = await search(deps, parsed.params);
      return { status: errors.length > 0 ? 400 : 200, response, params, query, errors };
    }
    errors.push(readableError({ parameter: parsed.parameter, message: parsed.message[locale] }, params, fmt));
    // lat and lng go together: one without the other is refused under the name of the missing one.
    const dropped = parsed.parameter === 'lat' || parsed.parameter === 'lng' ? ['lat', 'lng'] : [parsed.parameter];
    if (!dropped.some((name) => query.has(name))) break;
    for (const name of dropped) query.delete(name);
  }
  throw new Error(`The search page could not make a valid query of ${url.search}`);
}
