/**
 * The results: what needs correcting, a note when the simpler search answered, the count as a
 * heading, the chosen filters as removable tags, the grouped hits, paging, or help when nothing matched.
 */
import type { SearchResponse } from '../../../search/types';
import type { Locale } from '../../i18n/locale';
import { ChosenFilters } from './ChosenFilters';
import { HitList } from './HitList';
import type { KnownLabels } from './facets';
import { type FieldError, fieldId } from './model';
import { Paging } from './Paging';
import { clearFiltersHref, countFilters, hasNear } from './query';
import type { Format } from './texts';

interface Props {
  path: string;
  params: URLSearchParams;
  response: SearchResponse;
  known: KnownLabels;
  errors: readonly FieldError[];
  locale: Locale;
  fmt: Format;
}

/** Everything in the results column, from what needs correcting to the paging. */
export function Results({ path, params, response, known, errors, locale, fmt }: Props) {
  const query = response.query.trim();
  const count = response.totalHits;
  return (
    <>
      {errors.length > 0 && (
        <div class="alert alert-error search-errors" role="alert">
          <div class="alert-body">
            <p class="alert-heading">{fmt('search.error.heading')}</p>
            <ul class="alert-text">
              {errors.map((error) => (
                <li key={error.parameter}>
                  <a href={`#${fieldId(error.parameter)}`}>{error.message}</a>
                </li>
              ))}
            </ul>
            <p class="alert-text">{fmt('search.error.shownWithout')}</p>
          </div>
        </div>
      )}
      {response.source === 'postgres' && (
        <div class="alert alert-info search-fallback" role="status">
          <div class="alert-body">
            <p class="alert-text">{fmt('search.fallback')}</p>
          </div>
        </div>
      )}
      <h2 id="results-heading" class="search-count" tabIndex={-1}>
        {count === 0
          ? query
            ? fmt('search.empty.headingFor', { query })
            : fmt('search.empty.heading')
          : query
            ? fmt('search.results.countFor', { count, query })
            : fmt('search.results.count', { count })}
      </h2>
      <ChosenFilters path={path} params={params} known={known} locale={locale} fmt={fmt} />
      {count > 0 && hasNear(params) && <p class="search-sorted">{fmt('search.results.sortedByDistance')}</p>}
      {count === 0 ? (
        <div class="search-empty">
          <p>{fmt('search.empty.tryThis')}</p>
          <ul>
            <li>{fmt('search.empty.spelling')}</li>
            {countFilters(params) > 0 && (
              <li>
                <a href={clearFiltersHref(path, params)}>{fmt('search.empty.fewerFilters')}</a>
              </li>
            )}
            <li>
              <a href={path}>{fmt('search.empty.browse')}</a>
            </li>
          </ul>
        </div>
      ) : (
        <HitList hits={response.hits} locale={locale} fmt={fmt} />
      )}
      <Paging path={path} params={params} page={response.page} perPage={response.perPage} totalHits={count} fmt={fmt} />
    </>
  );
}
