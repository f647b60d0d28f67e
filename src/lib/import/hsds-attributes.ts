import { HSDS_TAXONOMIES } from '../hsds/types';
import type { Checker } from './checks';
import { type Found, idOf, isObject, items } from './hsds-shape';
import type { Issues } from './issues';
import type { Reference } from './reference';

/** One attribute's taxonomy term: which vocabulary, which code, and where it was in the file. */
export interface TermRef {
  taxonomy: string;
  code: string;
  /** Path of the attribute, e.g. `services[3].attributes[1]`. */
  path: string;
}

/**
 * The terms of an object's `attributes`. The vocabulary is `taxonomy_term.taxonomy` (as we write
 * it) or `taxonomy_term.taxonomy_detail.name`; the code is `code`, else `name`. Attributes of
 * vocabularies we do not know (another directory's own) are read and left alone.
 */
export function termsOf(issues: Issues, parent: Found): TermRef[] {
  return items(issues, `${parent.path}.attributes`, parent.value.attributes).flatMap((a) => {
    const term = a.value.taxonomy_term;
    if (!isObject(term)) return [];
    const detail = isObject(term.taxonomy_detail) ? term.taxonomy_detail : {};
    const taxonomy = idOf(term.taxonomy) || idOf(detail.name);
    const code = idOf(term.code) || idOf(term.name);
    return taxonomy && code ? [{ taxonomy, code, path: a.path }] : [];
  });
}

/** The codes of one vocabulary. */
export const codesIn = (terms: TermRef[], taxonomy: string) => terms.filter((t) => t.taxonomy === taxonomy);

/**
 * The responsible administration: the `indgang:forvaltning` attribute, else (for a service) its
 * organization's, else the one chosen for the whole file, else a problem on `attributes`.
 */
export function administrationOf(check: Checker, reference: Reference, terms: TermRef[], inherited?: string): string {
  const given = codesIn(terms, HSDS_TAXONOMIES.administration)[0];
  if (given) {
    const id = reference.administration(given.code);
    if (!id) check.at({ path: given.path }).fail('taxonomy_term.code', 'import.issue.unknownAdministration', { value: given.code });
    return id ?? '';
  }
  if (inherited) return inherited;
  if (reference.fallbackAdministrationId) return reference.fallbackAdministrationId;
  check.fail('attributes', 'import.issue.noAdministration');
  return '';
}

/** The district of an `indgang:bydel` attribute; null when there is none. */
export function districtOf(check: Checker, reference: Reference, terms: TermRef[]): string | null {
  const given = codesIn(terms, HSDS_TAXONOMIES.district)[0];
  if (!given) return null;
  const id = reference.district(given.code);
  if (!id) check.at({ path: given.path }).fail('taxonomy_term.code', 'import.issue.unknownDistrict', { value: given.code });
  return id ?? null;
}

/** Our target groups and categories named by the attributes; an unknown one is a problem naming it. */
export function termIdsOf(check: Checker, reference: Reference, terms: TermRef[]): string[] {
  const ids: string[] = [];
  for (const [taxonomy, ours, key] of [
    [HSDS_TAXONOMIES.targetGroup, 'target_group', 'import.issue.unknownTargetGroup'],
    [HSDS_TAXONOMIES.category, 'category', 'import.issue.unknownCategory'],
  ] as const) {
    for (const term of codesIn(terms, taxonomy)) {
      const id = reference.term(ours, term.code);
      if (id) ids.push(id);
      else check.at({ path: term.path }).fail('taxonomy_term.code', key, { value: term.code });
    }
  }
  return [...new Set(ids)];
}
