import type { Database } from '../../../db/client';
import { administrations, districts, taxonomyTerms } from '../../../db/schema';

export type TermTaxonomy = 'target_group' | 'category';

/**
 * The reference data an import file names but never creates: administrations, districts and
 * taxonomy terms. An import that names one we do not have is refused with the name in the
 * message (a misspelt target group should be fixed, not become a new target group that nobody
 * filters by).
 */
export interface Reference {
  /** An administration by slug or abbreviation (`socialforvaltningen`, `SOF`), any case. */
  administration(code: string): string | undefined;
  /** A district by slug or name (`valby`, `Valby`), any case. */
  district(code: string): string | undefined;
  /** The district a postal code lies in, when exactly one district has it. */
  districtOfPostalCode(postalCode: string): string | null;
  /** A target group or category by slug, or by our id. */
  term(taxonomy: TermTaxonomy, code: string): string | undefined;
  /** The administration chosen for the whole file (`--administration`), for records that name none. */
  fallbackAdministrationId: string | null;
}

const key = (text: string) => text.trim().toLowerCase();

/**
 * Reads the reference data (a few dozen rows) once per import. `fallbackAdministration` is the
 * slug or abbreviation chosen for the whole file; it must exist (the caller says so when not).
 */
export async function loadReference(db: Pick<Database, 'select'>, fallbackAdministration?: string | null): Promise<Reference> {
  const [admins, districtRows, terms] = await Promise.all([
    db.select({ id: administrations.id, slug: administrations.slug, abbreviation: administrations.abbreviation }).from(administrations),
    db.select({ id: districts.id, slug: districts.slug, name: districts.name, postalCodes: districts.postalCodes }).from(districts),
    db.select({ id: taxonomyTerms.id, taxonomy: taxonomyTerms.taxonomy, slug: taxonomyTerms.slug }).from(taxonomyTerms),
  ]);
  return referenceOf(admins, districtRows, terms, fallbackAdministration);
}

/** The lookups over rows already read (also what the unit tests build). */
export function referenceOf(
  admins: { id: string; slug: string; abbreviation: string }[],
  districtRows: { id: string; slug: string; name: string; postalCodes: string[] }[],
  terms: { id: string; taxonomy: TermTaxonomy; slug: string }[],
  fallbackAdministration?: string | null,
): Reference {
  const adminBy = new Map<string, string>();
  // Slugs win over abbreviations if one administration's abbreviation is another's slug.
  for (const a of admins) adminBy.set(key(a.abbreviation), a.id);
  for (const a of admins) adminBy.set(key(a.slug), a.id);
  const districtBy = new Map<string, string>();
  for (const d of districtRows) districtBy.set(key(d.name), d.id);
  for (const d of districtRows) districtBy.set(key(d.slug), d.id);
  const byPostalCode = new Map<string, string | null>();
  for (const d of districtRows) {
    for (const code of d.postalCodes) byPostalCode.set(code, byPostalCode.has(code) && byPostalCode.get(code) !== d.id ? null : d.id);
  }
  const termBy = new Map<string, string>();
  for (const t of terms) {
    termBy.set(`${t.taxonomy}:${key(t.slug)}`, t.id);
    termBy.set(`${t.taxonomy}:${t.id}`, t.id);
  }
  return {
    administration: (code) => adminBy.get(key(code)),
    district: (code) => districtBy.get(key(code)),
    districtOfPostalCode: (code) => byPostalCode.get(code) ?? null,
    term: (taxonomy, code) => termBy.get(`${taxonomy}:${key(code)}`) ?? termBy.get(`${taxonomy}:${code.trim()}`),
    fallbackAdministrationId: fallbackAdministration ? (adminBy.get(key(fallbackAdministration)) ?? null) : null,
  };
}
