import type { Database } from '../../db/client';
import { administrations, districts, taxonomyTerms } from '../../db/schema';

/** One value a filter can take: its slug (the value in URLs and documents) and its names. */
export interface ReferenceItem {
  id: string;
  slug: string;
  nameDa: string;
  nameEn: string;
}

export interface DistrictItem extends ReferenceItem {
  postalCodes: string[];
  lat: number;
  lng: number;
}

/** The small tables that filter values and facet labels come from. */
export interface ReferenceData {
  targetGroups: ReferenceItem[];
  categories: ReferenceItem[];
  districts: DistrictItem[];
  administrations: ReferenceItem[];
}

/** The filters whose values are rows of a reference table. */
export type ReferenceFilter = 'targetGroup' | 'category' | 'district' | 'administration';

/** The reference items of a filter. */
export function itemsOf(data: ReferenceData, filter: ReferenceFilter): ReferenceItem[] {
  switch (filter) {
    case 'targetGroup':
      return data.targetGroups;
    case 'category':
      return data.categories;
    case 'district':
      return data.districts;
    case 'administration':
      return data.administrations;
  }
}

/** The name of the item with `slug` in the locale, or the slug itself if it is unknown (just deleted). */
export function labelOf(items: readonly ReferenceItem[], slug: string, locale: 'da' | 'en'): string {
  const item = items.find((i) => i.slug === slug);
  if (!item) return slug;
  return locale === 'en' ? item.nameEn : item.nameDa;
}

async function load(db: Database): Promise<ReferenceData> {
  const [terms, districtRows, administrationRows] = await Promise.all([
    db.select().from(taxonomyTerms),
    db.select().from(districts),
    db.select().from(administrations),
  ]);
  const term = (t: (typeof terms)[number]): ReferenceItem => ({ id: t.id, slug: t.slug, nameDa: t.nameDa, nameEn: t.nameEn });
  return {
    targetGroups: terms.filter((t) => t.taxonomy === 'target_group').map(term),
    categories: terms.filter((t) => t.taxonomy === 'category').map(term),
    // District names are proper names: the same in English.
    districts: districtRows.map((d) => ({
      id: d.id,
      slug: d.slug,
      nameDa: d.name,
      nameEn: d.name,
      postalCodes: d.postalCodes,
      lat: d.latitude,
      lng: d.longitude,
    })),
    administrations: administrationRows.map((a) => ({ id: a.id, slug: a.slug, nameDa: a.nameDa, nameEn: a.nameEn })),
  };
}

/**
 * A minute is short enough that a renamed district shows up soon, and long enough that a busy
 * search page does not ask the database for the same 40 rows on every request. The cache holds
 * nothing another instance needs to agree on, so it can live in the process.
 */
const TTL_MS = 60_000;
const cache = new WeakMap<Database, { at: number; data: Promise<ReferenceData> }>();

/** The reference data of a database, cached for a minute per database. */
export function referenceData(db: Database, now: number = Date.now()): Promise<ReferenceData> {
  const hit = cache.get(db);
  if (hit && now - hit.at < TTL_MS) return hit.data;
  const data = load(db);
  cache.set(db, { at: now, data });
  // A failed load must not be served from the cache for a minute.
  data.catch(() => cache.delete(db));
  return data;
}

