/**
 * One filter as a fold-out group of dkfds checkboxes with counts ("Valby (12)"). A group starts
 * open when something in it is chosen or wrong, and then stays as the reader leaves it.
 */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { FacetValue } from '../../../search/types';
import type { Format } from './texts';

interface Props {
  /** The parameter name, e.g. `district`; also the checkboxes' `name`. */
  name: string;
  legend: string;
  options: readonly FacetValue[];
  chosen: readonly string[];
  error: string | undefined;
  fmt: Format;
}

/** A value as part of an element id: slugs pass unchanged, anything else is made safe. */
export const idPart = (value: string) => value.replace(/[^A-Za-z0-9_-]/g, '_');

/** A facet's checkboxes in a fold-out group; nothing when the facet has no values and no error. */
export function FacetGroup({ name, legend, options, chosen, error, fmt }: Props) {
  if (options.length === 0 && !error) return null;
  return (
    <FacetGroupShell id={`facet-${name}`} legend={legend} chosen={chosen.length} error={error} fmt={fmt}>
      {options.map((option) => (
        <FacetCheckbox key={option.value} name={name} option={option} checked={chosen.includes(option.value)} />
      ))}
    </FacetGroupShell>
  );
}

interface ShellProps {
  id: string;
  legend: string;
  /** How many of its values are chosen. */
  chosen: number;
  error: string | undefined;
  fmt: Format;
  children: ComponentChildren;
}

/** The fold-out (`details`) around a fieldset; the summary says how many are chosen. */
export function FacetGroupShell({ id, legend, chosen, error, fmt, children }: ShellProps) {
  // Read once: re-rendering must not fold a group shut while the reader is using it.
  const [initiallyOpen] = useState(chosen > 0 || error !== undefined);
  const errorId = `${id}-error`;
  return (
    <details class="filter-group" id={id} open={initiallyOpen}>
      <summary class="filter-group-summary">
        <span>
          {legend}
          {chosen > 0 && <span class="filter-group-chosen"> ({fmt('search.filters.chosen', { count: chosen })})</span>}
        </span>
      </summary>
      <fieldset class="filter-group-body" aria-describedby={error ? errorId : undefined}>
        <legend class="sr-only">{legend}</legend>
        {error && <ErrorMessage id={errorId} text={error} prefix={fmt('search.error.prefix')} />}
        {children}
      </fieldset>
    </details>
  );
}

/** One checkbox; its label carries the count, so "Valby (12)" is read as one. */
export function FacetCheckbox({
  name,
  option,
  checked,
  label = option.label,
}: {
  name: string;
  option: FacetValue;
  checked: boolean;
  label?: string;
}) {
  const id = `${name}-${idPart(option.value)}`;
  return (
    <div class="form-group-checkbox">
      <input type="checkbox" class="form-checkbox" id={id} name={name} value={option.value} defaultChecked={checked} />
      <label class="form-label" for={id}>
        {capitalised(label)} <span class="facet-count">({option.count})</span>
      </label>
    </div>
  );
}

/** A label on its own line starts with a capital ("mandag" → "Mandag"). */
const capitalised = (text: string) => text.charAt(0).toLocaleUpperCase() + text.slice(1);

/** Det Fælles Designsystem's error text beside a field. */
export function ErrorMessage({ id, text, prefix }: { id: string; text: string; prefix: string }) {
  return (
    <span class="form-error-message" id={id}>
      <span class="sr-only">{prefix} </span>
      {text}
    </span>
  );
}
