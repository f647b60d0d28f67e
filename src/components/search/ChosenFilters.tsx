/** The chosen filters as tags; each is a link to the same search without it, then "Ryd filtre". */
import type { Locale } from '../../i18n/locale';
import type { KnownLabels } from './facets';
import { chosenFilters } from './chosen';
import { clearFiltersHref } from './query';
import type { Format } from './texts';

interface Props {
  path: string;
  params: URLSearchParams;
  known: KnownLabels;
  locale: Locale;
  fmt: Format;
}

/** The chosen filters as removable tags and a "Ryd filtre" link; nothing when none is chosen. */
export function ChosenFilters({ path, params, known, locale, fmt }: Props) {
  const chosen = chosenFilters(path, params, known, locale, fmt);
  if (chosen.length === 0) return null;
  return (
    <div class="chosen-filters">
      <h3 class="sr-only">{fmt('search.filters.selected')}</h3>
      <ul class="chosen-filters-list">
        {chosen.map((filter) => (
          <li key={`${filter.name}:${filter.value}`}>
            <a class="tag tag-icon chosen-filter" href={filter.href} aria-label={fmt('search.filters.remove', { label: filter.label })}>
              {filter.label}
            </a>
          </li>
        ))}
        <li>
          <a class="chosen-filters-clear" href={clearFiltersHref(path, params)}>
            {fmt('search.filters.clear')}
          </a>
        </li>
      </ul>
    </div>
  );
}
