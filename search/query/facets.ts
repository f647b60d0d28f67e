import { labelOf, type ReferenceData } from './reference';
import { WEEKDAYS, type FacetName, type FacetValue, type SearchParams } from '../types';

/** The document attribute each facet counts. */
export const FACET_ATTRIBUTES: Record<FacetName, string> = {
  kind: 'kind',
  targetGroup: 'targetGroups',
  category: 'categories',
  district: 'districts',
  administration: 'administration',
  weekday: 'weekdays',
  free: 'free',
  lang: 'languages',
  wheelchair: 'wheelchair',
};

export const FACET_NAMES = Object.keys(FACET_ATTRIBUTES) as FacetName[];

/** Raw counts per facet: value → number of matching activities. */
export type FacetCounts = Partial<Record<FacetName, Record<string, number>>>;

type Locale = SearchParams['locale'];

const KIND_LABELS: Record<string, { da: string; en: string }> = {
  offer: { da: 'Hjælp til mig', en: 'Help for me' },
  volunteer_role: { da: 'Bliv frivillig', en: 'Become a volunteer' },
};
const WEEKDAY_LABELS: Record<string, { da: string; en: string }> = {
  MO: { da: 'mandag', en: 'Monday' },
  TU: { da: 'tirsdag', en: 'Tuesday' },
  WE: { da: 'onsdag', en: 'Wednesday' },
  TH: { da: 'torsdag', en: 'Thursday' },
  FR: { da: 'fredag', en: 'Friday' },
  SA: { da: 'lørdag', en: 'Saturday' },
  SU: { da: 'søndag', en: 'Sunday' },
};
const YES_LABELS: Partial<Record<FacetName, { da: string; en: string }>> = {
  free: { da: 'Gratis', en: 'Free of charge' },
  wheelchair: { da: 'Kørestolsvenlig', en: 'Wheelchair accessible' },
};

const languageNames = { da: new Intl.DisplayNames('da', { type: 'language' }), en: new Intl.DisplayNames('en', { type: 'language' }) };

function languageLabel(code: string, locale: Locale): string {
  const name = languageNames[locale].of(code) ?? code;
  return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
}

function label(facet: FacetName, value: string, locale: Locale, reference: ReferenceData): string {
  switch (facet) {
    case 'kind':
      return KIND_LABELS[value]?.[locale] ?? value;
    case 'weekday':
      return WEEKDAY_LABELS[value]?.[locale] ?? value;
    case 'free':
    case 'wheelchair':
      return YES_LABELS[facet]?.[locale] ?? value;
    case 'lang':
      return languageLabel(value, locale);
    case 'targetGroup':
      return labelOf(reference.targetGroups, value, locale);
    case 'category':
      return labelOf(reference.categories, value, locale);
    case 'district':
      return labelOf(reference.districts, value, locale);
    case 'administration':
      return labelOf(reference.administrations, value, locale);
  }
}

/** The values the user has chosen for a facet, so that a chosen value stays visible (at 0) and checked. */
function chosen(facet: FacetName, params: SearchParams): string[] {
  switch (facet) {
    case 'kind':
      return params.kind ? [params.kind] : [];
    case 'free':
      return params.free ? ['true'] : [];
    case 'wheelchair':
      return params.wheelchair ? ['true'] : [];
    case 'weekday':
      return params.weekday;
    default:
      return params[facet];
  }
}

const FIXED_ORDER: Partial<Record<FacetName, readonly string[]>> = { kind: ['offer', 'volunteer_role'], weekday: WEEKDAYS };

/**
 * Counts made into labelled facet values in the response's language. Kinds and weekdays keep their
 * natural order; other values are sorted by label (a list that does not jump about as counts change
 * is easier to use with a screen reader). Yes/no facets only offer "yes": "not free" is not a need.
 */
export function labelFacets(counts: FacetCounts, params: SearchParams, reference: ReferenceData): Record<FacetName, FacetValue[]> {
  const collator = new Intl.Collator(params.locale);
  const result = {} as Record<FacetName, FacetValue[]>;
  for (const facet of FACET_NAMES) {
    const raw = { ...counts[facet] };
    for (const value of chosen(facet, params)) raw[value] ??= 0;
    let values = Object.entries(raw).map(([value, count]) => ({ value, label: label(facet, value, params.locale, reference), count }));
    if (facet === 'free' || facet === 'wheelchair') values = values.filter((v) => v.value === 'true');
    const order = FIXED_ORDER[facet];
    values.sort(order ? (a, b) => order.indexOf(a.value) - order.indexOf(b.value) : (a, b) => collator.compare(a.label, b.label));
    result[facet] = values;
  }
  return result;
}
