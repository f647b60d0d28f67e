/** Shapes the document queries aggregate in SQL (json_agg), and what the builders make of them. */

/** A taxonomy term of a listing, as aggregated beside it. */
export interface TermFact {
  taxonomy: 'target_group' | 'category';
  slug: string;
  da: string;
  en: string;
}

/** A place of a listing, as aggregated beside it (first place first). */
export interface PlaceFact {
  lat: number;
  lng: number;
  wheelchair: boolean;
  district: string | null;
  districtName: string | null;
}

/** Slugs and labels of the terms of one taxonomy, in the order given. */
export function termLabels(terms: readonly TermFact[], taxonomy: TermFact['taxonomy']): { slugs: string[]; da: string[]; en: string[] } {
  const of = terms.filter((t) => t.taxonomy === taxonomy);
  return { slugs: of.map((t) => t.slug), da: of.map((t) => t.da), en: of.map((t) => t.en) };
}

/** The map point of a listing: its first place, if it has one. */
export function geoOf(places: readonly PlaceFact[]): { lat: number; lng: number } | undefined {
  const first = places[0];
  return first ? { lat: first.lat, lng: first.lng } : undefined;
}
