import { eq } from 'drizzle-orm';
import type { Database } from '../../../db/client';
import { administrations, districts, taxonomyTerms } from '../../../db/schema';
import { compareDanish } from '../directory/danish-order';
import type { EntranceChoiceIds } from './form';

/** A choice of the form in both languages. */
export interface EntranceChoice {
  id: string;
  slug: string;
  nameDa: string;
  nameEn: string;
}

/** What the citizen chooses between: the categories (what it is about) and the districts. */
export interface EntranceChoices {
  categories: EntranceChoice[];
  districts: { slug: string; name: string }[];
}

/**
 * The categories and districts of the directory, in Danish order. Categories, not target groups:
 * "what would you like help with" is a question people can answer about themselves; which target
 * group they belong to is not (and no one should have to call themselves "lonely" to ask).
 */
export async function loadEntranceChoices(db: Database): Promise<EntranceChoices> {
  const [terms, places] = await Promise.all([
    db
      .select({ id: taxonomyTerms.id, slug: taxonomyTerms.slug, nameDa: taxonomyTerms.nameDa, nameEn: taxonomyTerms.nameEn })
      .from(taxonomyTerms)
      .where(eq(taxonomyTerms.taxonomy, 'category')),
    db.select({ slug: districts.slug, name: districts.name }).from(districts),
  ]);
  return {
    categories: terms.sort((a, b) => compareDanish(a.nameDa, b.nameDa)),
    districts: places.sort((a, b) => compareDanish(a.name, b.name)),
  };
}

/** The ids and slugs the form's answers are checked against. */
export function choiceIds(choices: EntranceChoices): EntranceChoiceIds {
  return { termIds: choices.categories.map((c) => c.id), districtSlugs: choices.districts.map((d) => d.slug) };
}

/** An administration's names by slug, for the receipt; null when there is none (any more). */
export async function administrationNames(db: Database, slug: string): Promise<{ nameDa: string; nameEn: string } | null> {
  const [row] = await db.select({ nameDa: administrations.nameDa, nameEn: administrations.nameEn }).from(administrations).where(eq(administrations.slug, slug));
  return row ?? null;
}
