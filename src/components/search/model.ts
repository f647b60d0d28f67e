/**
 * What the search page hands to its island: the first answer, rendered on the server and then
 * brought to life in the browser. Plain data only (it is serialised into the page).
 */
import type { Locale } from '../../i18n/locale';
import type { SearchResponse } from '../../../search/types';
import type { SearchTexts } from './texts';

/** The document event by which the search island tells the map about new hits (`detail`: SearchHit[]). */
export const RESULTS_EVENT = 'indgang:search-results';

/** A parameter the search could not use, and what to tell the reader beside its field. */
export interface FieldError {
  parameter: string;
  message: string;
}

export interface SearchIslandProps {
  locale: Locale;
  /** The search page's own path: `/soeg` or `/en/soeg`. */
  path: string;
  /** The JSON API the island asks while the reader types. */
  api: string;
  /** The id of the page's search form, whose fields the island reads. */
  formId: string;
  texts: SearchTexts;
  response: SearchResponse;
  /** The query behind `response` (the reader's without its bad parameters), for links. */
  query: string;
  /** The reader's own query, bad parameters included, for the fields: a typo is shown to be fixed. */
  typed: string;
  errors: FieldError[];
}

/** The id of the element beside which a parameter's error is shown (and which the error summary links to). */
export function fieldId(parameter: string): string {
  switch (parameter) {
    case 'q':
      return 'search-q';
    case 'postalCode':
      return 'near-postal-code';
    case 'radiusKm':
      return 'near-radius';
    case 'lat':
    case 'lng':
    case 'near':
      return 'near-me';
    case 'free':
    case 'wheelchair':
      return 'facet-practical';
    case 'page':
    case 'perPage':
      return 'results-heading';
    default:
      return `facet-${parameter}`;
  }
}
