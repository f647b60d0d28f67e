import type { AdministrationKey } from './administrations';
import type { DistrictSlug } from './districts';
import type { CategorySlug, TargetGroupSlug } from './taxonomy';

/**
 * One schedule line, compact so the catalogue stays readable: "TU 10-12", "MO,TH 09:30-11:30",
 * monthly with an ordinal "1TU 17-19", every other week "/2" at the end ("TH 10-13 /2").
 * A closing time before the opening time means the activity runs past midnight.
 */
export type ScheduleSpec = string | { rule: string; note: string };

/** A place of an association. Without `street` a street of the district is picked. */
export interface PlaceSpec {
  name: string;
  street?: string;
  /** Defaults to the association's district. */
  district?: DistrictSlug;
  wheelchairAccessible?: boolean;
  accessibilityNote?: string;
}

/** One activity in the catalogue. Unset details are filled in deterministically by the generator. */
export interface ActivitySpec {
  name: string;
  kind: 'offer' | 'volunteer_role';
  summary: string;
  summaryEn: string;
  description: string;
  targets: TargetGroupSlug[];
  categories: CategorySlug[];
  when?: ScheduleSpec[];
  /** Responsible administration when it is not the association's. */
  administration?: AdministrationKey;
  /** Index into the association's places; `false` for phone lines, chats and home visits. */
  place?: number | false;
  /** Price in øre and what it is per; absent means free. */
  price?: { ore: number; per: string };
  /** A note on cost for a free activity, e.g. "free for the first half year". */
  costNote?: string;
  languages?: string[];
  takesReferrals?: boolean;
  minimumAge?: number;
  maximumAge?: number;
  howToJoin?: string;
  eligibility?: string;
  /** Not yet or no longer public: proves that unpublished listings are hidden. */
  status?: 'draft' | 'paused';
}

/** One association with its activities. */
export interface AssociationSpec {
  name: string;
  alternateName?: string;
  description: string;
  administration: AdministrationKey;
  /** Home district; places default to it. */
  district: DistrictSlug;
  /** Works in the whole municipality: stored without a district. */
  citywide?: boolean;
  places?: PlaceSpec[];
  status?: 'draft';
  activities: ActivitySpec[];
}
