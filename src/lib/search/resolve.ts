import { slugify } from '../../../db/slug';
import { itemsOf, type ReferenceData, type ReferenceFilter, type ReferenceItem } from '../../../search/query/reference';
import { ok, refuse, type Parsed } from './values';

/** ASCII key as Danes write without æ, ø, å ("Amager Øst" → "amager-oest"): our slugs are made this way. */
export const slugKey = slugify;

/** A looser key that also meets people who type ø as o ("amager ost"): oe, ae, aa become one letter. */
function looseKey(text: string): string {
  return slugKey(text).replaceAll('oe', 'o').replaceAll('ae', 'a').replaceAll('aa', 'a').replaceAll('-', '');
}

function keysOf(item: ReferenceItem): string[] {
  return [item.slug, slugKey(item.nameDa), slugKey(item.nameEn)];
}

/** The item a user's value means: its slug, or its Danish or English name in any case or spelling of æøå. */
export function findItem(items: readonly ReferenceItem[], value: string): ReferenceItem | undefined {
  const exact = items.find((i) => i.slug === value);
  if (exact) return exact;
  const key = slugKey(value);
  const byKey = items.find((i) => keysOf(i).includes(key));
  if (byKey) return byKey;
  const loose = looseKey(value);
  const byLoose = items.filter((i) => keysOf(i).some((k) => looseKey(k) === loose));
  return byLoose.length === 1 ? byLoose[0] : undefined;
}

/** Edit distance, for suggesting the value a user probably meant. */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

function closest(items: readonly ReferenceItem[], value: string): ReferenceItem | undefined {
  const key = slugKey(value);
  let best: { item: ReferenceItem; d: number } | undefined;
  for (const item of items) {
    const d = Math.min(...keysOf(item).map((k) => distance(k, key)));
    if (!best || d < best.d) best = { item, d };
  }
  return best?.item;
}

const NOUN: Record<ReferenceFilter, { da: string; en: string }> = {
  targetGroup: { da: 'målgruppe', en: 'target group' },
  category: { da: 'kategori', en: 'category' },
  district: { da: 'bydel', en: 'district' },
  administration: { da: 'forvaltning', en: 'administration' },
};

/**
 * The slugs that a filter's values name. An unknown value is refused with the nearest known one
 * as an example ("district: ukendt bydel 'Valbyy'. Brug fx valby eller Valby").
 */
export function resolveValues(data: ReferenceData, filter: ReferenceFilter, values: readonly string[]): Parsed<string[]> {
  const items = itemsOf(data, filter);
  const slugs: string[] = [];
  for (const value of values) {
    const item = findItem(items, value);
    if (!item) {
      const example = closest(items, value);
      const noun = NOUN[filter];
      const hintDa = example ? `. Brug fx ${example.slug} eller ${example.nameDa}` : '';
      const hintEn = example ? `. Use e.g. ${example.slug} or ${example.nameEn}` : '';
      return refuse(filter, `ukendt ${noun.da} '${value}'${hintDa}`, `unknown ${noun.en} '${value}'${hintEn}`);
    }
    if (!slugs.includes(item.slug)) slugs.push(item.slug);
  }
  return ok(slugs);
}

/**
 * The centre of the district(s) a Danish postal code lies in. A code shared by two districts
 * (2300 København S: Amager Øst and Amager Vest) gives the point between them: a simple
 * approach that is good enough for "near me" within a few kilometres.
 */
export function postalCodeCentre(data: ReferenceData, code: string): Parsed<{ lat: number; lng: number }> {
  if (!/^\d{4}$/.test(code)) {
    return refuse('postalCode', `skal være et postnummer med fire cifre (fik '${code}')`, `must be a four-digit postal code (got '${code}')`);
  }
  const inside = data.districts.filter((d) => d.postalCodes.includes(code));
  if (inside.length === 0) {
    const example = data.districts.find((d) => d.postalCodes.length > 0)?.postalCodes[0];
    const hintDa = example ? `. Brug fx ${example}` : '';
    const hintEn = example ? `. Use e.g. ${example}` : '';
    return refuse('postalCode', `postnummeret ${code} ligger ikke i kommunen${hintDa}`, `postal code ${code} is not in the municipality${hintEn}`);
  }
  const mean = (values: number[]) => values.reduce((sum, v) => sum + v, 0) / values.length;
  return ok({ lat: mean(inside.map((d) => d.lat)), lng: mean(inside.map((d) => d.lng)) });
}
