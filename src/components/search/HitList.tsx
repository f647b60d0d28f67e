/** The hits of one page of results, grouped by type, each with its type, snippet and facts. */
import type { SearchHit } from '../../../search/types';
import type { Locale } from '../../i18n/locale';
import { groupHits } from './groups';
import { type Format, formatKm } from './texts';

interface Props {
  hits: readonly SearchHit[];
  locale: Locale;
  fmt: Format;
}

/** The hits grouped by type (activities, sessions, associations, contacts), each group under its own heading. */
export function HitList({ hits, locale, fmt }: Props) {
  return (
    <div class="search-groups">
      {groupHits(hits).map((group) => (
        <section key={group.type} class="search-group" aria-labelledby={`group-${group.type}`}>
          <h3 id={`group-${group.type}`} class="search-group-heading">
            {fmt(`search.results.group.${group.type}`)} <span class="search-group-count">({group.hits.length})</span>
          </h3>
          <ul class="search-hits">
            {group.hits.map((hit) => (
              <Hit key={`${hit.type}:${hit.id}`} hit={hit} locale={locale} fmt={fmt} />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

function Hit({ hit, locale, fmt }: { hit: SearchHit; locale: Locale; fmt: Format }) {
  const type = hit.type === 'activity' ? (hit.kind ?? 'offer') : hit.type;
  return (
    <li class="search-hit">
      <h4 class="search-hit-title">
        <a href={hit.url}>{hit.title}</a>
      </h4>
      <p class="search-hit-type">
        <span class={`badge search-badge search-badge--${type}`}>{fmt(`search.type.${type}`)}</span>
        {hit.distanceKm !== null && (
          <span class="search-hit-distance">{fmt('search.hit.distance', { km: formatKm(locale, hit.distanceKm) })}</span>
        )}
      </p>
      {hit.snippet && <p class="search-hit-snippet">{hit.snippet}</p>}
      {hit.type === 'session' ? (
        <SessionFacts hit={hit} fmt={fmt} />
      ) : (
        <dl class="search-hit-facts">
          {hit.association && hit.type !== 'association' && (
            <Fact term={fmt('search.hit.association')} value={hit.association} />
          )}
          {hit.when && hit.when.length > 0 && <Fact term={fmt('search.hit.when')} value={hit.when.join('; ')} />}
          <Fact term={fmt('search.hit.district')} value={hit.district ?? fmt('search.hit.wholeMunicipality')} />
          {hit.administration && <Fact term={fmt('search.hit.administration')} value={hit.administration} />}
        </dl>
      )}
    </li>
  );
}

/** An advisory session: its date first (it is one day), who hosts it, and where: a district, online or both. */
function SessionFacts({ hit, fmt }: { hit: SearchHit; fmt: Format }) {
  const where = hit.online
    ? hit.district
      ? fmt('search.hit.districtOrOnline', { district: hit.district })
      : fmt('search.hit.online')
    : hit.district;
  return (
    <dl class="search-hit-facts">
      {hit.when && hit.when.length > 0 && <Fact term={fmt('search.hit.when')} value={hit.when.join('; ')} />}
      {hit.association && <Fact term={fmt('search.hit.hosts')} value={hit.association} />}
      {where && <Fact term={fmt('search.hit.where')} value={where} />}
    </dl>
  );
}

function Fact({ term, value }: { term: string; value: string }) {
  return (
    <div class="search-hit-fact">
      <dt>{term}:</dt> <dd>{value}</dd>
    </div>
  );
}
