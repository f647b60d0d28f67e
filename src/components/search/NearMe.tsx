/**
 * "Tæt på dig": a postal code and a radius work without JavaScript; with it, "Brug min position"
 * asks the browser for the reader's position (after saying plainly what is shared) and searches.
 */
import { useState } from 'preact/hooks';
import { ErrorMessage } from './FacetGroup';
import { DEFAULT_RADIUS_KM, formParams, href, RADII_KM } from './query';
import type { Format } from './texts';

interface Props {
  path: string;
  params: URLSearchParams;
  errors: Partial<Record<'postalCode' | 'radiusKm' | 'near', string>>;
  /** True once the island runs in the browser: the position button needs JavaScript. */
  live: boolean;
  fmt: Format;
}

type Locating = 'idle' | 'busy' | 'denied' | 'unavailable';

/** Three decimals (about 100 m) are enough to find what is near, and say less about where the reader lives. */
const rounded = (degrees: number) => degrees.toFixed(3);

/** The "near you" fields: postal code, radius, and the browser's position when JavaScript runs. */
export function NearMe({ path, params, errors, live, fmt }: Props) {
  const [locating, setLocating] = useState<Locating>('idle');
  const postalCode = params.get('postalCode') ?? '';
  const position = !postalCode && params.has('lat') && params.has('lng');
  const radius = params.get('radiusKm') ?? String(DEFAULT_RADIUS_KM);
  const describedBy = (hint: string, error: string | undefined, id: string) =>
    [hint, error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;

  const locate = (event: Event) => {
    const form = (event.currentTarget as HTMLElement).closest('form');
    if (!form) return;
    setLocating('busy');
    navigator.geolocation.getCurrentPosition(
      ({ coords }) => {
        const next = formParams(form);
        next.delete('postalCode');
        next.delete('page');
        next.set('lat', rounded(coords.latitude));
        next.set('lng', rounded(coords.longitude));
        next.set('radiusKm', next.get('radiusKm') ?? String(DEFAULT_RADIUS_KM));
        window.location.assign(href(path, next));
      },
      (error) => {
        setLocating(error.code === error.PERMISSION_DENIED ? 'denied' : 'unavailable');
        document.getElementById('near-postal-code')?.focus();
      },
      { enableHighAccuracy: false, timeout: 15_000, maximumAge: 300_000 },
    );
  };

  return (
    <fieldset class="near-me" id="near-me" aria-describedby={errors.near ? 'near-me-error' : undefined}>
      <legend class="form-label">{fmt('search.near.legend')}</legend>
      {errors.near && <ErrorMessage id="near-me-error" text={errors.near} prefix={fmt('search.error.prefix')} />}
      <div class={errors.postalCode ? 'form-group form-error' : 'form-group'}>
        <label class="form-label" for="near-postal-code">
          {fmt('search.near.postalCode')}
        </label>
        <span class="form-hint" id="near-postal-code-hint">
          {fmt('search.near.postalCodeHint')}
        </span>
        {errors.postalCode && (
          <ErrorMessage id="near-postal-code-error" text={errors.postalCode} prefix={fmt('search.error.prefix')} />
        )}
        <input
          type="text"
          class="form-input input-width-xs"
          id="near-postal-code"
          name="postalCode"
          inputMode="numeric"
          autoComplete="postal-code"
          maxLength={4}
          defaultValue={postalCode}
          aria-invalid={errors.postalCode ? 'true' : undefined}
          aria-describedby={describedBy('near-postal-code-hint', errors.postalCode, 'near-postal-code')}
        />
      </div>
      <div class={errors.radiusKm ? 'form-group form-error' : 'form-group'}>
        <label class="form-label" for="near-radius">
          {fmt('search.near.radius')}
        </label>
        {errors.radiusKm && <ErrorMessage id="near-radius-error" text={errors.radiusKm} prefix={fmt('search.error.prefix')} />}
        <select
          class="form-select"
          id="near-radius"
          name="radiusKm"
          aria-invalid={errors.radiusKm ? 'true' : undefined}
          aria-describedby={errors.radiusKm ? 'near-radius-error' : undefined}
        >
          {radii(radius).map((km) => (
            <option key={km} value={String(km)} selected={String(km) === radius}>
              {fmt('search.near.radiusOption', { km })}
            </option>
          ))}
        </select>
      </div>
      {position && (
        <p class="near-me-position">
          <input type="hidden" name="lat" value={params.get('lat') ?? ''} />
          <input type="hidden" name="lng" value={params.get('lng') ?? ''} />
          {fmt('search.near.usingPosition')}{' '}
          <a href={href(path, withoutPosition(params))}>{fmt('search.near.forget')}</a>
        </p>
      )}
      {live && 'geolocation' in navigator && (
        <div class="near-me-locate">
          <button type="button" class="button button-secondary" onClick={locate} aria-describedby="near-me-explain">
            {fmt('search.near.useLocation')}
          </button>
          <p class="form-hint" id="near-me-explain">
            {fmt('search.near.explain')}
          </p>
        </div>
      )}
      <p class="near-me-status" role="status">
        {locating === 'busy' && fmt('search.near.locating')}
        {locating === 'denied' && fmt('search.near.denied')}
        {locating === 'unavailable' && fmt('search.near.unavailable')}
      </p>
    </fieldset>
  );
}

function withoutPosition(params: URLSearchParams): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const name of ['lat', 'lng', 'radiusKm', 'page']) next.delete(name);
  return next;
}

/** The offered radii, plus the one in the address if a shared link asked for another (3 km, say). */
function radii(current: string): number[] {
  const km = Number(current);
  const offered: number[] = [...RADII_KM];
  if (Number.isFinite(km) && km > 0 && !offered.includes(km)) offered.push(km);
  return offered.sort((a, b) => a - b);
}
