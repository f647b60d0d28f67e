import type { SearchParams } from './types';

/** Search parameters for unit tests: nothing typed or chosen, unless `over` says otherwise. */
export function searchParams(over: Partial<SearchParams> = {}): SearchParams {
  return {
    q: '',
    targetGroup: [],
    category: [],
    district: [],
    administration: [],
    weekday: [],
    lang: [],
    page: 1,
    perPage: 20,
    locale: 'da',
    ...over,
  };
}
