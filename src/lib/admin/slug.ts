import { slugify } from '../../../db/slug';

/**
 * The slug for a new row: the name made into a slug, and if that is taken, the same with `-2`,
 * `-3`... A name with no letters or digits at all gets `fallback`. Pure, so the caller decides
 * what "taken" means (all administrations, or the terms of one vocabulary).
 */
export function firstFreeSlug(name: string, taken: ReadonlySet<string>, fallback: string): string {
  const base = slugify(name) || fallback;
  if (!taken.has(base)) return base;
  for (let n = 2; ; n += 1) {
    const candidate = `${base}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}
