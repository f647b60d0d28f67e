/**
 * The filters: what the reader wants (help or volunteering), near where, and the facets with
 * counts. Plain form fields of the page's GET form, so "Vis resultater" works without JavaScript.
 */
import type { FacetName, SearchResponse } from '../../../search/types';
import type { Locale } from '../../i18n/locale';
import { ErrorMessage, FacetCheckbox, FacetGroup, FacetGroupShell } from './FacetGroup';
import { facetOptions, type KnownLabels } from './facets';
import type { FieldError } from './model';
import { NearMe } from './NearMe';
import { countFilters } from './query';
import type { Format, PlainSearchTextKey } from './texts';

interface Props {
  path: string;
  params: URLSearchParams;
  facets: SearchResponse['facets'];
  known: KnownLabels;
  errors: readonly FieldError[];
  live: boolean;
  locale: Locale;
  fmt: Format;
}

/** The checkbox facets, in the order a citizen is most likely to need them. */
const CHECKBOX_FACETS: readonly [FacetName, PlainSearchTextKey][] = [
  ['targetGroup', 'search.facet.targetGroup'],
  ['category', 'search.facet.category'],
  ['district', 'search.facet.district'],
  ['weekday', 'search.facet.weekday'],
  ['lang', 'search.facet.lang'],
  ['administration', 'search.facet.administration'],
];

/** The fold-out panel of every filter, with the button that applies them without JavaScript. */
export function FilterPanel({ path, params, facets, known, errors, live, locale, fmt }: Props) {
  const errorOf = (name: string) => errors.find((e) => e.parameter === name)?.message;
  const chosen = countFilters(params);
  return (
    <details class="filter-panel" id="filtre" open>
      <summary class="filter-panel-summary">
        <span>
          {fmt('search.filters.heading')}
          {chosen > 0 && <span class="filter-group-chosen"> ({fmt('search.filters.chosen', { count: chosen })})</span>}
        </span>
      </summary>
      <div class="filter-panel-body">
        <KindChoice params={params} facets={facets} error={errorOf('kind')} fmt={fmt} />
        <NearMe
          path={path}
          params={params}
          errors={{ postalCode: errorOf('postalCode'), radiusKm: errorOf('radiusKm'), near: errorOf('lat') ?? errorOf('lng') }}
          live={live}
          fmt={fmt}
        />
        {CHECKBOX_FACETS.slice(0, 4).map(([name, legend]) => (
          <FacetGroup
            key={name}
            name={name}
            legend={fmt(legend)}
            options={facetOptions(name, facets[name] ?? [], params.getAll(name), known, locale)}
            chosen={params.getAll(name)}
            error={errorOf(name)}
            fmt={fmt}
          />
        ))}
        <Practical params={params} facets={facets} errors={[errorOf('free'), errorOf('wheelchair')]} fmt={fmt} />
        {CHECKBOX_FACETS.slice(4).map(([name, legend]) => (
          <FacetGroup
            key={name}
            name={name}
            legend={fmt(legend)}
            options={facetOptions(name, facets[name] ?? [], params.getAll(name), known, locale)}
            chosen={params.getAll(name)}
            error={errorOf(name)}
            fmt={fmt}
          />
        ))}
        <button type="submit" class="button button-primary filter-apply">
          {fmt('search.filters.apply')}
        </button>
      </div>
    </details>
  );
}

/** Help for me, or become a volunteer: radio buttons, "both" first. */
function KindChoice({ params, facets, error, fmt }: { params: URLSearchParams; facets: SearchResponse['facets']; error?: string; fmt: Format }) {
  const current = params.get('kind') ?? '';
  const count = (value: string) => facets.kind?.find((v) => v.value === value)?.count;
  const options = [
    { value: '', label: fmt('search.facet.kind.all'), count: undefined },
    { value: 'offer', label: fmt('search.facet.kind.offer'), count: count('offer') },
    { value: 'volunteer_role', label: fmt('search.facet.kind.volunteer_role'), count: count('volunteer_role') },
  ];
  return (
    <fieldset class="filter-kind" id="facet-kind" aria-describedby={error ? 'facet-kind-error' : undefined}>
      <legend class="form-label">{fmt('search.facet.kind')}</legend>
      {error && <ErrorMessage id="facet-kind-error" text={error} prefix={fmt('search.error.prefix')} />}
      {options.map((option) => (
        <div key={option.value} class="form-group-radio">
          <input
            type="radio"
            class="form-radio"
            id={`kind-${option.value || 'all'}`}
            name="kind"
            value={option.value}
            defaultChecked={option.value === current}
          />
          <label class="form-label" for={`kind-${option.value || 'all'}`}>
            {option.label}
            {option.count !== undefined && <span class="facet-count"> ({option.count})</span>}
          </label>
        </div>
      ))}
    </fieldset>
  );
}

/** Price and access: two yes-filters that only narrow ("Kun gratis", "Kan bruges med kørestol"). */
function Practical({
  params,
  facets,
  errors,
  fmt,
}: {
  params: URLSearchParams;
  facets: SearchResponse['facets'];
  errors: (string | undefined)[];
  fmt: Format;
}) {
  const yes = (name: 'free' | 'wheelchair') => ({
    value: 'true',
    label: '',
    count: facets[name]?.find((v) => v.value === 'true')?.count ?? 0,
  });
  const error = errors.find(Boolean);
  return (
    <FacetGroupShell
      id="facet-practical"
      legend={fmt('search.facet.practical')}
      chosen={Number(params.has('free')) + Number(params.has('wheelchair'))}
      error={error}
      fmt={fmt}
    >
      <FacetCheckbox name="free" option={yes('free')} checked={params.get('free') === 'true'} label={fmt('search.facet.free')} />
      <FacetCheckbox
        name="wheelchair"
        option={yes('wheelchair')}
        checked={params.get('wheelchair') === 'true'}
        label={fmt('search.facet.wheelchair')}
      />
    </FacetGroupShell>
  );
}
