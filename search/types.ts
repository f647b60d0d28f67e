/**
 * The shapes shared by the search index, the search service and the pages. Documents are what
 * Meilisearch stores; SearchParams and SearchResponse are what `/api/search` takes and answers.
 */

export type ListingType = 'activity' | 'association' | 'contact' | 'session';
export type ActivityKindValue = 'offer' | 'volunteer_role';
export type Weekday = 'MO' | 'TU' | 'WE' | 'TH' | 'FR' | 'SA' | 'SU';
export const WEEKDAYS: readonly Weekday[] = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

/** A label in both languages. */
export interface Label {
  da: string;
  en: string;
}

/** An activity as indexed: everything a search, a filter, a facet or a result line needs. */
export interface ActivityDoc {
  id: string;
  type: 'activity';
  slug: string;
  name: string;
  summary: string;
  summaryEn: string | null;
  /** The description, cut to a few hundred characters (enough to match on and to snippet). */
  description: string;
  kind: ActivityKindValue;
  /** 0 for an offer, 1 for a volunteer role: offers rank first among equally good matches. */
  kindRank: 0 | 1;
  /** 1 when the listing has gone 15 months unconfirmed (`stale_since` set): ranks below an equally good fresh match. */
  staleRank: 0 | 1;
  associationName: string;
  associationSlug: string;
  administration: string; // slug
  administrationName: string; // Danish name
  administrationNameEn: string;
  districts: string[]; // slugs of the districts of its places (or of the association when it has none)
  districtNames: string[];
  targetGroups: string[]; // slugs
  targetGroupNames: string[]; // Danish labels
  targetGroupNamesEn: string[];
  categories: string[]; // slugs
  categoryNames: string[];
  categoryNamesEn: string[];
  weekdays: Weekday[];
  /** When it happens in words, Danish and English ("Hver onsdag kl. 14.00–16.00"), shown in results. */
  when: string[];
  whenEn: string[];
  free: boolean;
  languages: string[]; // ISO 639-1
  wheelchair: boolean;
  /** Compound parts and inflections written out (e.g. "idrætsforening" → "idræt forening"). */
  keywords: string[];
  /** The searchable text folded (ø → o and oe, æ → ae, å → aa and a) for people typing without them. */
  folded: string;
  _geo?: { lat: number; lng: number };
  lastVerifiedAt: number | null; // epoch ms
  /** Danish alphabetical sort key (Meilisearch sorts Å with A). */
  sortName: string;
}

export interface AssociationDoc {
  id: string;
  type: 'association';
  /** Always 1: after an offer that matches as well (see the ranking rules). */
  kindRank: 1;
  /** 1 when the association has gone 15 months unconfirmed (see ActivityDoc). */
  staleRank: 0 | 1;
  slug: string;
  name: string;
  description: string;
  administration: string;
  administrationName: string;
  administrationNameEn: string;
  districts: string[];
  districtNames: string[];
  targetGroups: string[];
  targetGroupNames: string[];
  targetGroupNamesEn: string[];
  categories: string[];
  categoryNames: string[];
  categoryNamesEn: string[];
  /** Names of its published activities, so that "strikkecafé" also finds the association. */
  activityNames: string[];
  keywords: string[];
  folded: string;
  _geo?: { lat: number; lng: number };
  sortName: string;
}

/** A public contact (internal contacts are never indexed). */
export interface ContactDoc {
  id: string;
  type: 'contact';
  /** Always 1: after an offer that matches as well (see the ranking rules). */
  kindRank: 1;
  /** The staleness of the listing it is a contact of (its activity, else its association). */
  staleRank: 0 | 1;
  name: string;
  title: string | null;
  email: string | null;
  phone: string | null;
  associationName: string;
  associationSlug: string;
  activityName: string | null;
  activitySlug: string | null;
  administration: string;
  districts: string[];
  folded: string;
}

/**
 * A joint advisory session (rådgivningsmøde) on one date, indexed while it is published and has not
 * ended. Every date of a repeating session is its own document; search shows one per series (the
 * next date), by `seriesKey` as Meilisearch's distinct attribute.
 */
export interface SessionDoc {
  id: string;
  type: 'session';
  /** Always 1: after an offer that matches as well (see the ranking rules). */
  kindRank: 1;
  /** Always 0: a session is dated, never left unconfirmed. */
  staleRank: 0;
  slug: string;
  /** The series it belongs to, else its own id. */
  seriesKey: string;
  topic: string;
  topicEn: string | null;
  /** The description, cut as an activity's (enough to match on and to snippet). */
  description: string;
  descriptionEn: string | null;
  /** Its date and time in words: "tirsdag 1. december 2026 kl. 16.00–18.00". */
  when: string;
  whenEn: string;
  startsAt: number; // epoch ms
  endsAt: number; // epoch ms
  /** Names of the hosts: administrations (the publishing one first), then associations. */
  hostNames: string[];
  hostNamesEn: string[];
  /** Slugs of the publishing administration (first) and the host administrations. */
  administration: string[];
  /** The publishing administration's names. */
  administrationName: string;
  administrationNameEn: string;
  districts: string[]; // the place's district, none online
  districtNames: string[];
  categories: string[]; // slugs of its topics (category terms)
  categoryNames: string[];
  categoryNamesEn: string[];
  audience: 'citizens' | 'associations' | 'both';
  languages: string[];
  /** Whether it can be joined online (it may have a place too). */
  online: boolean;
  placeName: string | null;
  keywords: string[];
  folded: string;
  _geo?: { lat: number; lng: number };
  sortName: string;
}

/** Validated search input. Multi-valued filters are ORed within and ANDed across. */
export interface SearchParams {
  q: string;
  kind?: ActivityKindValue;
  targetGroup: string[]; // slugs
  category: string[];
  district: string[];
  administration: string[];
  weekday: Weekday[];
  free?: boolean;
  lang: string[];
  wheelchair?: boolean;
  near?: { lat: number; lng: number; radiusKm: number };
  page: number; // from 1
  perPage: number; // 1..50
  /** Language of labels in the response. */
  locale: 'da' | 'en';
}

export interface SearchHit {
  type: ListingType;
  id: string;
  slug: string | null;
  /** Path of the public page, in the response's locale (e.g. /aktiviteter/x or /en/aktiviteter/x). */
  url: string;
  title: string;
  /** A short plain-text excerpt (no HTML); matched words are not marked. */
  snippet: string;
  association: string | null;
  administration: string | null; // name in the response's locale
  district: string | null; // first district name, or null for city-wide
  distanceKm: number | null;
  /** Activities only: offer or volunteer role. */
  kind?: ActivityKindValue;
  /** Activities and sessions: when it happens, in words in the response's locale. */
  when?: string[];
  /** Activities and associations with a place: where to draw it on the map. */
  geo?: { lat: number; lng: number } | null;
  /** Advisory sessions only: it can be joined online. */
  online?: boolean;
}

export interface FacetValue {
  value: string;
  label: string;
  count: number;
}

export type FacetName =
  | 'kind'
  | 'targetGroup'
  | 'category'
  | 'district'
  | 'administration'
  | 'weekday'
  | 'free'
  | 'lang'
  | 'wheelchair';

export interface SearchResponse {
  query: string;
  source: 'meilisearch' | 'postgres';
  totalHits: number;
  page: number;
  perPage: number;
  hits: SearchHit[];
  /** Counts of each value over the activities that match the query and the current filters. */
  facets: Record<FacetName, FacetValue[]>;
}
