/**
 * The search page's island. On the server it renders the filters and the results, so the page
 * works without JavaScript. In the browser it listens to the page's GET form: as the reader types
 * (after a 250 ms pause) or changes a filter, it asks `/api/search`, redraws in place, keeps the
 * address shareable (history.replaceState), announces the count politely and never moves focus.
 * ArrowDown in the search field goes to the first result; ArrowUp/ArrowDown move between results.
 */
import { useMemo, useRef, useState } from 'preact/hooks';
import type { SearchHit, SearchResponse } from '../../../search/types';
import { type KnownLabels, rememberLabels } from '../search/facets';
import { FilterPanel } from '../search/FilterPanel';
import { readableError } from '../search/errors';
import { type FieldError, RESULTS_EVENT, type SearchIslandProps } from '../search/model';
import { Results } from '../search/Results';
import { formatter } from '../search/texts';
import { useLiveForm } from '../search/use-live-form';

interface Shown {
  /** What the fields hold (the reader's query, bad values included). */
  fields: URLSearchParams;
  /** The query the results are for, for links. */
  params: URLSearchParams;
  response: SearchResponse;
  errors: readonly FieldError[];
}

/** The search island (client:load): filters and results, live while the reader types. */
export default function SearchAsYouType(props: SearchIslandProps) {
  const { locale, path, api, formId, texts } = props;
  const fmt = useMemo(() => formatter(locale, texts), [locale, texts]);
  const [shown, setShown] = useState<Shown>(() => ({
    fields: new URLSearchParams(props.typed),
    params: new URLSearchParams(props.query),
    response: props.response,
    errors: props.errors,
  }));
  const [known, setKnown] = useState<KnownLabels>(() => rememberLabels(new Map(), props.response.facets));
  const [live, setLive] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const results = useRef<HTMLElement>(null);

  useLiveForm({
    formId,
    api,
    path,
    locale,
    results,
    onReady: () => {
      setLive(true);
      // The hint "the results change as you type" is only true now: show it and tie it to the field.
      const hint = document.getElementById(`${formId}-live-hint`);
      const input = document.getElementById('search-q');
      if (hint && input) {
        hint.hidden = false;
        input.setAttribute('aria-describedby', `${input.getAttribute('aria-describedby') ?? ''} ${hint.id}`.trim());
      }
    },
    onAnswer: (params, response) => {
      setKnown((k) => rememberLabels(k, response.facets));
      setShown({ fields: params, params, response, errors: [] });
      // A screen reader repeats a live region only when its text changes: alternate a trailing space.
      const text = fmt('search.results.count', { count: response.totalHits });
      setAnnouncement((said) => (said === text ? `${text}\u00a0` : text));
      document.dispatchEvent(new CustomEvent<SearchHit[]>(RESULTS_EVENT, { detail: response.hits }));
    },
    onRefused: (params, error) =>
      setShown((old) => ({ ...old, fields: params, errors: [readableError(error, params, fmt)] })),
    onFailed: (error) => {
      console.warn('Live search failed; the form still works by submitting it.', error);
      setAnnouncement(fmt('search.live.failed'));
    },
  });

  /** ArrowUp/ArrowDown between result titles; ArrowUp from the first goes back to the search field. */
  const moveBetweenResults = (event: KeyboardEvent) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const links = [...(results.current?.querySelectorAll<HTMLAnchorElement>('.search-hit-title a') ?? [])];
    const at = links.indexOf(event.target as HTMLAnchorElement);
    if (at < 0) return;
    event.preventDefault();
    const next = event.key === 'ArrowDown' ? links[at + 1] : (links[at - 1] ?? document.getElementById('search-q'));
    next?.focus();
  };

  return (
    <>
      <div class="search-filters">
        <FilterPanel
          path={path}
          params={shown.fields}
          facets={shown.response.facets}
          known={known}
          errors={shown.errors}
          live={live}
          locale={locale}
          fmt={fmt}
        />
      </div>
      <section class="search-results" aria-labelledby="results-heading" ref={results} onKeyDown={moveBetweenResults}>
        <Results
          path={path}
          params={shown.params}
          response={shown.response}
          known={known}
          errors={shown.errors}
          locale={locale}
          fmt={fmt}
        />
      </section>
      <p class="sr-only" role="status" aria-live="polite">
        {announcement}
      </p>
    </>
  );
}
