/**
 * What the filter panel shows for each facet: the values the search counted, plus any value the
 * reader has chosen that the current results no longer contain (so a ticked box never vanishes
 * from under the reader's hand), in an order that does not jump about while they type.
 */
import { type FacetName, type FacetValue, WEEKDAYS, type Weekday } from '../../../search/types';

/** Labels seen so far, keyed `name:value`, for chosen values the latest answer did not count. */
export type KnownLabels = Map<string, string>;

/** Adds the labels of an answer's facets to what is known. */
export function rememberLabels(known: KnownLabels, facets: Partial<Record<FacetName, FacetValue[]>>): KnownLabels {
  const next = new Map(known);
  for (const [name, values] of Object.entries(facets)) for (const v of values ?? []) next.set(`${name}:${v.value}`, v.label);
  return next;
}

const collators = new Map<string, Intl.Collator>();
function collator(locale: string): Intl.Collator {
  let c = collators.get(locale);
  if (!c) collators.set(locale, (c = new Intl.Collator(locale)));
  return c;
}

/**
 * The options of one facet: counted values and chosen ones (count 0 when not counted), weekdays
 * Monday to Sunday, everything else alphabetically in the page's language (Æ, Ø, Å last in Danish).
 */
export function facetOptions(
  name: FacetName,
  counted: readonly FacetValue[],
  chosen: readonly string[],
  known: KnownLabels,
  locale: string,
): FacetValue[] {
  const options = [...counted];
  for (const value of chosen) {
    if (!options.some((o) => o.value === value)) options.push({ value, label: known.get(`${name}:${value}`) ?? value, count: 0 });
  }
  if (name === 'weekday') {
    return options.sort((a, b) => WEEKDAYS.indexOf(a.value as Weekday) - WEEKDAYS.indexOf(b.value as Weekday));
  }
  return options.sort((a, b) => collator(locale).compare(a.label, b.label));
}
