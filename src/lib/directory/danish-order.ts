/**
 * Danish alphabetical order: æ, ø and å come after z, and "aa" counts as "å" (Aabenraa
 * after Zealand), as in Danish dictionaries and phone books. The database runs with the C
 * collation, which puts Å before Æ and capitals before small letters, so lists that people
 * read are sorted here.
 */
const collator = new Intl.Collator('da', { sensitivity: 'base', numeric: true });

/** Compares two names in Danish order, for `Array.prototype.sort`. */
export function compareDanish(a: string, b: string): number {
  return collator.compare(a, b);
}

/** A copy of `items` sorted by `name` in Danish order. */
export function sortByDanishName<T extends { name: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => compareDanish(a.name, b.name));
}
