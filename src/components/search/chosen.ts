/** The filters a query has chosen, each with its label and the link that removes it. */
import type { Locale } from '../../i18n/locale';
import type { KnownLabels } from './facets';
import { DEFAULT_RADIUS_KM, FACET_NAMES, hasNear, withoutHref } from './query';
import { type Format, formatKm } from './texts';

export interface ChosenFilter {
  /** A parameter name, or `near` for the postal code or position with its radius. */
  name: string;
  value: string;
  label: string;
  /** The same search without this filter. */
  href: string;
}

/**
 * Every chosen filter, in the filter panel's order. Kinds and the yes-filters (free, wheelchair) are
 * named by the page; the rest by the labels the search answered with, or the value itself when unknown.
 */
export function chosenFilters(
  path: string,
  params: URLSearchParams,
  known: KnownLabels,
  locale: Locale,
  fmt: Format,
): ChosenFilter[] {
  const chosen: ChosenFilter[] = [];
  for (const name of FACET_NAMES) {
    for (const value of params.getAll(name)) {
      chosen.push({ name, value, label: labelOf(name, value, known, fmt), href: withoutHref(path, params, name, value) });
    }
  }
  if (hasNear(params)) {
    const km = Number(params.get('radiusKm') ?? DEFAULT_RADIUS_KM);
    const postalCode = params.get('postalCode');
    chosen.push({
      name: 'near',
      value: postalCode ?? 'position',
      label: fmt('search.near.active', {
        km: formatKm(locale, Number.isFinite(km) ? km : DEFAULT_RADIUS_KM),
        place: postalCode ?? fmt('search.near.yourPosition'),
      }),
      href: withoutHref(path, params, 'near'),
    });
  }
  return chosen;
}

function labelOf(name: string, value: string, known: KnownLabels, fmt: Format): string {
  if (name === 'kind' && (value === 'offer' || value === 'volunteer_role')) return fmt(`search.facet.kind.${value}`);
  if (name === 'free' && value === 'true') return fmt('search.facet.free');
  if (name === 'wheelchair' && value === 'true') return fmt('search.facet.wheelchair');
  return known.get(`${name}:${value}`) ?? value;
}
